#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "study/model/study_definition.h"
#include "train/run_config.h"
#include "train/run_time_estimate.h"

namespace hyperlab {

/// Trials listed for an estimate at most: listing costs a sampler call each
/// (the grid's grows with the trials before), and a study longer than this
/// repeats the same mix.
inline constexpr std::size_t kLikelyTrialLimit = 200;

/// The configs a study's trials are likely to train, in trial order, for
/// the time estimate: what the study's own sampler proposes for trials 0,
/// 1, ... before any result is known. That is exactly what grid, random,
/// Sobol and manual studies run, and the start-up trials of TPE and
/// Bayesian ones (where they go later cannot be known before). At most
/// `limit` (a longer study repeats them); empty for function objectives.
std::vector<RunConfig> likelyTrialConfigs(const StudyDefinition& study,
                                          std::size_t limit = kLikelyTrialLimit);

/// What one run of each likely config costs, from timed steps of the
/// distinct network shapes among them (a searched architecture or batch
/// size changes the cost of a step; a learning rate does not).
///
/// Why not one timed step of the base config: when the search varies the
/// hidden layers, trials differ several-fold in time, and the first one to
/// finish says little about the rest.
class TrialCostModel {
public:
    /// `likely` from likelyTrialConfigs; `data` the study's dataset (all
    /// likely configs train on it); `concurrentRuns` side by side.
    TrialCostModel(std::vector<RunConfig> likely, std::shared_ptr<const Dataset> data,
                   RunSamples samples, int concurrentRuns);

    /// One config per distinct step shape not timed yet, the most frequent
    /// shapes first, at most `limit`.
    std::vector<RunConfig> configsToTime(std::size_t limit) const;
    /// The timing of `config`'s step shape at timing.concurrentRuns: the
    /// model's concurrency, or 1 for a run alone.
    void addTiming(const RunConfig& config, const StepTiming& timing);
    /// Times configsToTime(limit) on `split` (the model's dataset) with
    /// measureStepTiming, side by side and, with more than one concurrent
    /// run, alone (a study's last trials run alone, and a run alone uses
    /// the idle cores), taking timings already in `cache` from there and
    /// storing new ones. Stops between (and within) measurements when
    /// `stop` is requested.
    void timeShapes(const DataSplit& split, StepTimingCache& cache,
                    std::size_t limit = kTimedShapes, std::stop_token stop = {});

    /// Distinct shapes timed by default: each takes a few tenths of a
    /// second, and six cover the architecture lists students search.
    static constexpr std::size_t kTimedShapes = 6;

    /// Seconds of one run of `config`, if its step shape was timed.
    std::optional<double> runSeconds(const RunConfig& config) const;
    /// Mean seconds of one run over the likely configs whose shape was
    /// timed; nullopt when none was.
    std::optional<double> meanRunSeconds() const;
    /// Seconds of one run of each likely config, in trial order, side by
    /// side and alone; an untimed shape counts at the mean, an untimed run
    /// alone as side by side. Empty when nothing was timed.
    std::vector<TrialSeconds> likelyRunSeconds() const;
    /// Share of the likely configs the mean covers (0..1).
    double coverage() const;

private:
    std::string keyOf(const RunConfig& config, int runs) const;
    const StepTiming* timingOf(const std::string& key) const;

    std::vector<RunConfig> m_likely;
    std::vector<std::string> m_likelyKeys;       // at m_runs
    std::vector<std::string> m_likelyAloneKeys;  // at 1 run
    std::shared_ptr<const Dataset> m_data;
    RunSamples m_samples;
    int m_runs;
    std::vector<std::pair<std::string, StepTiming>> m_timings;
};

/// A study's total time from the likely trial cost, corrected by the trials
/// that finished: each finished trial's measured seconds against what the
/// model predicted for its own config. The ratio of the sums carries what a
/// timed step cannot see (early stopping, pruning, the machine's load);
/// the likely configs carry the mix of trial sizes still to come.
class StudyTimeCalibration {
public:
    /// A finished trial took `actualSeconds`; the model said `predictedSeconds`.
    void addFinished(double predictedSeconds, double actualSeconds);
    int finished() const { return m_count; }
    /// Measured over predicted, 1 before any trial finished.
    double ratio() const;

private:
    double m_predicted = 0.0;
    double m_actual = 0.0;
    int m_count = 0;
};

/// A finished trial of the study being estimated.
struct FinishedTrialTime {
    int number = 0;  ///< trials start in number order
    RunConfig config;
    double seconds = 0;  ///< all its repeats
};

/// A study's wall time, `setupSeconds` (loading the dataset) included:
/// trials 0 .. trials-1 take their measured seconds when finished, else
/// their likely config's cost (cost.likelyRunSeconds(), times `repeats`)
/// corrected by StudyTimeCalibration over the finished ones; they run on
/// `workers` as the StudyRunner hands them out (scheduledSeconds), a
/// trial left alone at the end at its speed alone.
///
/// Why per trial and not the mean times the waves: when trial sizes
/// differ several-fold, which trials share a wave decides the wall time.
double estimateStudyWallSeconds(const TrialCostModel& cost, int trials, int workers, int repeats,
                                const std::vector<FinishedTrialTime>& finished,
                                double setupSeconds = 0.0);

}  // namespace hyperlab
