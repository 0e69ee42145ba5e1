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
constexpr const char* kTrialColumns = "number, state, trial";

}  // namespace

PostgresStudyStorage::PostgresStudyStorage(const std::string& conninfo, const std::string& name,
                                           PgWorkerSettings settings)
    : m_settings(std::move(settings)), m_connection(std::make_unique<PgConnection>(conninfo)) {
    ensurePgSchema(*m_connection);
    m_record = findPgStudy(*m_connection, name);
    m_study = std::make_unique<Study>(StudyDefinition::fromJson(m_record.source));
    // Claims, creations, heartbeats and intermediate values need not wait
    // for the server's disk: if the server crashes before they reach it,
    // the trial is simply unclaimed again and this worker's late result is
    // dropped (trialFinished matches the row by id, state and worker), which
    // keeps the study consistent. Final states are durable (trialFinished).
    m_connection->exec("SET synchronous_commit = off");
    const std::string& strategy = m_study->definition().strategy;
    m_creates = strategy != "grid" && strategy != "manual";
    m_heartbeat = std::jthread([this](std::stop_token stop) { heartbeatLoop(stop); });
}

PostgresStudyStorage::~PostgresStudyStorage() {
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

void PostgresStudyStorage::heartbeatLoop(std::stop_token stop) {
    const auto period = std::chrono::duration<double>(m_settings.heartbeatSeconds);
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested()) {
        m_heartbeatWake.wait_for(lock, stop, period, [] { return false; });
        if (stop.stop_requested())
            return;
        try {
            if (!m_mine.empty())
                m_connection->exec(
                    "UPDATE hyperlab_trials SET heartbeat = now() "
                    "WHERE study_id = $1 AND worker_id = $2 AND state = 'running'",
                    {std::to_string(m_record.id), m_settings.workerId});
            reapLostTrials(*m_connection, m_record, *m_study, m_settings.workerId,
                           m_settings.graceSeconds);
        } catch (const std::exception&) {
            // The next beat tries again; the trial's own writes report errors.
        }
    }
}

void PostgresStudyStorage::studyStarted(int, bool) {}

void PostgresStudyStorage::adoptRows(const PgResult& rows) {
    for (int r = 0; r < rows.rows(); ++r) {
        const int number = int(rows.integer(r, 0));
        if (m_mine.count(number))
            continue;  // the runner's own copy is newer
        if (std::size_t(number) > m_study->size()) {
            // Rows in between that the copy has not seen: read them first.
            const PgResult gap = m_connection->exec(
                std::string("SELECT ") + kTrialColumns +
                    " FROM hyperlab_trials WHERE study_id = $1 AND number >= $2 AND number < $3 "
                    "ORDER BY number",
                {std::to_string(m_record.id), std::to_string(m_study->size()),
                 std::to_string(number)});
            for (int g = 0; g < gap.rows(); ++g)
                m_study->adopt(trialFromPgRow(gap, g, 1, 2));
        }
        m_study->adopt(trialFromPgRow(rows, r, 1, 2));
    }
}

void PostgresStudyStorage::syncChanged() {
    // A finished trial never changes (a trigger enforces it): re-read the
    // others and the new ones.
    std::string open = "{";
    for (const TrialSnapshot& t : m_study->trials())
        if (!isFinal(t->state) && !m_mine.count(t->number))
            open += (open.size() > 1 ? "," : "") + std::to_string(t->number);
    open += "}";
    adoptRows(
        m_connection->exec(std::string("SELECT ") + kTrialColumns +
                               " FROM hyperlab_trials WHERE study_id = $1 AND "
                               "(number >= $2 OR number = ANY($3::integer[])) ORDER BY number",
                           {std::to_string(m_record.id), std::to_string(m_study->size()), open}));
}

TrialSnapshot PostgresStudyStorage::adoptClaimed(int number, long long id, const PgResult& row) {
    adoptRows(row);  // fills any gap before it
    Trial trial = trialFromPgRow(row, 0, 1, 2);
    trial.state = TrialState::Queued;  // the runner's markRunning() starts it
    m_mine[number] = id;
    ++m_claims;
    m_study->adopt(std::move(trial));
    return m_study->trial(number);
}

long long PostgresStudyStorage::idOf(int number) const {
    auto it = m_mine.find(number);
    if (it == m_mine.end())
        throw std::logic_error("PostgresStudyStorage: trial " + std::to_string(number) +
                               " is not this worker's");
    return it->second;
}

TrialSnapshot PostgresStudyStorage::claimQueued() {
    // One statement: the oldest queued trial nobody else is taking right
    // now, marked running for this worker, with this session's lock on it
    // taken before the claim commits (so a reaper never sees it unlocked).
    const PgResult claimed = m_connection->exec(
        "UPDATE hyperlab_trials SET state = 'running', worker_id = $2, heartbeat = now(), "
        "  started_at = now() "
        "WHERE id = (SELECT id FROM hyperlab_trials WHERE study_id = $1 AND state = 'queued' "
        "            ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED) "
        "RETURNING number, state, trial, id, pg_advisory_lock($3, id::integer)",
        {std::to_string(m_record.id), m_settings.workerId, std::to_string(kPgTrialLockSpace)});
    if (claimed.rows() == 0)
        return nullptr;
    return adoptClaimed(int(claimed.integer(0, 0)), claimed.integer(0, 3), claimed);
}

TrialSnapshot PostgresStudyStorage::createTrial() {
    const std::string studyId = std::to_string(m_record.id);
    PgTransaction transaction(*m_connection);
    // One proposer at a time per study, each seeing every trial created and
    // finished before it (running ones are its pending points).
    m_connection->exec("SELECT pg_advisory_xact_lock($1, $2)",
                       {std::to_string(kPgStudyLockSpace), studyId});
    const PgResult originals = m_connection->exec(
        "SELECT count(*) FROM hyperlab_trials WHERE study_id = $1 AND retried_from IS NULL",
        {studyId});
    if (originals.integer(0, 0) >= m_study->definition().trials || m_study->exhausted())
        return nullptr;
    syncChanged();
    const std::optional<Params> params = m_study->proposeNext();
    if (!params)
        return nullptr;
    const int number = int(m_study->size());
    const json trialJson = trialToJson(m_study->makeTrial(number, *params), false);
    const PgResult created = m_connection->exec(
        "INSERT INTO hyperlab_trials (study_id, number, state, params, trial, worker_id, "
        "  heartbeat, started_at) VALUES ($1, $2, 'running', $3, $4, $5, now(), now()) "
        "RETURNING number, state, trial, id, pg_advisory_lock($6, id::integer)",
        {studyId, std::to_string(number), trialJson.at("params").dump(), trialJson.dump(),
         m_settings.workerId, std::to_string(kPgTrialLockSpace)});
    transaction.commit();
    return adoptClaimed(number, created.integer(0, 3), created);
}

bool PostgresStudyStorage::unfinishedTrials() {
    const PgResult open = m_connection->exec(
        "SELECT count(*) FROM hyperlab_trials WHERE study_id = $1 AND state IN ('queued', "
        "'running')",
        {std::to_string(m_record.id)});
    return open.integer(0, 0) > 0;
}

TrialSnapshot PostgresStudyStorage::claim(const std::function<bool()>& stopRequested) {
    for (;;) {
        if (stopRequested())
            return nullptr;
        {
            std::lock_guard lock(m_mutex);
            if (m_settings.maxClaims > 0 && m_claims >= m_settings.maxClaims)
                return nullptr;
            reapLostTrials(*m_connection, m_record, *m_study, m_settings.workerId,
                           m_settings.graceSeconds);
            // Whoever runs the study may pause or stop it (pg_study_state.h):
            // asked before every claim, so a worker obeys within one trial.
            const PgStudyState state = readPgStudyState(*m_connection, m_record.id);
            if (state != m_seenState) {
                m_seenState = state;
                if (m_settings.onStudyState)
                    m_settings.onStudyState(state);
            }
            if (state == PgStudyState::Stopped) {
                m_stoppedByStudy = true;
                return nullptr;
            }
            if (state == PgStudyState::Running) {
                if (TrialSnapshot t = claimQueued())
                    return t;
                if (m_creates)
                    if (TrialSnapshot t = createTrial())
                        return t;
                if (!unfinishedTrials()) {
                    // Done: nothing changes any more, so the copy can catch
                    // up with every trial (the runner's summary counts them).
                    syncChanged();
                    return nullptr;
                }
            }
        }
        // Paused, or other workers' trials still run (one may be lost and
        // retried): look again after a while.
        const auto until = std::chrono::steady_clock::now() +
                           std::chrono::duration<double>(m_settings.pollSeconds);
        while (std::chrono::steady_clock::now() < until && !stopRequested())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void PostgresStudyStorage::release(int number) {
    std::lock_guard lock(m_mutex);
    const std::string id = std::to_string(idOf(number));
    m_connection->exec(
        "UPDATE hyperlab_trials SET state = 'queued', worker_id = NULL, heartbeat = NULL, "
        "  started_at = NULL "
        "WHERE id = $1 AND state = 'running' AND worker_id = $2",
        {id, m_settings.workerId});
    m_connection->exec("SELECT pg_advisory_unlock($1, $2::integer)",
                       {std::to_string(kPgTrialLockSpace), id});
    m_mine.erase(number);
}

void PostgresStudyStorage::trialStarted(int) {
    // The claim already recorded the start (state, worker, heartbeat).
}

void PostgresStudyStorage::epoch(int number, int repeat, const EpochMetrics& metrics) {
    const double value = m_study->objective().epochValue(metrics);
    std::lock_guard lock(m_mutex);
    m_connection->exec(
        "INSERT INTO hyperlab_trial_epochs (trial_id, repeat, epoch, value, metrics) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        {std::to_string(idOf(number)), std::to_string(repeat), std::to_string(metrics.epoch),
         numberOrNull(value), epochMetricsToJson(metrics).dump()});
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
    {
        PgTransaction transaction(*m_connection);
        // Durable before the runner tells anyone (the session's other
        // writes need not be: see the constructor).
        m_connection->exec("SET LOCAL synchronous_commit = on");
        const PgResult updated = m_connection->exec(
            "UPDATE hyperlab_trials SET state = $3, value = $4, trial = $5, finished_at = now() "
            "WHERE id = $1 AND state = 'running' AND worker_id = $2",
            {id, m_settings.workerId, std::string(trialStateName(outcome.state)),
             numberOrNull(outcome.value), trialToJson(finished, false).dump()});
        transaction.commit();
        if (updated.affected != 1)
            m_dropped.push_back(number);
    }
    m_connection->exec("SELECT pg_advisory_unlock($1, $2::integer)",
                       {std::to_string(kPgTrialLockSpace), id});
    m_mine.erase(number);
}

void PostgresStudyStorage::studyFinished(const StudySummary&) {}

}  // namespace hyperlab
