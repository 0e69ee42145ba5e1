#include "study/storage/postgres/postgres_study_storage.h"

#include <chrono>
#include <cmath>

#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_trial_reaper.h"
#include "study/storage/trial_json.h"

namespace hyperlab {

using nlohmann::json;

namespace {

std::optional<std::string> numberOrNull(double value) {
    if (!std::isfinite(value))
        return std::nullopt;
    return json(value).dump();
}

// Columns of every trial row the copy reads.
constexpr const char* kTrialColumns = "number, state, trial, id";

template <class Numbers>
std::string pgArray(const Numbers& numbers) {
    std::string out = "{";
    for (const auto& n : numbers) {
        if (out.size() > 1)
            out += ',';
        out += std::to_string(n);
    }
    out += '}';
    return out;
}

}  // namespace

PostgresStudyStorage::PostgresStudyStorage(const std::string& conninfo, const std::string& name,
                                           PgWorkerSettings settings)
    : m_settings(std::move(settings)),
      m_db(conninfo, m_settings.reconnect, m_settings.onConnectionEvent, [this] {
          // Under m_mutex (every wait for the connection is): a claim's own
          // stop request ends its wait too, so a stopping runner never
          // waits for the reconnect timeout.
          return m_closing.load() || (m_settings.stopWaiting && m_settings.stopWaiting()) ||
                 (m_claimStop && (*m_claimStop)());
      }) {
    ensurePgSchema(m_db.connection());
    m_record = findPgStudy(m_db.connection(), name);
    m_study = std::make_unique<Study>(StudyDefinition::fromJson(m_record.source));
    m_db.setSessionSetUp(
        [this](PgConnection& c, bool reconnected) { setUpSession(c, reconnected); });
    const std::string& strategy = m_study->definition().strategy;
    m_creates = strategy != "grid" && strategy != "manual";
    m_prunes = m_study->definition().pruner.type != "none";
    m_heartbeat = std::jthread([this](std::stop_token stop) { heartbeatLoop(stop); });
}

PostgresStudyStorage::~PostgresStudyStorage() {
    m_closing = true;  // ends a wait for the connection
    m_heartbeat.request_stop();
    m_heartbeatWake.notify_all();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
}

bool PostgresStudyStorage::stoppedByStudy() const {
    std::lock_guard lock(m_mutex);
    return m_stoppedByStudy;
}

std::vector<int> PostgresStudyStorage::droppedResults() const {
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

void PostgresStudyStorage::setUpSession(PgConnection& c, bool reconnected) {
    // Claims, heartbeats and intermediate values need not wait for the
    // server's disk: if the server crashes before they reach it, the trial
    // is simply unclaimed again and this worker's late result is dropped
    // (trialFinished matches the row by id, state and worker), which keeps
    // the study consistent. New trials and final states are durable
    // (createTrial, trialFinished).
    c.exec("SET synchronous_commit = off");
    if (reconnected) {
        // After a network failure the server may still keep the old session
        // (it has not noticed yet) and with it the trial locks: end it, or
        // its late end would free the locks of trials this worker still runs.
        // Best effort: it needs the same database user.
        try {
            c.exec(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                "WHERE pid = $1 AND backend_start = $2::timestamptz",
                {std::to_string(m_sessionPid), m_sessionStart});
        } catch (const PgConnectionLost&) {
            throw;
        } catch (const PgError&) {
        }
        // Lock first, then the heartbeat, in one statement: a reaper never
        // sees the fresh heartbeat without the lock. A trial that is no
        // longer this worker's and running keeps training; its result is
        // dropped when it ends.
        for (auto& [number, own] : m_mine) {
            const PgResult r = c.exec(
                "UPDATE hyperlab_trials SET heartbeat = now() "
                "WHERE id = $1 AND state = 'running' AND worker_id = $2 "
                "RETURNING pg_try_advisory_lock($3, id::integer)",
                {std::to_string(own.id), m_settings.workerId, std::to_string(kPgTrialLockSpace)});
            own.locked = r.rows() == 1 && r.text(0, 0) == "t";
            own.taken = r.rows() == 0;
        }
        // A claim whose answer the broken connection lost: the trial is this
        // worker's in the database but nothing runs it here.
        c.exec(
            "UPDATE hyperlab_trials SET state = 'queued', worker_id = NULL, heartbeat = NULL, "
            "  started_at = NULL "
            "WHERE study_id = $1 AND worker_id = $2 AND state = 'running' "
            "  AND NOT (id = ANY($3::bigint[]))",
            {std::to_string(m_record.id), m_settings.workerId, ownIds()});
    }
    const PgResult session = c.exec(
        "SELECT pg_backend_pid(), backend_start FROM pg_stat_activity "
        "WHERE pid = pg_backend_pid()");
    if (session.rows() == 1) {
        m_sessionPid = int(session.integer(0, 0));
        m_sessionStart = session.text(0, 1);
    }
}

void PostgresStudyStorage::heartbeatLoop(std::stop_token stop) {
    const auto period = std::chrono::duration<double>(m_settings.heartbeatSeconds);
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested()) {
        m_heartbeatWake.wait_for(lock, stop, period, [] { return false; });
        if (stop.stop_requested())
            return;
        try {
            // During a long trial nothing else uses the connection: this is
            // where a lost one is noticed and re-established.
            m_db.run([&](PgConnection& c) {
                if (!m_mine.empty())
                    c.exec(
                        "UPDATE hyperlab_trials SET heartbeat = now() "
                        "WHERE id = ANY($1::bigint[]) AND worker_id = $2 AND state = 'running'",
                        {ownIds(), m_settings.workerId});
                return 0;
            });
            flushEpochs(true);
            m_db.run([&](PgConnection& c) {
                reapLostTrials(c, m_record, *m_study, m_settings.workerId, m_record.graceSeconds);
                if (m_prunes)
                    syncFinished(c);
                return 0;
            });
        } catch (const std::exception&) {
            // The next beat tries again; the trial's own writes report errors.
        }
    }
}

void PostgresStudyStorage::studyStarted(int, bool) {}

std::string PostgresStudyStorage::ownIds() const {
    std::vector<long long> ids;
    for (const auto& [number, own] : m_mine)
        ids.push_back(own.id);
    return pgArray(ids);
}

void PostgresStudyStorage::adoptRows(PgConnection& c, const PgResult& rows) {
    std::map<int, std::pair<long long, Trial>> incoming;
    auto take = [&](const PgResult& r, int row) {
        const int number = int(r.integer(row, 0));
        if (!m_mine.count(number))  // the runner's own copy is newer
            incoming[number] = {r.integer(row, 3), trialFromPgRow(r, row, 1, 2)};
    };
    std::size_t next = m_study->size();
    for (int r = 0; r < rows.rows(); ++r) {
        const std::size_t number = std::size_t(rows.integer(r, 0));
        if (number > next) {
            // Rows in between that the copy has not seen: read them first.
            const PgResult gap = c.exec(
                std::string("SELECT ") + kTrialColumns +
                    " FROM hyperlab_trials WHERE study_id = $1 AND number >= $2 AND number < $3 "
                    "ORDER BY number",
                {std::to_string(m_record.id), std::to_string(next), std::to_string(number)});
            for (int g = 0; g < gap.rows(); ++g)
                take(gap, g);
        }
        take(rows, r);
        next = std::max(next, number + 1);
    }
    if (m_prunes) {
        // The pruner's history: the curves of finished trials (repeat 0).
        std::map<long long, Trial*> finished;
        for (auto& [number, row] : incoming)
            if (isFinal(row.second.state))
                finished[row.first] = &row.second;
        if (!finished.empty()) {
            std::vector<long long> ids;
            for (const auto& [id, trial] : finished)
                ids.push_back(id);
            const PgResult epochs = c.exec(
                "SELECT trial_id, metrics FROM hyperlab_trial_epochs "
                "WHERE trial_id = ANY($1::bigint[]) AND repeat = 0 ORDER BY trial_id, epoch",
                {pgArray(ids)});
            for (int r = 0; r < epochs.rows(); ++r)
                finished.at(epochs.integer(r, 0))
                    ->history.push_back(epochMetricsFromJson(json::parse(epochs.text(r, 1))));
        }
    }
    for (auto& [number, row] : incoming)
        m_study->adopt(std::move(row.second));
}

void PostgresStudyStorage::syncChanged(PgConnection& c) {
    // A finished trial never changes (a trigger enforces it): re-read the
    // others and the new ones.
    std::vector<int> open;
    for (const TrialSnapshot& t : m_study->trials())
        if (!isFinal(t->state) && !m_mine.count(t->number))
            open.push_back(t->number);
    adoptRows(
        c, c.exec(std::string("SELECT ") + kTrialColumns +
                      " FROM hyperlab_trials WHERE study_id = $1 AND "
                      "(number >= $2 OR number = ANY($3::integer[])) ORDER BY number",
                  {std::to_string(m_record.id), std::to_string(m_study->size()), pgArray(open)}));
}

void PostgresStudyStorage::syncFinished(PgConnection& c) {
    std::vector<int> known;
    for (const TrialSnapshot& t : m_study->trials())
        if (isFinal(t->state))
            known.push_back(t->number);
    adoptRows(c, c.exec(std::string("SELECT ") + kTrialColumns +
                            " FROM hyperlab_trials WHERE study_id = $1 "
                            "AND state NOT IN ('queued', 'running') "
                            "AND number <> ALL($2::integer[]) ORDER BY number",
                        {std::to_string(m_record.id), pgArray(known)}));
}

TrialSnapshot PostgresStudyStorage::adoptClaimed(PgConnection& c, int number, long long id,
                                                 const PgResult& row) {
    adoptRows(c, row);  // fills any gap before it
    Trial trial = trialFromPgRow(row, 0, 1, 2);
    trial.state = TrialState::Queued;  // the runner's markRunning() starts it
    m_mine[number] = {id, true};
    ++m_claims;
    m_study->adopt(std::move(trial));
    return m_study->trial(number);
}

long long PostgresStudyStorage::idOf(int number) const {
    auto it = m_mine.find(number);
    if (it == m_mine.end())
        throw std::logic_error("PostgresStudyStorage: trial " + std::to_string(number) +
                               " is not this worker's");
    return it->second.id;
}

TrialSnapshot PostgresStudyStorage::claimQueued(PgConnection& c) {
    // One statement: the oldest queued trial nobody else is taking right
    // now, marked running for this worker, with this session's lock on it
    // taken before the claim commits (so a reaper never sees it unlocked).
    const PgResult claimed = c.exec(
        "UPDATE hyperlab_trials SET state = 'running', worker_id = $2, heartbeat = now(), "
        "  started_at = now() "
        "WHERE id = (SELECT id FROM hyperlab_trials WHERE study_id = $1 AND state = 'queued' "
        "            ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED) "
        "RETURNING number, state, trial, id, pg_advisory_lock($3, id::integer)",
        {std::to_string(m_record.id), m_settings.workerId, std::to_string(kPgTrialLockSpace)});
    if (claimed.rows() == 0)
        return nullptr;
    return adoptClaimed(c, int(claimed.integer(0, 0)), claimed.integer(0, 3), claimed);
}

TrialSnapshot PostgresStudyStorage::createTrial(PgConnection& c) {
    const std::string studyId = std::to_string(m_record.id);
    PgTransaction transaction(c);
    // Durable, unlike the other claims: a new trial takes the study's next
    // number, and one lost in a server crash after other workers had seen
    // it would leave a gap in the numbers their copies cannot fill.
    c.exec("SET LOCAL synchronous_commit = on");
    // One proposer at a time per study, each seeing every trial created and
    // finished before it (running ones are its pending points).
    c.exec("SELECT pg_advisory_xact_lock($1, $2)", {std::to_string(kPgStudyLockSpace), studyId});
    const PgResult originals =
        c.exec("SELECT count(*) FROM hyperlab_trials WHERE study_id = $1 AND retried_from IS NULL",
               {studyId});
    if (originals.integer(0, 0) >= m_study->definition().trials || m_study->exhausted())
        return nullptr;
    syncChanged(c);
    const std::optional<Params> params = m_study->proposeNext();
    if (!params)
        return nullptr;
    const int number = int(m_study->size());
    const json trialJson = trialToJson(m_study->makeTrial(number, *params), false);
    const PgResult created = c.exec(
        "INSERT INTO hyperlab_trials (study_id, number, state, params, trial, worker_id, "
        "  heartbeat, started_at) VALUES ($1, $2, 'running', $3, $4, $5, now(), now()) "
        "RETURNING number, state, trial, id, pg_advisory_lock($6, id::integer)",
        {studyId, std::to_string(number), trialJson.at("params").dump(), trialJson.dump(),
         m_settings.workerId, std::to_string(kPgTrialLockSpace)});
    transaction.commit();
    return adoptClaimed(c, number, created.integer(0, 3), created);
}

bool PostgresStudyStorage::unfinishedTrials(PgConnection& c) {
    const PgResult open = c.exec(
        "SELECT count(*) FROM hyperlab_trials WHERE study_id = $1 AND state IN ('queued', "
        "'running')",
        {std::to_string(m_record.id)});
    return open.integer(0, 0) > 0;
}

TrialSnapshot PostgresStudyStorage::claimOnce(PgConnection& c, bool& done) {
    reapLostTrials(c, m_record, *m_study, m_settings.workerId, m_record.graceSeconds);
    // Whoever runs the study may pause or stop it (pg_study_state.h): asked
    // before every claim, so a worker obeys within one trial.
    const PgStudyState state = readPgStudyState(c, m_record.id);
    if (state != m_seenState) {
        m_seenState = state;
        if (m_settings.onStudyState)
            m_settings.onStudyState(state);
    }
    if (state == PgStudyState::Stopped) {
        m_stoppedByStudy = true;
        done = true;
        return nullptr;
    }
    if (state != PgStudyState::Running)
        return nullptr;  // paused: look again after a while
    if (m_prunes)
        syncFinished(c);
    if (TrialSnapshot t = claimQueued(c))
        return t;
    if (m_creates)
        if (TrialSnapshot t = createTrial(c))
            return t;
    if (!unfinishedTrials(c)) {
        // Done: nothing changes any more, so the copy can catch up with
        // every trial (the runner's summary counts them).
        syncChanged(c);
        done = true;
    }
    return nullptr;
}

TrialSnapshot PostgresStudyStorage::claim(const std::function<bool()>& stopRequested) {
    for (;;) {
        if (stopRequested())
            return nullptr;
        {
            std::lock_guard lock(m_mutex);
            if (m_settings.maxClaims > 0 && m_claims >= m_settings.maxClaims)
                return nullptr;
            bool done = false;
            m_claimStop = &stopRequested;
            struct Forget {
                const std::function<bool()>*& stop;
                ~Forget() { stop = nullptr; }
            } forget{m_claimStop};
            // Repeatable: a claim whose answer was lost is given back by the
            // new session (setUpSession).
            TrialSnapshot t;
            try {
                t = m_db.run([&](PgConnection& c) {
                    done = false;
                    return claimOnce(c, done);
                });
            } catch (const PgError&) {
                if (stopRequested())
                    return nullptr;  // it stopped waiting for the connection
                throw;
            }
            if (t)
                return t;
            if (done)
                return nullptr;
        }
        // Paused, or other workers' trials still run (one may be lost and
        // retried): look again after a while.
        const auto until = std::chrono::steady_clock::now() +
                           std::chrono::duration<double>(m_settings.pollSeconds);
        while (std::chrono::steady_clock::now() < until && !stopRequested())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void PostgresStudyStorage::unlock(int number) {
    auto it = m_mine.find(number);
    if (it == m_mine.end())
        return;
    const bool locked = it->second.locked;
    const std::string id = std::to_string(it->second.id);
    m_mine.erase(it);
    if (!locked || !m_db.isUp())
        return;  // a session that is gone took its locks with it
    try {
        m_db.connection().exec("SELECT pg_advisory_unlock($1, $2::integer)",
                               {std::to_string(kPgTrialLockSpace), id});
    } catch (const PgConnectionLost& e) {
        m_db.markLost(e.what());
    }
}

void PostgresStudyStorage::release(int number) {
    std::lock_guard lock(m_mutex);
    const std::string id = std::to_string(idOf(number));
    // Not worth waiting for a lost connection: without its session the
    // trial is reaped after the grace and runs elsewhere.
    if (m_db.isUp()) {
        try {
            m_db.connection().exec(
                "UPDATE hyperlab_trials SET state = 'queued', worker_id = NULL, heartbeat = NULL, "
                "  started_at = NULL "
                "WHERE id = $1 AND state = 'running' AND worker_id = $2",
                {id, m_settings.workerId});
        } catch (const PgConnectionLost& e) {
            m_db.markLost(e.what());
        }
    }
    unlock(number);
}

void PostgresStudyStorage::trialStarted(int) {
    // The claim already recorded the start (state, worker, heartbeat).
}

void PostgresStudyStorage::flushEpochs(bool wait) {
    std::vector<UnsentEpoch> batch;
    {
        std::lock_guard lock(m_unsentMutex);
        batch.swap(m_unsent);
    }
    if (batch.empty())
        return;
    auto write = [&](PgConnection& c) {
        // Repeatable: a value written before the loss is not written twice.
        for (const UnsentEpoch& e : batch)
            if (auto own = m_mine.find(e.number); own != m_mine.end() && !own->second.taken)
                c.exec(
                    "INSERT INTO hyperlab_trial_epochs (trial_id, repeat, epoch, value, metrics) "
                    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                    {std::to_string(own->second.id), std::to_string(e.repeat),
                     std::to_string(e.epoch), e.value, e.metrics});
        return 0;
    };
    try {
        if (wait)
            m_db.run(write);
        else
            write(m_db.connection());
    } catch (const std::exception& e) {
        {
            std::lock_guard lock(m_unsentMutex);
            m_unsent.insert(m_unsent.begin(), batch.begin(), batch.end());
        }
        if (const auto* lost = dynamic_cast<const PgConnectionLost*>(&e); lost && !wait) {
            m_db.markLost(lost->what());
            return;
        }
        throw;
    }
}

void PostgresStudyStorage::epoch(int number, int repeat, const EpochMetrics& metrics) {
    const double value = m_study->objective().epochValue(metrics);
    {
        std::lock_guard lock(m_unsentMutex);
        m_unsent.push_back({number, repeat, metrics.epoch, numberOrNull(value),
                            epochMetricsToJson(metrics).dump()});
    }
    // Training does not wait for the database: while the connection is down
    // (or another thread uses it, maybe waiting for it to come back) the
    // value stays in memory and a later write takes it along.
    if (!m_db.isUp())
        return;
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (lock && m_db.isUp())
        flushEpochs(false);
}

void PostgresStudyStorage::trialFinished(int number, const TrialOutcome& outcome) {
    if (outcome.state == TrialState::Cancelled && outcome.resumable) {
        // Stopped because this worker stops (Ctrl-C, SIGTERM), not for
        // anything about the trial: it goes back to the queue for another.
        release(number);
        return;
    }
    std::lock_guard lock(m_mutex);
    const std::string id = std::to_string(idOf(number));
    Trial finished = *m_study->trial(number);
    applyOutcome(finished, outcome);
    const std::string state(trialStateName(outcome.state));
    flushEpochs(true);
    int attempts = 0;
    const bool written = !m_mine.at(number).taken && m_db.run([&](PgConnection& c) {
        ++attempts;
        PgTransaction transaction(c);
        // Durable before the runner tells anyone (the session's other
        // writes need not be: see setUpSession).
        c.exec("SET LOCAL synchronous_commit = on");
        const PgResult updated = c.exec(
            "UPDATE hyperlab_trials SET state = $3, value = $4, trial = $5, finished_at = now() "
            "WHERE id = $1 AND state = 'running' AND worker_id = $2",
            {id, m_settings.workerId, state, numberOrNull(outcome.value),
             trialToJson(finished, false).dump()});
        transaction.commit();
        if (updated.affected == 1 || attempts == 1)
            return updated.affected == 1;
        // Again after a lost connection: the first COMMIT may have gone
        // through before the answer was lost.
        const PgResult row = c.exec(
            "SELECT 1 FROM hyperlab_trials WHERE id = $1 AND worker_id = $2 AND state = $3 "
            "  AND coalesce(trial->>'reason', '') <> $4",
            {id, m_settings.workerId, state, kWorkerLostReason});
        return row.rows() == 1;
    });
    if (!written)
        m_dropped.push_back(number);
    unlock(number);
}

void PostgresStudyStorage::studyFinished(const StudySummary&) {}

}  // namespace hyperlab
