#include "study/storage/postgres/pg_trial_reaper.h"

#include "common/errors.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/trial_json.h"

namespace hyperlab {

namespace {
// Running trials of other workers whose heartbeat is too old, or whose lock
// is free although their worker's session began in this server's lifetime
// (a heartbeat since the server started). A heartbeat from before the start
// means the server restarted under a worker that may be reconnecting: its
// trial gets the grace. pg_try_advisory_xact_lock succeeds only when no
// session holds the trial's lock; what it takes is released at the end of
// the transaction.
constexpr const char* kLostTrials =
    "SELECT id, number, state, trial, attempt FROM hyperlab_trials "
    "WHERE study_id = $1 AND state = 'running' AND worker_id <> $2 "
    "  AND (heartbeat < now() - make_interval(secs => $3::double precision) "
    "       OR (heartbeat > pg_postmaster_start_time() "
    "           AND pg_try_advisory_xact_lock($4, id::integer))) "
    "ORDER BY number";
}  // namespace

int reapLostTrials(PgConnection& connection, const PgStudyRecord& record, const Study& study,
                   const std::string& ownWorkerId, double graceSeconds) {
    const std::string studyId = std::to_string(record.id);
    const std::string grace = std::to_string(graceSeconds);
    const std::string trialLocks = std::to_string(kPgTrialLockSpace);
    // Most calls find nothing: look first without the study lock.
    if (connection.exec(kLostTrials, {studyId, ownWorkerId, grace, trialLocks}).rows() == 0)
        return 0;

    PgTransaction transaction(connection);
    connection.exec("SELECT pg_advisory_xact_lock($1, $2)",
                    {std::to_string(kPgStudyLockSpace), studyId});
    const PgResult lost = connection.exec(kLostTrials, {studyId, ownWorkerId, grace, trialLocks});
    int reaped = 0;
    for (int r = 0; r < lost.rows(); ++r) {
        Trial failed = trialFromPgRow(lost, r, 2, 3);
        failed.state = TrialState::Failed;
        failed.reason = kWorkerLostReason;
        failed.reasonProblem = textProblem(kWorkerLostReason);
        const PgResult updated = connection.exec(
            "UPDATE hyperlab_trials SET state = 'failed', trial = $2, finished_at = now() "
            "WHERE id = $1 AND state = 'running'",
            {lost.text(r, 0), trialToJson(failed, false).dump()});
        if (updated.affected != 1)
            continue;
        ++reaped;
        const int attempt = int(lost.integer(r, 4));
        if (attempt >= record.maxRetries)
            continue;
        const PgResult next = connection.exec(
            "SELECT coalesce(max(number), -1) + 1 FROM hyperlab_trials WHERE study_id = $1",
            {studyId});
        const Trial retry = study.makeTrial(int(next.integer(0, 0)), failed.params);
        const nlohmann::json retryJson = trialToJson(retry, false);
        connection.exec(
            "INSERT INTO hyperlab_trials (study_id, number, state, params, trial, retried_from, "
            "  attempt) VALUES ($1, $2, 'queued', $3, $4, $5, $6)",
            {studyId, std::to_string(retry.number), retryJson.at("params").dump(), retryJson.dump(),
             lost.text(r, 0), std::to_string(attempt + 1)});
    }
    transaction.commit();
    return reaped;
}

}  // namespace hyperlab
