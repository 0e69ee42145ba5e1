#include "train/lr_range_test.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stop_token>

#include "common/errors.h"
#include "data/dataset_factory.h"
#include "data/split.h"
#include "io/config_validation.h"
#include "train/trainer.h"

namespace hyperlab {

namespace {

/// Fewer points than this give no slope to read.
constexpr std::size_t kMinPoints = 10;

void checkOptions(const LrRangeTestOptions& o) {
    if (!(o.startRate > 0) || !(o.endRate > o.startRate))
        throw InputError("lr range test", "the rates must satisfy 0 < start < end");
    if (o.batches < int(kMinPoints) || o.batches > 100000)
        throw InputError("lr range test", "batches must be 10 to 100000");
    if (!(o.smoothing >= 0 && o.smoothing < 1))
        throw InputError("lr range test", "smoothing must be in [0, 1)");
    if (!(o.explodeFactor > 1))
        throw InputError("lr range test", "the explode factor must be above 1");
}

}  // namespace

void suggestLearningRate(LrRangeTestResult& r) {
    const auto& p = r.points;
    if (p.size() < kMinPoints)
        throw InputError("lr range test", "too few points to suggest a learning rate");
    const std::size_t lowest =
        std::size_t(std::min_element(p.begin(), p.end(),
                                     [](const LrRangePoint& a, const LrRangePoint& b) {
                                         return a.loss < b.loss;
                                     }) -
                    p.begin());
    // The slope per decade over a window of +-w points (5% of the sweep):
    // neighbouring points differ by noise the smoothing leaves.
    const std::size_t w = std::max<std::size_t>(1, p.size() / 20);
    // The first tenth of the sweep is skipped: at rates of 1e-7 to ~1e-6
    // nothing learns, and the moving average, fed only a few batches yet,
    // still moves with their noise (fast.ai's lr_find skips its first
    // batches for the same reason).
    const std::size_t first = std::max(w, p.size() / 10);
    double steepest = 0;
    std::size_t steepestAt = 0;
    for (std::size_t i = first; i + w <= lowest && i + w < p.size(); ++i) {
        const double run = std::log10(p[i + w].learningRate) - std::log10(p[i - w].learningRate);
        const double slope = (p[i + w].loss - p[i - w].loss) / run;
        if (slope < steepest) {
            steepest = slope;
            steepestAt = i;
        }
    }
    r.high = p[lowest].learningRate;
    // No descent before the minimum (it sits at the very start): the range
    // is the decade below it.
    r.low = steepest < 0 ? p[steepestAt].learningRate : r.high / 10;
    if (r.low >= r.high)
        r.low = r.high / 10;
    r.suggested = std::sqrt(r.low * r.high);
}

LrRangeTestResult runLrRangeTest(const RunConfig& original, const LrRangeTestOptions& options,
                                 const LrRangeProgress& progress, std::stop_token stop) {
    checkOptions(options);
    validate(original);
    RunConfig config = original;
    config.training.schedule = {};
    config.training.earlyStopping = {};
    auto data = loadDataset(config.dataset);
    DataSplit split = splitDataset(data, config.dataset.testFraction,
                                   config.dataset.validationFraction, config.dataset.seed);
    const long trainCount = long(split.train.size());
    const long batchSize = std::min<long>(config.training.batchSize, trainCount);
    const long batchesPerEpoch = (trainCount + batchSize - 1) / batchSize;
    config.training.epochs = int((options.batches + batchesPerEpoch - 1) / batchesPerEpoch);
    Trainer trainer(config, std::move(split));

    // rate(step) = start * (end / start)^(step / (batches - 1)).
    const double growth =
        std::pow(options.endRate / options.startRate, 1.0 / double(options.batches - 1));
    LrRangeTestResult result;
    std::stop_source finish;
    std::stop_callback forward(stop, [&] { finish.request_stop(); });
    double average = 0, weight = 0, minimum = std::numeric_limits<double>::infinity();
    int done = 0;

    TrainingCallbacks callbacks;
    callbacks.learningRateAt = [&](long step) {
        return options.startRate * std::pow(growth, double(step));
    };
    callbacks.onBatch = [&](const BatchProgress& b) {
        ++done;
        // Bias-corrected moving average: the first points are not pulled
        // towards 0 (Kingma & Ba's correction, as in fast.ai's lr_find).
        average = options.smoothing * average + (1 - options.smoothing) * b.loss;
        weight = options.smoothing * weight + (1 - options.smoothing);
        const double smoothed = average / weight;
        if (!std::isfinite(smoothed) || smoothed > options.explodeFactor * minimum) {
            result.exploded = true;
            finish.request_stop();
        } else {
            minimum = std::min(minimum, smoothed);
            result.points.push_back({b.learningRate, smoothed});
        }
        if (done >= options.batches)
            finish.request_stop();
        if (progress)
            progress(done, options.batches, {b.learningRate, smoothed});
    };
    const TrainingResult run = trainer.run(callbacks, finish.get_token());
    // A NaN batch loss fails the run before onBatch sees it.
    if (run.status == RunStatus::Failed && run.divergence.happened())
        result.exploded = true;
    if (stop.stop_requested()) {
        result.cancelled = true;
        return result;
    }
    if (result.points.size() < kMinPoints)
        throw InputError("lr range test",
                         "the loss exploded after " + std::to_string(result.points.size()) +
                             " batches, already at a rate of " + std::to_string(options.startRate) +
                             "; check the data and model");
    suggestLearningRate(result);
    return result;
}

}  // namespace hyperlab
