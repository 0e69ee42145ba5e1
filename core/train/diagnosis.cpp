#include "train/diagnosis.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

namespace hyperlab {

namespace {

// --- Thresholds -----------------------------------------------------------
// The curves are the per-epoch figures measured after each epoch in
// evaluation mode (EpochMetrics::trainLoss, valLoss, accuracies or R^2), so
// dropout noise does not show as oscillation. Losses are compared as ratios,
// never in absolute units: cross-entropy, MSE and Huber live on different
// scales.

/// Fewer epochs than this say nothing about a trend (one or two points are
/// a line through noise).
constexpr int kMinEpochs = 4;

/// "Not decreasing": the lowest training loss is less than 5% below the
/// first epoch's. A working learning rate halves the loss within a few
/// epochs on every built-in dataset; 5% is what a rate 100x too small
/// manages over a default run.
constexpr double kMinLossDrop = 0.05;

/// A non-decreasing loss that travelled (sum of its epoch-to-epoch moves)
/// more than 10% of its mean went up and down: the steps overshoot (rate too
/// high), where a rate too low creeps monotonically by tiny amounts.
constexpr double kBounceTravel = 0.10;

/// Blown up: a run that never learned (no good quality, and quality never rose 2 points
/// above the first epoch's; without a quality figure, its loss never fell
/// 5%) whose loss, evaluated after an epoch or averaged over an epoch's
/// batches, reached 1.5x the lowest it ever had. A too-high rate kicks the
/// weights far out (with ReLU often killing every unit): the loss jumps far
/// above where it settles, at chance. A too-low rate cannot move it at all,
/// and a model too small to learn lowers it smoothly.
constexpr double kBlowUpFactor = 1.5;

/// Quality (accuracy, or R^2 for regression) at or above which a run has
/// little left to gain: no "not decreasing" or "plateau" advice then (a loss
/// that is already near its floor need not fall further).
constexpr double kGoodQuality = 0.95;

/// Oscillation: an epoch whose training loss is more than 10% above the
/// previous epoch's, and by more than 2% of the first epoch's loss (tiny
/// losses near convergence wobble by large ratios that do not matter), is a
/// rise. Rises in at least 20% of the epoch steps, and at least 3 of them,
/// are oscillation rather than the odd bad epoch every run has.
constexpr double kRiseFraction = 0.10;
constexpr double kRiseShareOfStart = 0.02;
constexpr double kOscillatingShare = 0.20;
constexpr int kMinRises = 3;

/// Overfitting: the validation loss (3-epoch moving average, because a
/// validation set of ~100 samples is noisy) rose by at least 10% above its
/// minimum, with at least 3 epochs after the minimum, while the training
/// loss (same average) fell by at least 5% more after it. On its own a
/// rising validation loss can be mere over-confidence on a few points, so
/// it must also show in the quality: training quality at least 3 points
/// above validation quality at the end, or a validation loss risen by half.
constexpr int kMinOverfitEpochs = 8;
constexpr int kOverfitEpochsAfterMinimum = 3;
constexpr double kOverfitValRise = 0.10;
constexpr double kOverfitTrainDrop = 0.05;
constexpr double kOverfitQualityGap = 0.03;
constexpr double kOverfitLargeValRise = 0.50;

/// Underfitting: the best training quality stays under 0.8 (well below
/// what the chosen architecture family reaches on the built-in sets: ~0.97
/// on the 2-D sets, ~0.88 on Fashion-MNIST), validation is as low (within 5
/// points: no generalisation gap to blame), and the quality has been flat
/// (within 2 points of its best) for the last third of the run.
constexpr double kLowQuality = 0.80;
constexpr double kUnderfitGap = 0.05;
constexpr double kFlatQualityGain = 0.02;

/// Plateau: at a constant learning rate, the training loss came within 1%
/// of its final minimum early and improved no further for at least a
/// quarter of the run (and 5 epochs): lowering the rate over time lets it
/// settle lower (Smith, "Cyclical Learning Rates", 2017; step decay in He
/// et al. 2016).
constexpr double kPlateauGain = 0.01;
constexpr int kMinPlateauEpochs = 5;
constexpr int kMinPlateauRun = 10;

// --------------------------------------------------------------------------

Finding finding(FindingCode code, int epoch, std::vector<std::string> hyperparameters) {
    Finding f;
    f.code = code;
    f.epoch = epoch;
    f.hyperparameters = std::move(hyperparameters);
    return f;
}

const std::vector<std::string> kDivergedAdvice = {"training.learning_rate",
                                                  "training.gradient_clip"};

bool finite(double v) {
    return std::isfinite(v);
}

std::vector<double> series(const std::vector<EpochMetrics>& h, double EpochMetrics::*field) {
    std::vector<double> out;
    out.reserve(h.size());
    for (const auto& m : h)
        out.push_back(m.*field);
    return out;
}

bool allFinite(const std::vector<double>& v) {
    return std::all_of(v.begin(), v.end(), finite);
}

/// Centred moving average over 3 points (2 at the ends).
std::vector<double> smooth(const std::vector<double>& v) {
    std::vector<double> out(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::size_t lo = i == 0 ? 0 : i - 1;
        const std::size_t hi = std::min(v.size() - 1, i + 1);
        double sum = 0;
        for (std::size_t k = lo; k <= hi; ++k)
            sum += v[k];
        out[i] = sum / double(hi - lo + 1);
    }
    return out;
}

/// First index from which the running best is within `tolerance` of the
/// overall best: where a curve stopped improving. `higherIsBetter` for
/// quality, false for losses (tolerance relative then).
std::size_t flatFrom(const std::vector<double>& v, double tolerance, bool higherIsBetter) {
    if (higherIsBetter) {
        const double best = *std::max_element(v.begin(), v.end());
        for (std::size_t i = 0; i < v.size(); ++i)
            if (v[i] >= best - tolerance)
                return i;
    } else {
        const double best = *std::min_element(v.begin(), v.end());
        for (std::size_t i = 0; i < v.size(); ++i)
            if (v[i] <= best * (1 + tolerance))
                return i;
    }
    return v.size() - 1;
}

struct Curves {
    std::vector<double> trainLoss, valLoss, trainQuality, valQuality;
    bool hasValidation = false;
    bool hasQuality = false;
    int epochs = 0;
    double bestTrainQuality = 0;
};

Curves extract(const RunCurves& run) {
    Curves c;
    c.epochs = int(run.history.size());
    c.trainLoss = series(run.history, &EpochMetrics::trainLoss);
    c.valLoss = series(run.history, &EpochMetrics::valLoss);
    c.hasValidation = !c.valLoss.empty() && allFinite(c.valLoss);
    c.trainQuality = series(
        run.history, run.classification ? &EpochMetrics::trainAccuracy : &EpochMetrics::trainR2);
    c.valQuality =
        series(run.history, run.classification ? &EpochMetrics::valAccuracy : &EpochMetrics::valR2);
    c.hasQuality = !c.trainQuality.empty() && allFinite(c.trainQuality);
    if (c.hasQuality)
        c.bestTrainQuality = *std::max_element(c.trainQuality.begin(), c.trainQuality.end());
    return c;
}

bool roomToImprove(const Curves& c) {
    return !c.hasQuality || c.bestTrainQuality < kGoodQuality;
}

bool neverDecreased(const Curves& c) {
    const auto& l = c.trainLoss;
    const double first = l.front();
    const double lowest = *std::min_element(l.begin(), l.end());
    return first > 0 && (first - lowest) / first < kMinLossDrop && roomToImprove(c);
}

std::optional<Finding> blowUp(const Curves& c, const std::vector<EpochMetrics>& history) {
    const bool neverLearned = c.hasQuality
                                  ? c.bestTrainQuality < c.trainQuality.front() + kFlatQualityGain
                                  : neverDecreased(c);
    if (!neverLearned || !roomToImprove(c))
        return std::nullopt;
    const double limit = kBlowUpFactor * *std::min_element(c.trainLoss.begin(), c.trainLoss.end());
    for (const auto& m : history)
        if (m.trainLoss > limit || m.trainLossRunning > limit) {
            return finding(FindingCode::Diverged, m.epoch, kDivergedAdvice);
        }
    return std::nullopt;
}

std::optional<Finding> lossNotDecreasing(const Curves& c) {
    if (!neverDecreased(c))
        return std::nullopt;
    const auto& l = c.trainLoss;
    double travel = 0, sum = 0;
    for (std::size_t i = 0; i < l.size(); ++i) {
        sum += l[i];
        if (i > 0)
            travel += std::abs(l[i] - l[i - 1]);
    }
    Finding f = finding(FindingCode::LossNotDecreasing, 1, {"training.learning_rate"});
    f.bouncing = travel / (sum / double(l.size())) > kBounceTravel;
    return f;
}

std::optional<Finding> oscillatingLoss(const Curves& c) {
    const auto& l = c.trainLoss;
    int rises = 0, firstRise = 0;
    for (std::size_t i = 1; i < l.size(); ++i) {
        const double up = l[i] - l[i - 1];
        if (up > kRiseFraction * l[i - 1] && up > kRiseShareOfStart * l.front()) {
            if (rises++ == 0)
                firstRise = int(i) + 1;
        }
    }
    if (rises < kMinRises || double(rises) < kOscillatingShare * double(l.size() - 1))
        return std::nullopt;
    return finding(FindingCode::OscillatingLoss, firstRise,
                   {"training.learning_rate", "training.batch_size"});
}

std::optional<Finding> overfitting(const Curves& c) {
    if (!c.hasValidation || c.epochs < kMinOverfitEpochs)
        return std::nullopt;
    const auto val = smooth(c.valLoss);
    const auto train = smooth(c.trainLoss);
    const std::size_t best = std::size_t(std::min_element(val.begin(), val.end()) - val.begin());
    const std::size_t last = val.size() - 1;
    if (int(last - best) < kOverfitEpochsAfterMinimum || val[best] <= 0)
        return std::nullopt;
    const double valRise = (val[last] - val[best]) / val[best];
    const bool trainFalling = train[last] < train[best] * (1 - kOverfitTrainDrop);
    if (valRise < kOverfitValRise || !trainFalling)
        return std::nullopt;
    const bool qualityGap = c.hasQuality && finite(c.valQuality.back()) &&
                            c.trainQuality.back() - c.valQuality.back() >= kOverfitQualityGap;
    if (!qualityGap && valRise < kOverfitLargeValRise)
        return std::nullopt;
    return finding(FindingCode::Overfitting, int(best) + 1,
                   {"model.dropout", "training.weight_decay", "training.early_stopping.patience",
                    "training.epochs"});
}

std::optional<Finding> underfitting(const Curves& c) {
    if (!c.hasQuality || c.bestTrainQuality >= kLowQuality)
        return std::nullopt;
    if (c.hasValidation && allFinite(c.valQuality) &&
        std::abs(c.trainQuality.back() - c.valQuality.back()) > kUnderfitGap)
        return std::nullopt;
    const std::size_t flat = flatFrom(c.trainQuality, kFlatQualityGain, true);
    if (double(c.epochs - int(flat)) < double(c.epochs) / 3.0)
        return std::nullopt;
    return finding(FindingCode::Underfitting, int(flat) + 1,
                   {"model.hidden_layers", "training.epochs", "training.learning_rate"});
}

std::optional<Finding> plateau(const Curves& c, const std::vector<EpochMetrics>& history) {
    if (c.epochs < kMinPlateauRun || !roomToImprove(c))
        return std::nullopt;
    const auto [lo, hi] = std::minmax_element(history.begin(), history.end(),
                                              [](const EpochMetrics& a, const EpochMetrics& b) {
                                                  return a.learningRate < b.learningRate;
                                              });
    if (hi->learningRate > lo->learningRate * (1 + 1e-9))
        return std::nullopt;  // a schedule already changes the rate
    const std::size_t flat = flatFrom(c.trainLoss, kPlateauGain, false);
    const int flatEpochs = c.epochs - int(flat);
    if (flatEpochs < kMinPlateauEpochs || flatEpochs * 4 < c.epochs)
        return std::nullopt;
    return finding(FindingCode::Plateau, int(flat) + 1, {"training.lr_schedule.type"});
}

}  // namespace

const char* toString(FindingCode code) {
    switch (code) {
        case FindingCode::Diverged:
            return "diverged";
        case FindingCode::LossNotDecreasing:
            return "loss_not_decreasing";
        case FindingCode::OscillatingLoss:
            return "oscillating_loss";
        case FindingCode::Overfitting:
            return "overfitting";
        case FindingCode::Underfitting:
            return "underfitting";
        case FindingCode::Plateau:
            return "plateau";
    }
    return "unknown";
}

std::string describe(const Finding& f) {
    std::ostringstream s;
    switch (f.code) {
        case FindingCode::Diverged:
            if (!f.nonFinite)
                s << "The loss blew up at epoch " << f.epoch << " and the model never learned";
            else if (f.batch > 0)
                s << "The loss became NaN or infinite at epoch " << f.epoch << ", batch "
                  << f.batch;
            else
                s << "The validation loss became NaN or infinite after epoch " << f.epoch;
            s << ": the learning rate is too high. Lower training.learning_rate (try 10x smaller) "
                 "or set training.gradient_clip.";
            break;
        case FindingCode::LossNotDecreasing:
            if (f.bouncing)
                s << "The training loss bounces up and down without decreasing: the learning rate "
                     "is "
                     "too high. Lower training.learning_rate.";
            else
                s << "The training loss hardly decreases: the learning rate is too low. Raise "
                     "training.learning_rate (try 10x larger).";
            break;
        case FindingCode::OscillatingLoss:
            s << "The training loss oscillates from epoch " << f.epoch
              << " on: the learning rate is too high or the batch too small. Lower "
                 "training.learning_rate or raise training.batch_size.";
            break;
        case FindingCode::Overfitting:
            s << "Overfitting: the validation loss rises after epoch " << f.epoch
              << " while the training loss keeps falling. Add model.dropout or "
                 "training.weight_decay, use training.early_stopping, or train fewer epochs.";
            break;
        case FindingCode::Underfitting:
            s << "Underfitting: training and validation quality stay low and flat from epoch "
              << f.epoch
              << " on. Use a larger model (model.hidden_layers), more training.epochs or a higher "
                 "training.learning_rate.";
            break;
        case FindingCode::Plateau:
            s << "The training loss has stalled since epoch " << f.epoch
              << " at a constant learning rate: a training.lr_schedule that lowers it would help.";
            break;
    }
    return s.str();
}

RunCurves curvesOf(const TrainingResult& result) {
    return {result.history, result.divergence, result.classification};
}

std::vector<Finding> diagnose(const RunCurves& run) {
    std::vector<Finding> findings;
    // A non-finite figure in the curves is a blow-up even when the run
    // recorded no batch for it.
    Divergence divergence = run.divergence;
    for (const auto& m : run.history)
        if (!divergence.happened() && (!finite(m.trainLoss) || !finite(m.trainLossRunning)))
            divergence = {m.epoch, 0};
    if (divergence.happened()) {
        Finding f = finding(FindingCode::Diverged, divergence.epoch, kDivergedAdvice);
        f.nonFinite = true;
        f.batch = divergence.batch;
        findings.push_back(f);
        return findings;
    }
    if (int(run.history.size()) < kMinEpochs)
        return findings;
    const Curves c = extract(run);
    if (!allFinite(c.trainLoss))
        return findings;
    // Nothing else is worth saying about a run that never learned: its flat
    // curves would also read as underfitting and a plateau.
    for (auto f : {blowUp(c, run.history), lossNotDecreasing(c)})
        if (f) {
            findings.push_back(*f);
            return findings;
        }
    for (auto f : {oscillatingLoss(c), overfitting(c), underfitting(c), plateau(c, run.history)})
        if (f)
            findings.push_back(*f);
    return findings;
}

}  // namespace hyperlab
