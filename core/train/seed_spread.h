#pragma once

#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

#include "train/run_config.h"
#include "train/training_result.h"

namespace hyperlab {

/// Per-epoch statistics of one metric over several runs: the mean, the
/// sample standard deviation, the min..max band and how many runs had a
/// finite value there. Index e is epoch e + 1.
struct EpochBand {
    std::vector<double> mean, stdDev, min, max;
    std::vector<int> runs;
    int epochs() const { return int(mean.size()); }
};

/// Which epochs a band covers.
enum class BandEpochs {
    Common,  ///< those every run reached (the shortest run's length)
    /// those any run reached, each over the runs that reached it: a run still
    /// training counts for the epochs it has done
    Any,
};

/// The band of `curves` (one per run, per-epoch values; NaN values are
/// skipped per epoch).
EpochBand epochBand(const std::vector<std::vector<double>>& curves,
                    BandEpochs epochs = BandEpochs::Common);

/// "How much does the seed matter?": one config trained with `count` training
/// seeds (training.seed, +1, +2, ...; the dataset and its split stay the
/// same), so that only initial weights, shuffling and dropout differ.
struct SeedSpreadResult {
    std::vector<std::uint64_t> seeds;
    std::vector<TrainingResult> runs;  ///< one per seed, in seed order
    EpochBand valQuality;              ///< validation accuracy (R^2 for regression) per epoch
    EpochBand valLoss;
    bool classification = true;
    /// Final validation quality of each completed run, their mean and
    /// sample standard deviation (NaN with fewer than two).
    std::vector<double> finalQuality;
    double finalMean = 0;
    double finalStdDev = 0;
    bool cancelled = false;
};

/// Trains the runs one after another (each run uses every core).
/// `progress(runsDone, count)` after each run, on the calling thread.
/// Throws InputError for an invalid config or a count outside 2..100.
SeedSpreadResult runSeedSpread(const RunConfig& config, int count,
                               const std::function<void(int done, int total)>& progress = {},
                               std::stop_token stop = {});

}  // namespace hyperlab
