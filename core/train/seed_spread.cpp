#include "train/seed_spread.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "common/errors.h"
#include "train/trainer.h"

namespace hyperlab {

EpochBand epochBand(const std::vector<std::vector<double>>& curves, BandEpochs span) {
    EpochBand band;
    if (curves.empty())
        return band;
    std::size_t epochs = curves.front().size();
    for (const auto& c : curves)
        epochs =
            span == BandEpochs::Common ? std::min(epochs, c.size()) : std::max(epochs, c.size());
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t e = 0; e < epochs; ++e) {
        double sum = 0, lo = INFINITY, hi = -INFINITY;
        int n = 0;
        for (const auto& c : curves)
            if (e < c.size() && std::isfinite(c[e])) {
                sum += c[e];
                lo = std::min(lo, c[e]);
                hi = std::max(hi, c[e]);
                ++n;
            }
        const double mean = n > 0 ? sum / n : kNaN;
        double squares = 0;
        for (const auto& c : curves)
            if (e < c.size() && std::isfinite(c[e]))
                squares += (c[e] - mean) * (c[e] - mean);
        band.mean.push_back(mean);
        band.stdDev.push_back(n > 1 ? std::sqrt(squares / (n - 1)) : kNaN);
        band.min.push_back(n > 0 ? lo : kNaN);
        band.max.push_back(n > 0 ? hi : kNaN);
        band.runs.push_back(n);
    }
    return band;
}

SeedSpreadResult runSeedSpread(const RunConfig& config, int count,
                               const std::function<void(int, int)>& progress,
                               std::stop_token stop) {
    if (count < 2 || count > 100)
        throw InputError("seeds", "must be 2 to 100 (got " + std::to_string(count) + ")");
    SeedSpreadResult result;
    std::vector<std::vector<double>> quality, loss;
    for (int i = 0; i < count; ++i) {
        RunConfig run = config;
        run.training.seed = config.training.seed + std::uint64_t(i);
        TrainingResult r = trainFromConfig(run, {}, stop);
        if (stop.stop_requested()) {
            result.cancelled = true;
            return result;
        }
        result.classification = r.classification;
        std::vector<double> q, l;
        for (const EpochMetrics& m : r.history) {
            q.push_back(r.classification ? m.valAccuracy : m.valR2);
            l.push_back(m.valLoss);
        }
        if (r.status == RunStatus::Completed && !q.empty() && std::isfinite(q.back()))
            result.finalQuality.push_back(q.back());
        quality.push_back(std::move(q));
        loss.push_back(std::move(l));
        result.seeds.push_back(run.training.seed);
        result.runs.push_back(std::move(r));
        if (progress)
            progress(i + 1, count);
    }
    result.valQuality = epochBand(quality);
    result.valLoss = epochBand(loss);
    const auto& f = result.finalQuality;
    const double n = double(f.size());
    result.finalMean = f.empty() ? std::nan("") : std::accumulate(f.begin(), f.end(), 0.0) / n;
    double squares = 0;
    for (double v : f)
        squares += (v - result.finalMean) * (v - result.finalMean);
    result.finalStdDev = f.size() >= 2 ? std::sqrt(squares / (n - 1)) : std::nan("");
    return result;
}

}  // namespace hyperlab
