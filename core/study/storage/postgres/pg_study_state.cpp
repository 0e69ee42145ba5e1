#include "study/storage/postgres/pg_study_state.h"

#include "study/storage/postgres/pg_studies.h"

namespace hyperlab {

const char* pgStudyStateName(PgStudyState state) {
    switch (state) {
        case PgStudyState::Running:
            return "running";
        case PgStudyState::Paused:
            return "paused";
        case PgStudyState::Stopped:
            return "stopped";
    }
    return "running";
}

std::optional<PgStudyState> pgStudyStateFromName(const std::string& name) {
    for (PgStudyState s : {PgStudyState::Running, PgStudyState::Paused, PgStudyState::Stopped})
        if (name == pgStudyStateName(s))
            return s;
    return std::nullopt;
}

PgStudyState readPgStudyState(PgConnection& connection, int studyId) {
    const PgResult row = connection.exec("SELECT state FROM hyperlab_studies WHERE id = $1",
                                         {std::to_string(studyId)});
    if (row.rows() == 0)
        throw PgError("database: the study was deleted while it was open");
    // The column's CHECK allows only the three names.
    return pgStudyStateFromName(row.text(0, 0)).value_or(PgStudyState::Running);
}

void setPgStudyState(PgConnection& connection, const std::string& name, PgStudyState state) {
    const PgResult updated =
        connection.exec("UPDATE hyperlab_studies SET state = $2 WHERE name = $1",
                        {name, std::string(pgStudyStateName(state))});
    if (updated.affected == 0)
        findPgStudy(connection, name);  // throws the InputError naming the studies there
}

}  // namespace hyperlab
