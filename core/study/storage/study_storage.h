#pragma once

#include <functional>

#include "study/model/study_summary.h"
#include "study/model/trial.h"

namespace hyperlab {

/// Where a running study's trials come from and where their events go: the
/// StudyRunner runs against this and does not care which backend it is.
///
/// - DirectoryStudyStorage: one process owns the study (in memory, with its
///   journal in a study directory); the default, no server needed.
/// - PostgresStudyStorage: many worker processes on many machines share the
///   study through a PostgreSQL database.
///
/// Every call may come from any of the runner's worker threads. A call that
/// cannot record its event throws (the runner stops the study with the
/// error, as for a journal that cannot be written).
class StudyStorage {
public:
    virtual ~StudyStorage() = default;

    /// The runner starts with `workers` slots; `resumed` when the study
    /// already held trials.
    virtual void studyStarted(int workers, bool resumed) = 0;
    /// The next trial for the calling slot, claimed for it and Queued in the
    /// runner's Study (so markRunning() succeeds); null when nothing is left
    /// for this process. May wait (shared storage: trials of other workers
    /// may still fail and be retried); returns null soon after
    /// `stopRequested` turns true.
    virtual TrialSnapshot claim(const std::function<bool()>& stopRequested) = 0;
    /// Gives back a claimed trial that will not run now (the study stopped
    /// or paused first): it stays queued for a later run or another worker.
    virtual void release(int number) = 0;
    /// The claimed trial starts (durable before the call returns).
    virtual void trialStarted(int number) = 0;
    /// A finished epoch of repeat `repeat` (the live curves).
    virtual void epoch(int number, int repeat, const EpochMetrics& metrics) = 0;
    /// The trial's final state (durable before the call returns).
    virtual void trialFinished(int number, const TrialOutcome& outcome) = 0;
    /// The runner stopped (budget, cancel, error).
    virtual void studyFinished(const StudySummary& summary) = 0;
};

}  // namespace hyperlab
