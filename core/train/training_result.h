#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/problem.h"

namespace hyperlab {

enum class RunStatus {
    Completed,  ///< ran every epoch, or stopped early by early stopping
    Failed,     ///< diverged (NaN/Inf loss) or hit an error; see reason
    Stopped,    ///< the stop token was triggered (user, pruner, study)
};

const char* toString(RunStatus status);

/// Metrics of one finished epoch (epoch is 1-based). For classification the
/// accuracy fields are set and r2/mae are NaN; for regression the reverse.
///
/// The train* figures are measured like the validation ones: after the
/// epoch, in evaluation mode (dropout off, batch norm on its running
/// statistics), on a fixed sample of the training set (a quarter of it, at
/// least 256 samples and at most 2,000, drawn once per run from the seed;
/// see trainingEvaluationSample). The *Running figures are the
/// averages over the epoch's batches while the weights changed, with dropout
/// active: they lag behind and, with dropout, sit below the others.
struct EpochMetrics {
    int epoch = 0;
    double trainLoss = 0;      ///< evaluation mode, after the epoch
    double trainAccuracy = 0;  ///< evaluation mode, after the epoch
    double valLoss = 0;
    double valAccuracy = 0;
    double trainR2 = 0;  ///< evaluation mode, after the epoch
    double valR2 = 0;
    double valMae = 0;
    double trainLossRunning = 0;      ///< mean batch loss during the epoch (training mode)
    double trainAccuracyRunning = 0;  ///< accuracy of the epoch's batches (training mode)
    double trainR2Running = 0;        ///< R^2 of the epoch's batches (training mode)
    double learningRate = 0;          ///< rate used by the epoch's last batch
    double seconds = 0;               ///< wall time of this epoch
};

/// Progress inside an epoch, reported after every batch (1-based numbers).
struct BatchProgress {
    int epoch = 0;
    int batch = 0;
    int batchesPerEpoch = 0;
    double loss = 0;
    double learningRate = 0;
};

/// Loss and quality on a set of samples (test set at the end of a run).
struct EvaluationMetrics {
    double loss = 0;
    double accuracy = 0;  ///< classification
    double r2 = 0;        ///< regression
    double mae = 0;       ///< regression
    std::int64_t samples = 0;
};

/// Where a run's loss stopped being a finite number. epoch 0 means it did
/// not happen; batch 0 means the validation pass after that epoch (the
/// training batches were still finite).
struct Divergence {
    int epoch = 0;
    int batch = 0;

    bool happened() const { return epoch > 0; }
    bool operator==(const Divergence&) const = default;
};

struct TrainingResult {
    RunStatus status = RunStatus::Completed;
    std::string reason;     ///< why it failed or stopped; empty when completed normally
    Problem reasonProblem;  ///< the same, typed for translation
    void setReason(Problem why) {
        reason = problemText(why);
        reasonProblem = std::move(why);
    }
    Divergence divergence;      ///< set when a NaN/infinite loss ended the run
    bool earlyStopped = false;  ///< early stopping ended it (status stays Completed)
    int bestEpoch = 0;          ///< epoch whose weights the result reports (early stopping)
    std::vector<EpochMetrics> history;
    EvaluationMetrics test;  ///< samples == 0 when there is no test set or it failed
    int epochsRun = 0;
    double seconds = 0;
    std::int64_t parameterCount = 0;
    bool classification = true;
};

}  // namespace hyperlab
