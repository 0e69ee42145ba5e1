#pragma once

#include <optional>
#include <string>

#include "study/storage/postgres/pg_connection.h"

namespace hyperlab {

/// What the people running a shared study want its workers to do
/// (hyperlab_studies.state, schema version 2):
/// - Running: claim trials as usual;
/// - Paused: claim nothing new and wait (running trials go on), until
///   the study runs again;
/// - Stopped: claim nothing new; each worker finishes the trials it runs
///   and exits (exit code 0: nothing went wrong).
/// Set from the CLI (`studies --pause/--resume/--stop NAME`) or the desktop
/// application; workers read it before every claim.
enum class PgStudyState { Running, Paused, Stopped };

/// "running", "paused", "stopped": the column's values.
const char* pgStudyStateName(PgStudyState state);
/// The state called `name`; nullopt for anything else.
std::optional<PgStudyState> pgStudyStateFromName(const std::string& name);

/// The state of the study with row id `studyId`.
PgStudyState readPgStudyState(PgConnection& connection, int studyId);
/// Sets the state of study `name`; InputError on "--study" (naming the
/// studies there) when there is none.
void setPgStudyState(PgConnection& connection, const std::string& name, PgStudyState state);

}  // namespace hyperlab
