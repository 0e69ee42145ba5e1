#pragma once

#include <functional>
#include <stop_token>
#include <vector>

#include "train/run_config.h"

namespace hyperlab {

/// The learning-rate range test of L. N. Smith, "Cyclical Learning Rates
/// for Training Neural Networks" (WACV 2017, arXiv:1506.01186), section 3.3,
/// in the form fast.ai popularised: train from the config's initial weights
/// for a few hundred batches while the learning rate grows exponentially
/// from `startRate` to `endRate`, and watch the (smoothed) training loss.
/// Where it falls fastest the rate is large enough to learn; where it turns
/// up the rate is too large.
struct LrRangeTestOptions {
    double startRate = 1e-7;
    double endRate = 10.0;
    int batches = 300;  ///< steps from startRate to endRate (fewer when it stops early)
    /// Exponential moving average of the batch losses, with bias correction
    /// (a batch loss alone jumps by tens of percent from batch to batch).
    double smoothing = 0.98;
    /// Stop once the smoothed loss exceeds this multiple of its minimum:
    /// past that point every larger rate only diverges further.
    double explodeFactor = 4.0;
};

struct LrRangePoint {
    double learningRate = 0;
    double loss = 0;  ///< smoothed training loss after the step at this rate
};

struct LrRangeTestResult {
    std::vector<LrRangePoint> points;
    /// The suggested range: from the rate where the smoothed loss falls
    /// fastest (per decade of rate) to the rate of its minimum, beyond which
    /// it rises. The single suggestion is their geometric mean (the middle
    /// of the range on the log axis): large enough to learn quickly, clear
    /// of the rates where the loss turns up.
    double low = 0;
    double high = 0;
    double suggested = 0;
    bool exploded = false;   ///< stopped early: the loss passed explodeFactor x its minimum, or NaN
    bool cancelled = false;  ///< the stop token ended it (no suggestion then)
};

using LrRangeProgress = std::function<void(int done, int total, const LrRangePoint& point)>;

/// Runs the range test on `config` (its dataset, model, optimizer, batch
/// size and seed; its learning rate, schedule, epochs and early stopping are
/// ignored). `progress(done, total, point)` after every batch with the
/// batch's rate and the smoothed loss so far, on the calling thread. Throws InputError for an
/// invalid config, and when fewer than 10 batches ran before the loss exploded (nothing to read a
/// range from).
LrRangeTestResult runLrRangeTest(const RunConfig& config, const LrRangeTestOptions& options = {},
                                 const LrRangeProgress& progress = {}, std::stop_token stop = {});

/// The range and suggestion read from (rate, smoothed loss) points, as
/// runLrRangeTest does (exposed for tests). Needs at least 10 points.
void suggestLearningRate(LrRangeTestResult& result);

}  // namespace hyperlab
