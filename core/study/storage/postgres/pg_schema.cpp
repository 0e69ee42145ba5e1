#include "study/storage/postgres/pg_schema.h"

#include <string>

namespace hyperlab {

namespace {

// Version 1. Table names carry a hyperlab_ prefix so a lab's existing
// database can hold them next to its own.
constexpr const char* kSchemaV1 = R"SQL(
CREATE TABLE hyperlab_studies (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (name <> ''),
    definition jsonb NOT NULL,              -- the study file as given
    dataset_fingerprint text NOT NULL,      -- workers refuse a different local dataset
    max_retries integer NOT NULL DEFAULT 3 CHECK (max_retries >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE hyperlab_trials (
    id bigserial PRIMARY KEY,
    study_id integer NOT NULL REFERENCES hyperlab_studies ON DELETE CASCADE,
    number integer NOT NULL CHECK (number >= 0),
    state text NOT NULL CHECK (state IN ('queued', 'running', 'completed', 'pruned',
                                         'failed', 'cancelled')),
    params jsonb NOT NULL,
    value double precision,
    trial jsonb NOT NULL,                   -- trial_json's form, without the epochs
    worker_id text,
    heartbeat timestamptz,
    started_at timestamptz,
    finished_at timestamptz,
    retried_from bigint REFERENCES hyperlab_trials,
    attempt integer NOT NULL DEFAULT 0 CHECK (attempt >= 0),
    UNIQUE (study_id, number),
    UNIQUE (retried_from),                  -- a lost trial is retried at most once
    CHECK (state <> 'running' OR (worker_id IS NOT NULL AND heartbeat IS NOT NULL))
);
CREATE INDEX hyperlab_trials_claim ON hyperlab_trials (study_id, state, number);
-- Intermediate values: one row per finished epoch of each repeat.
CREATE TABLE hyperlab_trial_epochs (
    trial_id bigint NOT NULL REFERENCES hyperlab_trials ON DELETE CASCADE,
    repeat integer NOT NULL CHECK (repeat >= 0),
    epoch integer NOT NULL,
    value double precision,
    metrics jsonb NOT NULL,
    PRIMARY KEY (trial_id, repeat, epoch)
);
-- A finished trial never changes again (so workers' copies of the study
-- re-read only unfinished trials): a second completion (a worker that
-- was declared lost reporting late, a bug) is an error, not an overwrite.
CREATE FUNCTION hyperlab_finished_trial_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state IN ('completed', 'pruned', 'failed', 'cancelled') THEN
        RAISE EXCEPTION 'trial % of study % already finished (%)', OLD.number, OLD.study_id,
            OLD.state;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER hyperlab_finished_trial_is_final BEFORE UPDATE ON hyperlab_trials
    FOR EACH ROW EXECUTE FUNCTION hyperlab_finished_trial_is_final();
)SQL";

// Columns added without a new version: each has a default, so a HyperLab
// that does not know it (reads and writes named columns only) still works
// with the tables, and a study it created gets the default.
void addLaterColumns(PgConnection& connection) {
    const PgResult grace = connection.exec(
        "SELECT 1 FROM pg_attribute WHERE attrelid = 'hyperlab_studies'::regclass "
        "AND attname = 'grace_seconds' AND NOT attisdropped");
    if (grace.rows() == 0)
        // How long a worker whose connection broke may take to come back
        // before its trial is retried elsewhere (--grace).
        connection.exec(
            "ALTER TABLE hyperlab_studies ADD COLUMN grace_seconds double precision NOT NULL "
            "DEFAULT 60 CHECK (grace_seconds > 0)");
}

// Version 2: a study-level state that workers obey before each claim
// (pg_study_state.h). Existing studies keep running.
constexpr const char* kUpgradeV1ToV2 = R"SQL(
ALTER TABLE hyperlab_studies ADD COLUMN state text NOT NULL DEFAULT 'running'
    CHECK (state IN ('running', 'paused', 'stopped'));
)SQL";

}  // namespace

void ensurePgSchema(PgConnection& connection) {
    PgTransaction transaction(connection);
    // Two processes creating the schema at once: the second waits here and
    // then finds the tables.
    connection.exec("SELECT pg_advisory_xact_lock($1, 0)", {std::to_string(kPgStudyLockSpace)});
    const PgResult exists =
        connection.exec("SELECT to_regclass('hyperlab_schema_version') IS NOT NULL");
    if (exists.text(0, 0) != "t") {
        connection.exec("CREATE TABLE hyperlab_schema_version (version integer NOT NULL)");
        connection.exec(kSchemaV1);
        connection.exec(kUpgradeV1ToV2);
        connection.exec("INSERT INTO hyperlab_schema_version VALUES ($1)",
                        {std::to_string(kPgSchemaVersion)});
        addLaterColumns(connection);
        transaction.commit();
        return;
    }
    const PgResult version = connection.exec("SELECT max(version) FROM hyperlab_schema_version");
    const int found = version.isNull(0, 0) ? 0 : int(version.integer(0, 0));
    if (found > kPgSchemaVersion)
        throw PgError("the database holds HyperLab schema version " + std::to_string(found) +
                      ", written by a newer HyperLab; this one understands version " +
                      std::to_string(kPgSchemaVersion) + " and up to it only: update HyperLab");
    if (found < 1)
        throw PgError("the database holds HyperLab schema version " + std::to_string(found) +
                      ", which this HyperLab cannot upgrade (it writes version " +
                      std::to_string(kPgSchemaVersion) + ")");
    if (found == 1) {
        // Under the lock above: a second HyperLab upgrading at the same time
        // waits, then finds version 2.
        connection.exec(kUpgradeV1ToV2);
        connection.exec("UPDATE hyperlab_schema_version SET version = $1",
                        {std::to_string(kPgSchemaVersion)});
    }
    addLaterColumns(connection);
    transaction.commit();
}

}  // namespace hyperlab
