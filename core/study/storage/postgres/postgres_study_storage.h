#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "study/model/study.h"
#include "study/storage/postgres/pg_connection.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_study_state.h"
#include "study/storage/postgres/reconnecting_pg_connection.h"
#include "study/storage/study_storage.h"

namespace hyperlab {

/// How one worker process takes part in a shared study.
struct PgWorkerSettings {
    std::string workerId;           ///< unique per process (host:pid); stored on its trials
    double heartbeatSeconds = 5.0;  ///< how often running trials are marked alive
    double pollSeconds = 0.25;      ///< wait between looks when nothing is claimable
    int maxClaims = 0;              ///< stop claiming after this many (0 = no limit)
    PgReconnectPolicy reconnect;    ///< waiting for a lost connection
    /// Told when the connection is lost, retried and back (any thread).
    std::function<void(const PgConnectionEvent&)> onConnectionEvent;
    /// True ends a wait for the connection early (the process is stopping).
    std::function<bool()> stopWaiting;
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
/// - Pruning (studies with a pruner): every claim and every heartbeat copies
///   the trials other workers finished since the last look, with their
///   intermediate values (repeat 0), so the pruner compares a trial with
///   every worker's curves.
/// - A lost connection (the server restarts, the network fails) is
///   re-established with backoff (PgReconnectPolicy) by whichever call
///   needs it, the heartbeat thread during a long trial. Meanwhile the
///   trials keep training: intermediate values are kept in memory and
///   written when the connection is back, heartbeats are skipped (a late
///   one would say nothing). The new session ends the old one if the server
///   still keeps it, re-takes the locks of this worker's trials that are
///   still its own and running, and gives back to the queue any trial a
///   claim had taken just as the connection broke; a trial the reaper
///   declared lost meanwhile ends as above (its result is dropped). Claims
///   and final results wait for the connection, up to the policy's limit.
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
    // A trial this worker runs: its row, whether this session holds its
    // lock (a new session re-takes it, see setUpSession), and whether the
    // row stopped being this worker's while the connection was away (reaped,
    // or its claim lost in a server crash): its result will be dropped.
    struct OwnTrial {
        long long id = 0;
        bool locked = true;
        bool taken = false;
    };
    // An intermediate value not written yet (the connection was down or
    // busy).
    struct UnsentEpoch {
        int number = 0, repeat = 0, epoch = 0;
        std::optional<std::string> value;
        std::string metrics;
    };

    /// Session state after every connect: settings; after a reconnect also
    /// the end of the old session, the trial locks, orphaned claims.
    void setUpSession(PgConnection& c, bool reconnected);
    /// One round of claim(): reap, claim or create; `done` when every
    /// trial is final.
    TrialSnapshot claimOnce(PgConnection& c, bool& done);
    TrialSnapshot claimQueued(PgConnection& c);
    TrialSnapshot createTrial(PgConnection& c);
    bool unfinishedTrials(PgConnection& c);
    /// Brings the copy up to date: re-reads its unfinished trials (other
    /// than this worker's) and reads the new ones.
    void syncChanged(PgConnection& c);
    /// Copies the trials other workers finished since the last look (the
    /// pruner's history).
    void syncFinished(PgConnection& c);
    /// Adopts rows (number, state, trial, id) in number order, filling any
    /// gap before them from the database first; finished trials come with
    /// their intermediate values when the study prunes.
    void adoptRows(PgConnection& c, const PgResult& rows);
    /// The claimed trial, fresh and Queued in the copy (the runner starts it).
    TrialSnapshot adoptClaimed(PgConnection& c, int number, long long id, const PgResult& row);
    /// Writes the unsent intermediate values; with `wait` false a lost
    /// connection keeps them for later instead of waiting.
    void flushEpochs(bool wait);
    void unlock(int number);
    long long idOf(int number) const;
    std::string ownIds() const;
    void heartbeatLoop(std::stop_token stop);

    PgWorkerSettings m_settings;
    std::atomic<bool> m_closing{false};  // before m_db: its waits read it
    ReconnectingPgConnection m_db;
    PgStudyRecord m_record;
    std::unique_ptr<Study> m_study;
    bool m_creates = true;  // false for grid and manual: every trial was enqueued up front
    bool m_prunes = false;  // the pruner needs the other workers' curves

    mutable std::mutex m_mutex;      // the connection and everything below
    std::map<int, OwnTrial> m_mine;  // trials this worker runs, by number
    int m_claims = 0;
    std::vector<int> m_dropped;
    const std::function<bool()>* m_claimStop = nullptr;  // the claim under way's stop request
    int m_sessionPid = 0;  // the current session, to end it from the next one
    std::string m_sessionStart;

    std::mutex m_unsentMutex;  // m_unsent only: epoch() must not wait for m_mutex
    std::vector<UnsentEpoch> m_unsent;
    bool m_stoppedByStudy = false;
    PgStudyState m_seenState = PgStudyState::Running;

    std::condition_variable_any m_heartbeatWake;
    std::jthread m_heartbeat;  // last: stopped before the rest goes
};

}  // namespace hyperlab
