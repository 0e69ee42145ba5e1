#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/params.h"
#include "search/trial_state.h"
#include "train/training_result.h"

namespace hyperlab {

/// Everything known about one trial of a study (Optuna's FrozenTrial). Plain
/// data: the study keeps one immutable copy per trial and replaces it on
/// every change, so a TrialSnapshot handed to a UI never changes under it.
struct Trial {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    int number = 0;  ///< 0-based, in creation order
    TrialState state = TrialState::Queued;
    Params params;  ///< the values of the searched dimensions
    /// The full config JSON the trial trains with (canonical form, seed of
    /// repeat 0); null for function objectives.
    nlohmann::json config;
    /// Training seed of repeat 0; repeat r trains with seed + r.
    std::uint64_t seed = 0;

    /// The objective in its own direction (an accuracy is an accuracy): the
    /// mean over repeats for completed trials, the last intermediate value for
    /// pruned ones, NaN otherwise.
    double value = kNaN;
    std::vector<double> repeatValues;  ///< one per finished repeat
    double valueStd = kNaN;            ///< sample standard deviation over repeats (>= 2)

    /// Per-epoch metrics of repeat 0 (the run the pruner watches).
    std::vector<EpochMetrics> history;
    /// Per-epoch metrics of the other repeats: repeatHistories[r - 1] is
    /// repeat r's (seed + r). Empty with one repeat; see trial_repeats.h for
    /// the mean and band over all of them.
    std::vector<std::vector<EpochMetrics>> repeatHistories;
    EvaluationMetrics test;  ///< test metrics of repeat 0; samples == 0 when none
    std::string reason;      ///< why it failed, was pruned or cancelled
    Problem reasonProblem;   ///< the same, typed for translation
    Divergence divergence;   ///< where the loss became NaN/infinite, when that failed it
    double seconds = 0.0;    ///< wall time of all repeats
    std::int64_t parameterCount = 0;
    bool classification = true;
    /// Cancelled because the whole study stopped (not by a decision about this
    /// trial): `resume` runs such a trial again.
    bool resumable = false;
};

/// An immutable view of a trial, cheap to copy and safe to read from any
/// thread.
using TrialSnapshot = std::shared_ptr<const Trial>;

/// What running a trial produced, handed to Study::tell().
struct TrialOutcome {
    TrialState state = TrialState::Completed;
    double value = Trial::kNaN;
    std::vector<double> repeatValues;
    double valueStd = Trial::kNaN;
    EvaluationMetrics test;
    std::string reason;
    Problem reasonProblem;
    Divergence divergence;
    double seconds = 0.0;
    std::int64_t parameterCount = 0;
    bool classification = true;
    bool resumable = false;
};

}  // namespace hyperlab
