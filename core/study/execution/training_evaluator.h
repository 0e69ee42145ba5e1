#pragma once

#include <memory>
#include <mutex>

#include "study/execution/dataset_cache.h"
#include "study/execution/objective_evaluator.h"
#include "train/gallery_images.h"

namespace hyperlab {

/// Trains the trial's config: the dataset comes from a shared DatasetCache
/// (loaded once per distinct dataset config), the network is built, trained
/// and freed within the call. Epoch metrics go to TrialContext::onEpoch; the
/// trainer checks the stop token after every batch.
class TrainingEvaluator : public ObjectiveEvaluator {
public:
    explicit TrainingEvaluator(
        std::shared_ptr<DatasetCache> cache = std::make_shared<DatasetCache>())
        : m_cache(std::move(cache)) {}
    EvaluationResult evaluate(const TrialContext& context) override;
    const DatasetCache& cache() const { return *m_cache; }

private:
    /// The gallery images of `split`, chosen once per split, so every trial
    /// on it shares one copy (the recorder counts their bytes once).
    std::shared_ptr<const GalleryImages> galleryImages(
        const std::shared_ptr<const DataSplit>& split);

    std::shared_ptr<DatasetCache> m_cache;
    std::mutex m_imagesMutex;
    std::weak_ptr<const DataSplit> m_imagesSplit;
    std::shared_ptr<const GalleryImages> m_images;
};

}  // namespace hyperlab
