#pragma once

#include <string>

#include "study/model/study.h"
#include "study/storage/postgres/pg_connection.h"
#include "study/storage/postgres/pg_studies.h"

namespace hyperlab {

/// What a worker lost is recorded as (the failed trial's reason).
inline constexpr const char* kWorkerLostReason =
    "worker lost (its process or its database connection ended before the trial finished)";

/// Finds the running trials of `study` whose worker is gone and, in one
/// transaction under the study's advisory lock, marks each Failed ("worker
/// lost") and enqueues a retry with the same params (retried_from = the
/// lost trial, attempt + 1) unless it was retried max_retries times already.
///
/// A worker is gone when the session advisory lock it holds on its trial is
/// free (its process died or its connection closed: the server notices at
/// once on a local socket, after the TCP keepalives otherwise), or when its
/// heartbeat is older than `graceSeconds` (a hung machine, a connection
/// that does not come back). A free lock counts only for a heartbeat
/// written since the server started: after a server restart every session
/// is gone, and the workers reconnecting re-take their locks within the
/// grace (ReconnectingPgConnection). Trials of `ownWorkerId` are never
/// reaped (this session holds their locks).
///
/// Two reapers at once make one retry: the study lock serialises them and
/// the second finds the trial already failed (the UNIQUE retried_from
/// column forbids a second retry even without it). `study` makes the retry's
/// config and seed (Study::makeTrial). Returns how many trials were reaped.
int reapLostTrials(PgConnection& connection, const PgStudyRecord& record, const Study& study,
                   const std::string& ownWorkerId, double graceSeconds);

}  // namespace hyperlab
