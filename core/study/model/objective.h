#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "train/training_result.h"

namespace hyperlab {

enum class Direction { Minimize, Maximize };

/// What a study optimises: a metric of the training runs, or an analytic test
/// function (then no network is trained).
///
/// Training metrics: train_loss, train_accuracy, train_r2, val_loss,
/// val_accuracy, val_r2, val_mae (taken at the run's reported epoch: the best
/// one when early stopping restored weights, else the last) and test_loss,
/// test_accuracy, test_r2, test_mae (the final test evaluation). Per-epoch
/// values for the pruners use the metric itself, or for a test_* metric its
/// val_* counterpart (the test set is only evaluated at the end).
///
/// Function objectives have metric "value" and are minimised; with
/// simulatedEpochs > 0 each trial reports a synthetic learning curve
/// f(x) + 1/e - 1/E for e = 1..E (the same shape for every trial, so the
/// ranking at any epoch is the final ranking; it ends at f(x)) and sleeps
/// epochSeconds per epoch, so pruners and the pool can be watched at work.
struct Objective {
    std::string metric = "val_accuracy";
    Direction direction = Direction::Maximize;
    std::string function;        ///< analytic function name; empty for training
    int functionDimensions = 0;  ///< 0 = the function's default
    int simulatedEpochs = 0;
    double epochSeconds = 0.0;

    bool isFunction() const { return !function.empty(); }

    /// Reads {"metric": "val_accuracy", "direction": "maximize"} (direction
    /// defaults to the metric's natural one) or {"function": "branin",
    /// "dimensions": 0, "epochs": 0, "epoch_seconds": 0}. Throws InputError
    /// "objective.metric: ..." etc.
    static Objective fromJson(const nlohmann::json& json, const std::string& field = "objective");
    nlohmann::json toJson() const;

    /// The training metrics a study may optimise.
    static const std::vector<std::string>& metricNames();
    /// The natural direction of a metric (losses and MAE down, accuracy and
    /// R^2 up).
    static Direction naturalDirection(const std::string& metric);

    /// The value in the sense every sampler and pruner uses: minimised
    /// (negated when the study maximises).
    double minimized(double value) const {
        return direction == Direction::Maximize ? -value : value;
    }
    /// True when `a` is strictly better than `b`; NaN is worse than anything.
    bool better(double a, double b) const;
    /// The metric after one epoch (see above); NaN when the epoch lacks it.
    double epochValue(const EpochMetrics& metrics) const;
    /// The objective of a finished training run; NaN when it is missing.
    double resultValue(const TrainingResult& result) const;
    /// "val_accuracy (maximize)" or "branin (minimize)".
    std::string describe() const;
};

std::string directionName(Direction direction);

}  // namespace hyperlab
