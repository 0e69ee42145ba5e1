#pragma once

#include "study/storage/postgres/pg_connection.h"

namespace hyperlab {

/// The version of the tables this HyperLab writes (hyperlab_schema_version).
/// 2 added hyperlab_studies.state (running / paused / stopped).
constexpr int kPgSchemaVersion = 2;

/// Advisory-lock key spaces (the first of pg_advisory_lock's two int keys;
/// the second is the study or trial id). Other programs sharing the database
/// must not use these.
constexpr int kPgStudyLockSpace = 0x48594C01;  // "HYL" 1: one study's creations and reaps
constexpr int kPgTrialLockSpace = 0x48594C02;  // "HYL" 2: a running trial's worker is alive

/// Creates HyperLab's tables when the database has none (concurrent callers
/// serialise on a lock), and checks the version of existing ones: an older
/// schema is upgraded in place (in the same transaction, so a failure leaves
/// it as it was), a newer one (a newer HyperLab wrote it) is refused with a
/// PgError that says which versions are involved. Safe to call on every
/// connection.
void ensurePgSchema(PgConnection& connection);

}  // namespace hyperlab
