#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/pruners/pruner.h"
#include "search/samplers/sampler.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"

namespace hyperlab {

/// How many trials are in each state.
struct TrialCounts {
    int queued = 0, running = 0, completed = 0, pruned = 0, failed = 0, cancelled = 0;
    int total() const { return queued + running + completed + pruned + failed + cancelled; }
    int finished() const { return completed + pruned + failed + cancelled; }
};

/// How many of `trials` are in each state.
TrialCounts countTrials(const std::vector<TrialSnapshot>& trials);

/// Copies what running a trial produced into it (what Study::tell records).
void applyOutcome(Trial& trial, const TrialOutcome& outcome);

/// The in-memory study (Optuna's Study): the definition, every trial, the
/// sampler behind ask() and the pruner behind reportEpoch(). Thread-safe:
/// workers call ask / markRunning / reportEpoch / tell concurrently and UIs
/// read snapshots at any time. Persistence and the worker pool are layered on
/// top (StudyJournal, StudyRunner); a Study can be driven by hand in tests.
///
/// Seeds: trial n's proposal uses a Random seeded from (strategy.seed, n), so
/// with one worker the same seed gives the same sequence of trials. Every
/// trial trains with the base config's training.seed (or the value the space
/// gives it), so trials differ only in what the search varies; repeat r of a
/// trial trains with seed + r.
class Study {
public:
    explicit Study(StudyDefinition definition);
    ~Study();
    Study(const Study&) = delete;
    Study& operator=(const Study&) = delete;

    const StudyDefinition& definition() const { return m_definition; }
    const Objective& objective() const { return m_definition.objective; }

    /// The next trial to run, claimed for the caller: the lowest-numbered
    /// queued trial (one that was running when a previous run stopped), else
    /// a new Queued trial whose params the sampler proposes from every
    /// finished trial (history) and every queued or running one (pending).
    /// Returns null when the trial budget is spent or the sampler has nothing
    /// left (see exhausted()). Sampler calls are serialised; other calls go on
    /// meanwhile. Throws what the sampler throws.
    TrialSnapshot ask();
    /// Called with every new trial inside ask(), before any later trial is
    /// created: the journal records creations here, so they are in number
    /// order even with many workers. An exception propagates out of ask().
    void setCreationHook(std::function<void(const Trial&)> hook);
    /// The sampler said it has nothing left to propose (a finished grid).
    bool exhausted() const;

    /// Gives back a trial claimed by ask() that will not run now (the study
    /// stopped first); it stays Queued for a later run.
    void release(int number);
    /// Queued -> Running. False when the trial is no longer queued (it was
    /// cancelled after ask()).
    bool markRunning(int number);
    /// Running -> Queued: the start could not be recorded (the journal
    /// failed), so the trial is as the journal has it. It keeps its claim
    /// released and runs again on resume.
    void requeue(int number);
    /// Records a finished epoch of repeat `repeat` (repeat 0 enters the
    /// history, the others repeatHistories) and returns the pruner's verdict: true = stop this
    /// trial.
    bool reportEpoch(int number, int repeat, const EpochMetrics& metrics);
    /// Records the final state of a trial and returns its new snapshot.
    TrialSnapshot tell(int number, const TrialOutcome& outcome);
    /// Cancels a trial that is queued (not running); returns its snapshot,
    /// or null when it was not queued.
    TrialSnapshot cancelQueued(int number, const Problem& reason);

    /// A new Queued trial numbered `number` with these params: the config it
    /// trains with, its training seed and task, as ask() creates them.
    Trial makeTrial(int number, Params params) const;
    /// What the sampler proposes for the next new trial (numbered size()),
    /// seeing every finished trial as history and every other one as
    /// pending, with the same seed stream as ask(). Nullopt when it has
    /// nothing left (exhausted() becomes true). Nothing is added and the
    /// trial budget is the caller's: shared storage (PostgresStudyStorage)
    /// creates the trial in its database under a lock, then adopt()s it.
    std::optional<Params> proposeNext();
    /// Shared storage: holds `trial` as another process (or the database)
    /// has it, replacing trial `number` or appending it when number ==
    /// size(); a larger number is refused (std::invalid_argument). Unlike
    /// restore(), a Running trial stays Running.
    void adopt(Trial trial);

    /// Adds a trial as a journal recorded it (resume). Trials come in number
    /// order; Running ones are re-queued (they run again from the start).
    void restore(Trial trial);

    /// Every trial in number order.
    std::vector<TrialSnapshot> trials() const;
    TrialSnapshot trial(int number) const;
    std::size_t size() const;
    TrialCounts counts() const;
    /// The best completed trial; null when none completed.
    TrialSnapshot bestTrial() const;
    /// Every trial in leaderboard order (see ranksBefore).
    std::vector<TrialSnapshot> leaderboard() const;
    /// The best k completed trials, best first.
    std::vector<TrialSnapshot> topK(std::size_t k) const;

    /// The canonical config a trial with these params trains with (null for
    /// function objectives). When the params make an invalid config, the
    /// applied JSON is returned as it is and the trial will fail with the
    /// reason.
    nlohmann::json configFor(const Params& params) const;

private:
    /// Finished trials (history) and the others (pending), for the sampler.
    void samplerInputs(std::vector<FinishedTrial>& history, std::vector<Params>& pending) const;
    /// The sampler's (or the manual list's) params for trial `number`.
    std::optional<Params> suggest(int number, const std::vector<FinishedTrial>& history,
                                  const std::vector<Params>& pending);
    void replace(const std::shared_ptr<Trial>& trial);
    std::vector<double> curveOf(const Trial& trial) const;

    StudyDefinition m_definition;
    std::unique_ptr<Sampler> m_sampler;  // null for manual studies
    std::unique_ptr<Pruner> m_pruner;

    std::mutex m_askMutex;  // one sampler call at a time (the Sampler contract)
    mutable std::mutex m_mutex;
    std::vector<TrialSnapshot> m_trials;
    std::vector<std::vector<double>> m_curves;  // minimised per-epoch objective, repeat 0
    std::set<int> m_claimed;  // queued trials handed out by ask() and not started yet
    bool m_exhausted = false;
    std::function<void(const Trial&)> m_creationHook;  // called under m_askMutex
};

}  // namespace hyperlab
