#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>

#include <nlohmann/json.hpp>

#include "search/params.h"
#include "train/decision_boundary.h"
#include "train/image_predictions.h"
#include "train/training_result.h"

namespace hyperlab {

/// What one run (one repeat) of a trial gets to work with.
struct TrialContext {
    int trial = 0;
    int repeat = 0;
    const Params* params = nullptr;
    const nlohmann::json* config = nullptr;  ///< canonical config; null JSON for functions
    std::uint64_t seed = 0;                  ///< training seed of this repeat
    std::stop_token stop;                    ///< pruned, cancelled or the study stopped
    /// Report every finished epoch here (it reaches the journal, the
    /// observers and the pruner, whose verdict arrives through `stop`).
    std::function<void(const EpochMetrics&)> onEpoch;
    /// Progress inside an epoch, after every batch (live curves of long
    /// epochs). May be empty; evaluators without batches never call it.
    std::function<void(const BatchProgress&)> onBatch;
    /// The decision boundary after every epoch of a 2-D classification run
    /// (repeat 0 only). May be empty; evaluators without one never call it.
    std::function<void(BoundarySnapshot)> onBoundary;
    /// The predictions on the gallery images and the validation confusion
    /// matrix after every epoch of an image-classification run (repeat 0
    /// only). May be empty; evaluators without one never call it.
    std::function<void(ImagePredictions)> onImagePredictions;
};

/// What one run of a trial produced.
struct EvaluationResult {
    /// Status, history, test metrics, parameter count of the run.
    TrainingResult run;
    /// The objective when the evaluator computes it itself (functions, custom
    /// objectives); otherwise the study's metric is read from `run`.
    std::optional<double> value;
};

/// Runs one repeat of a trial: trains a network, evaluates an analytic
/// function, or anything a test or benchmark needs. Called concurrently from
/// worker threads. May throw: the TrialRunner turns exceptions into a Failed
/// trial. Must honour the stop token (check it at least once per epoch or
/// batch) so cancellation is quick.
class ObjectiveEvaluator {
public:
    virtual ~ObjectiveEvaluator() = default;
    virtual EvaluationResult evaluate(const TrialContext& context) = 0;
};

}  // namespace hyperlab
