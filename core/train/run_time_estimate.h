#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "data/dataset.h"
#include "train/run_config.h"

namespace hyperlab {

/// What training one network costs on this machine, measured by
/// measureStepTiming.
struct StepTiming {
    double trainSecondsPerSample = 0;  ///< forward + loss + backward + optimizer step
    double evalSecondsPerSample = 0;   ///< evaluation-mode forward pass, in evaluation batches
    double setupSeconds = 0;           ///< building and initialising the network
    int concurrentRuns = 1;            ///< runs that trained side by side while measured
};

/// Samples one run goes through.
struct RunSamples {
    std::int64_t train = 0;
    std::int64_t validation = 0;
    std::int64_t test = 0;
};
RunSamples runSamples(const DataSplit& split);

/// Times the run `config` describes on `split` (the real data: its first
/// training samples), through the Trainer itself: optimizer steps at the
/// config's batch size (the first step, which allocates, is not counted)
/// and evaluation passes. `concurrentRuns` copies train side by side on a
/// oneTBB arena shaped like the StudyRunner's (max(runs, cores) threads,
/// each run isolated), so the figure includes the slowdown of runs sharing
/// the cores: measured, not assumed. Takes a few tenths of a second; checks
/// `stop` between measurements and returns nullopt when stopped. Throws
/// InputError when the config does not fit the data.
std::optional<StepTiming> measureStepTiming(const RunConfig& config, const DataSplit& split,
                                            int concurrentRuns = 1, std::stop_token stop = {});

/// Seconds one run of `training` takes at `timing`: setup, then per epoch
/// the training steps over all training samples, the evaluation-mode pass
/// over the training-metric sample (trainingEvaluationSize) and the
/// validation pass, and the final test pass. Early stopping and pruning can
/// only make a run shorter.
double estimateRunSeconds(const StepTiming& timing, const TrainingConfig& training,
                          const RunSamples& samples);

/// Seconds a study of `trials` trials takes with `workers` side by side when
/// one trial takes `secondsPerTrial` at that concurrency: the trials run in
/// ceil(trials / workers) waves. `setupSeconds` is paid once (loading the
/// dataset).
double estimateStudySeconds(double secondsPerTrial, int trials, int workers,
                            double setupSeconds = 0.0);

/// What one trial takes: side by side with the other workers' trials, and
/// alone (at the end of a study, when its parallel loops get the idle cores).
struct TrialSeconds {
    double sideBySide = 0;
    double alone = 0;
};

/// Wall seconds of trials (in the order they start) on `workers`, each
/// next trial going to the first worker that is free, as the StudyRunner
/// hands them out. A trial progresses at its side-by-side speed while other
/// trials run and at its speed alone while none does.
double scheduledSeconds(const std::vector<TrialSeconds>& trials, int workers);
/// The same for trials that take as long alone as side by side.
double scheduledSeconds(const std::vector<double>& trialSeconds, int workers);

/// The key measureStepTiming's result is valid for: the network's layers
/// (architecture and shapes, so the input shape), batch size, loss,
/// optimizer, gradient clipping and concurrency. Throws InputError like
/// buildNetwork.
std::string stepTimingKey(const RunConfig& config, Shape inputShape, int outputs,
                          int concurrentRuns);

/// stepTimingKey for a run of `config` on `data` (its loss decides the
/// outputs).
std::string stepTimingKey(const RunConfig& config, const Dataset& data, int concurrentRuns);

/// Measured timings by stepTimingKey, so returning to a model shape does not
/// measure again. Thread-safe.
class StepTimingCache {
public:
    std::optional<StepTiming> find(const std::string& key) const;
    void store(const std::string& key, const StepTiming& timing);

private:
    mutable std::mutex m_mutex;
    std::map<std::string, StepTiming> m_timings;
};

}  // namespace hyperlab
