#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "study/execution/objective_evaluator.h"
#include "study/execution/study_observer.h"
#include "study/execution/trial_control.h"
#include "study/model/study.h"
#include "study/storage/study_journal.h"
#include "study/storage/study_storage.h"

namespace hyperlab {

/// The trial pool: runs a study's trials on a oneTBB task arena, at most
/// `workers` at once, until the budget is spent.
///
/// Each of the `workers` slots loops: ask the study for a trial (so a
/// model-based sampler proposes when a worker frees, seeing every running
/// trial as pending), run it, record it. The arena has at least as many
/// threads as the machine, so the engine's own parallel loops inside a trial
/// use the threads the other slots leave idle; each trial runs isolated so a
/// waiting trial never picks up another slot's work.
///
/// Order of effects for each trial: journal trial_created, trial_started
/// (durable), then onTrialStarted; per epoch: journal, pruner, onEpoch; at
/// the end the journal's durable trial_finished before onTrialFinished.
///
/// The trials and their events go through a StudyStorage: by default the
/// Study itself and its journal (DirectoryStudyStorage), or shared storage.
///
/// A journal that cannot be written (disk full, I/O error) stops the study
/// with reason "error" and the journal's message: running trials stop within
/// a batch, a trial whose start could not be recorded goes back to Queued,
/// and a trial whose end could not be recorded is listed in the summary's
/// unsavedTrials. The study on disk then holds exactly what the journal
/// says, and resume runs the rest again.
///
/// Controls (cancel, cancelTrial, pause, resume) may be called from any
/// thread, including observers. A stop request reaches a training trial
/// within one batch (the trainer checks its stop token per batch).
class StudyRunner {
public:
    /// `journal` may be null (in-memory study). The evaluator defaults to
    /// training (with a DatasetCache) or the analytic function the study's
    /// objective names.
    StudyRunner(Study& study, StudyJournal* journal = nullptr,
                std::shared_ptr<ObjectiveEvaluator> evaluator = nullptr);
    /// Runs against another storage (e.g. PostgresStudyStorage, whose
    /// claims come from a shared database); `study` is the storage's
    /// in-memory view. `storage` must outlive the runner.
    StudyRunner(Study& study, StudyStorage& storage,
                std::shared_ptr<ObjectiveEvaluator> evaluator = nullptr);
    ~StudyRunner();

    /// Concurrent trials; default: the study's effectiveWorkers().
    void setWorkers(int workers);
    /// Trains at a lower scheduling priority (common/background_priority.h),
    /// so an interactive program's threads run first. Off by default (the
    /// CLI trains at normal priority); call before run().
    void setBackgroundPriority(bool background) { m_backgroundPriority = background; }
    int workers() const { return m_workers; }
    /// Observers must outlive run(). Add them before run().
    void addObserver(StudyObserver* observer);

    /// Runs until the budget (trials, max_seconds), the sampler is exhausted
    /// or cancel(). Blocks; returns how it ended. Call once.
    StudySummary run();

    /// Stops the study: no new trials; running ones stop within a batch and
    /// become Cancelled with resumable = true (resume runs them again).
    void cancel();
    /// Cancels one trial (running or queued); false when it is neither.
    bool cancelTrial(int number);
    /// No new trial starts once pause() has returned (until resume());
    /// running ones go on.
    void pause();
    void resume();
    bool isPaused() const;

    /// The evaluator the study uses by default.
    static std::shared_ptr<ObjectiveEvaluator> defaultEvaluator(const StudyDefinition& definition);

private:
    void workerLoop();
    void runTrial(const TrialSnapshot& trial);
    /// Cancel, time or error: no new trial starts (first reason wins).
    void stopWith(const std::string& reason, const Problem& error = {});
    /// The journal cannot be written: stop with the error, running trials too.
    void journalFailed(const Problem& error);
    /// Records a trial's end in the journal; on failure stops the study and
    /// lists the trial as unsaved. Returns whether it was saved.
    bool journalFinished(int number, const TrialOutcome& outcome);
    template <typename F>
    void notify(F&& call);

    Study& m_study;
    std::unique_ptr<StudyStorage> m_ownedStorage;  // the directory storage of the first constructor
    StudyStorage* m_storage;
    std::shared_ptr<ObjectiveEvaluator> m_evaluator;
    int m_workers;
    bool m_backgroundPriority = false;
    std::vector<StudyObserver*> m_observers;

    mutable std::mutex m_mutex;  // guards everything below
    std::condition_variable m_wake;
    bool m_paused = false;
    bool m_stopping = false;
    std::string m_stopReason;   // cancelled, time, error
    std::string m_drainReason;  // budget, exhausted: a slot found nothing left to run
    Problem m_error;
    std::vector<int> m_unsaved;       // finished trials the journal could not record
    std::size_t m_initialTrials = 0;  // trials restored before run()
    std::map<int, std::shared_ptr<TrialControl>> m_running;
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace hyperlab
