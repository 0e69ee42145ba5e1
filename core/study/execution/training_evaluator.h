#pragma once

#include <memory>

#include "study/execution/dataset_cache.h"
#include "study/execution/objective_evaluator.h"

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
    std::shared_ptr<DatasetCache> m_cache;
};

}  // namespace hyperlab
