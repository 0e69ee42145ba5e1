#pragma once

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "study/model/study.h"
#include "study/storage/postgres/pg_connection.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_study_state.h"
#include "study/storage/study_storage.h"

namespace hyperlab {

/// How one worker process takes part in a shared study.
struct PgWorkerSettings {
    std::string workerId;           ///< unique per process (host:pid); stored on its trials
    double heartbeatSeconds = 5.0;  ///< how often running trials are marked alive
    double graceSeconds = 60.0;     ///< an older heartbeat counts as a lost worker
    double pollSeconds = 0.25;      ///< wait between looks when nothing is claimable
    int maxClaims = 0;              ///< stop claiming after this many (0 = no limit)
    /// Told (on the claiming thread, under the storage's lock) when the
    /// study's state differs from the last one this worker saw (at first:
    /// running), so a paused worker can say why it waits.
    std::function<void(PgStudyState)> onStudyState;
};

/// The shared backend: a study in a PostgreSQL database that worker
/// processes on many machines run together (docs/distributed.md).
///
/// - claim(): first a queued trial (grid/manual points, retries), taken in
///   one statement with FOR UPDATE SKIP LOCKED so workers never wait for each
///   other; else, for the other strategies and while the budget lasts, a new
///   trial that this worker proposes under the study's advisory transaction
///   lock, from an up-to-date copy of every trial (running ones as pending,
///   the constant liar), so no two workers propose from the same state.
///   Random and Sobol proposals depend on (study seed, trial number) only,
///   as in one process. With nothing claimable it waits while other
///   workers' trials run (they may be lost and retried) and returns null
///   once every trial is final. It claims nothing while the study is paused
///   (it waits) or stopped (it returns null: stoppedByStudy()).
/// - A claimed trial carries this worker's id and a heartbeat (refreshed
///   by a background thread), and the session holds an advisory lock on it;
///   the reaper (pg_trial_reaper.h) runs before each claim and on each
///   heartbeat.
/// - Finishing writes the final state only if the trial is still this
///   worker's and running; a trial reaped meanwhile keeps its "worker lost"
///   end (its retry runs elsewhere) and is listed in droppedResults(). A
///   trial stopped because this worker stops (cancelled and resumable) goes
///   back to the queue instead.
///
/// One connection per process, used by one thread at a time.
class PostgresStudyStorage : public StudyStorage {
public:
    /// Connects (libpq `conninfo`), checks the schema version and opens
    /// study `name`. Throws PgError / InputError.
    PostgresStudyStorage(const std::string& conninfo, const std::string& name,
                         PgWorkerSettings settings);
    ~PostgresStudyStorage() override;

    const PgStudyRecord& record() const { return m_record; }
    /// The in-memory copy the StudyRunner runs.
    Study& study() { return *m_study; }
    const std::string& workerId() const { return m_settings.workerId; }
    /// Whether claim() stopped because the study's state is "stopped"
    /// (pg_study_state.h) rather than because every trial was done.
    bool stoppedByStudy() const;
    /// Trials this worker finished after the reaper had declared them lost.
    std::vector<int> droppedResults() const;

    void studyStarted(int workers, bool resumed) override;
    TrialSnapshot claim(const std::function<bool()>& stopRequested) override;
    void release(int number) override;
    void trialStarted(int number) override;
    void epoch(int number, int repeat, const EpochMetrics& metrics) override;
    void trialFinished(int number, const TrialOutcome& outcome) override;
    void studyFinished(const StudySummary& summary) override;

private:
    TrialSnapshot claimQueued();
    TrialSnapshot createTrial();
    bool unfinishedTrials();
    /// Brings the copy up to date: re-reads its unfinished trials (other
    /// than this worker's) and reads the new ones.
    void syncChanged();
    /// Adopts rows (number, state, trial) in number order, filling
    /// any gap before them from the database first.
    void adoptRows(const PgResult& rows);
    /// The claimed trial, fresh and Queued in the copy (the runner starts it).
    TrialSnapshot adoptClaimed(int number, long long id, const PgResult& row);
    long long idOf(int number) const;
    void heartbeatLoop(std::stop_token stop);

    PgWorkerSettings m_settings;
    std::unique_ptr<PgConnection> m_connection;
    PgStudyRecord m_record;
    std::unique_ptr<Study> m_study;
    bool m_creates = true;  // false for grid and manual: every trial was enqueued up front

    mutable std::mutex m_mutex;       // the connection and everything below
    std::map<int, long long> m_mine;  // trials this worker runs: number -> row id
    int m_claims = 0;
    std::vector<int> m_dropped;
    bool m_stoppedByStudy = false;
    PgStudyState m_seenState = PgStudyState::Running;

    std::condition_variable_any m_heartbeatWake;
    std::jthread m_heartbeat;  // last: stopped before the rest goes
};

}  // namespace hyperlab
