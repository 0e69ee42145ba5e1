#pragma once

#include <string>
#include <vector>

#include "train/training_result.h"

namespace hyperlab {

/// What a run's curves say went wrong. The names (toString) are stable: the
/// CLI's JSON, the UI and the translations key on them, never on the English
/// message.
enum class FindingCode {
    Diverged,           ///< the loss became NaN/infinite, or blew up and never recovered
    LossNotDecreasing,  ///< the training loss hardly moved over the run
    OscillatingLoss,    ///< the training loss keeps jumping up between epochs
    Overfitting,        ///< validation loss rises while the training loss falls
    Underfitting,       ///< training and validation quality both low and flat
    Plateau,            ///< the loss stalled at a constant learning rate
};

/// "diverged", "loss_not_decreasing", "oscillating_loss", "overfitting",
/// "underfitting", "plateau".
const char* toString(FindingCode code);

/// One finding: what, where, and which hyperparameters to change (config
/// paths as in docs/config.md, most promising first).
struct Finding {
    FindingCode code = FindingCode::Diverged;
    int epoch = 0;  ///< 1-based epoch where it shows (Overfitting: the last good epoch)
    /// Diverged: the loss became NaN/infinite (else it blew up to a finite
    /// value and never came back below where it started).
    bool nonFinite = false;
    /// Diverged with nonFinite: 1-based batch; 0 = the validation pass after
    /// `epoch`.
    int batch = 0;
    /// LossNotDecreasing: the loss bounced up and down instead of creeping,
    /// so the learning rate is too high rather than too low.
    bool bouncing = false;
    std::vector<std::string> hyperparameters;

    bool operator==(const Finding&) const = default;
};

/// A plain-English sentence for a finding (the CLI's --jsonl "message"); the
/// UI builds its translated text from the code and fields instead.
std::string describe(const Finding& finding);

/// What diagnose() reads: a run's per-epoch curves and, when the run failed
/// on a NaN/infinite loss, where.
struct RunCurves {
    std::vector<EpochMetrics> history;
    Divergence divergence;
    bool classification = true;
};

RunCurves curvesOf(const TrainingResult& result);

/// Turns a run's curves into findings, in the order of the FindingCode enum.
/// A diverged run reports only that (its curves end at the blow-up). A
/// healthy run gives none. Needs no data beyond the curves: it works on
/// stored trials as well as on live ones.
std::vector<Finding> diagnose(const RunCurves& curves);

}  // namespace hyperlab
