#pragma once

#include <functional>

#include "study/execution/objective_evaluator.h"
#include "study/execution/trial_control.h"
#include "study/model/objective.h"
#include "study/model/trial.h"

namespace hyperlab {

/// Runs one trial from start to final state: `repeats` runs of the evaluator
/// with seeds seed, seed + 1, ... (repeat 0 is the one the pruner watches;
/// later repeats only run when it completed), then the objective as the mean
/// over repeats with their spread.
///
/// Never throws: an exception or a non-finite objective makes the trial
/// Failed with the reason; a stop request makes it Pruned (value = the last
/// intermediate value) or Cancelled, whatever TrialControl says caused it.
class TrialRunner {
public:
    /// Receives (repeat, metrics) after every epoch, on the worker thread.
    using EpochHook = std::function<void(int repeat, const EpochMetrics&)>;
    /// Receives batch progress of repeat 0 (the run the curves show).
    using BatchHook = std::function<void(const BatchProgress&)>;
    /// Receives the decision boundary after every epoch of repeat 0.
    using BoundaryHook = std::function<void(BoundarySnapshot)>;
    /// Receives the image predictions after every epoch of repeat 0.
    using ImagePredictionsHook = std::function<void(ImagePredictions)>;

    TrialRunner(const Objective& objective, int repeats, ObjectiveEvaluator& evaluator)
        : m_objective(objective), m_repeats(repeats), m_evaluator(evaluator) {}

    TrialOutcome run(const Trial& trial, TrialControl& control, const EpochHook& onEpoch,
                     const BatchHook& onBatch = {}, const BoundaryHook& onBoundary = {},
                     const ImagePredictionsHook& onImagePredictions = {}) const;

private:
    const Objective& m_objective;
    int m_repeats;
    ObjectiveEvaluator& m_evaluator;
};

}  // namespace hyperlab
