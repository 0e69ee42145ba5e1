#include "study/execution/training_evaluator.h"

#include "common/errors.h"
#include "io/config_json.h"
#include "train/trainer.h"

namespace hyperlab {

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
        callbacks.galleryImages = galleryImagesFor(*split);
        callbacks.onImagePredictions = context.onImagePredictions;
    }
    EvaluationResult result;
    result.run = trainer.run(callbacks, context.stop);
    return result;
}

}  // namespace hyperlab
