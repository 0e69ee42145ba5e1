#pragma once

// How many trials of a study in a database are in the given states, read
// from the database itself (tests of the PostgreSQL storage and its GUI).

#include <string>

#include "study/storage/postgres/pg_connection.h"

/// `states`: comma-separated state names, e.g. "running,completed".
inline long long pgTrialsInStates(const std::string& conninfo, const std::string& study,
                                  const std::string& states) {
    hyperlab::PgConnection db(conninfo);
    return db
        .exec(
            "SELECT count(*) FROM hyperlab_trials t JOIN hyperlab_studies s ON "
            "s.id = t.study_id WHERE s.name = $1 AND t.state = ANY($2::text[])",
            {study, "{" + states + "}"})
        .integer(0, 0);
}
