#include "study/execution/training_evaluator.h"

#include "common/errors.h"
#include "io/config_json.h"
#include "train/trainer.h"

namespace hyperlab {

std::shared_ptr<const GalleryImages> TrainingEvaluator::galleryImages(
    const std::shared_ptr<const DataSplit>& split) {
    std::lock_guard lock(m_imagesMutex);
    // A study has one dataset config, so one split: remembering the last is enough.
    if (m_imagesSplit.lock() != split) {
        m_images = galleryImagesFor(*split);
        m_imagesSplit = split;
    }
    return m_images;
}

EvaluationResult TrainingEvaluator::evaluate(const TrialContext& context) {
    if (!context.config || !context.config->is_object())
        throw InputError("config", "the trial has no config to train");
    RunConfig config = runConfigFromJson(*context.config);
    config.training.seed = context.seed;
    const std::shared_ptr<const DataSplit> split = m_cache->get(config.dataset);
    Trainer trainer(config, *split);
    TrainingCallbacks callbacks;
    callbacks.onEpoch = context.onEpoch;
    callbacks.onBatch = context.onBatch;
    if (context.onBoundary) {
        // From the whole dataset, so every trial on it shares one grid.
        callbacks.boundaryGrid = boundaryGridFor(*split->data);
        callbacks.onBoundary = context.onBoundary;
    }
    if (context.onImagePredictions) {
        // Chosen from the shared split, so every trial on it shows the same images.
        callbacks.galleryImages = galleryImages(split);
        callbacks.onImagePredictions = context.onImagePredictions;
    }
    EvaluationResult result;
    result.run = trainer.run(callbacks, context.stop);
    return result;
}

}  // namespace hyperlab
