#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "study/model/study_definition.h"
#include "study/model/trial.h"
#include "study/storage/postgres/pg_connection.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_study_state.h"

namespace hyperlab {

/// New intermediate values of one trial (repeat 0), in epoch order.
struct PgTrialEpochs {
    int trial = 0;
    std::vector<EpochMetrics> epochs;
};

/// What a poll of a shared study found since the previous one.
struct PgStudyChanges {
    PgStudyState state = PgStudyState::Running;
    /// Trials that are new or not final yet, and those that became final
    /// since the last poll, in number order; without history (see epochs).
    std::vector<Trial> trials;
    /// Epochs written since the last poll, for the trials above.
    std::vector<PgTrialEpochs> epochs;
};

/// Follows a study in a PostgreSQL database from outside its workers (the
/// desktop application's view of it): each poll() reads only what can have
/// changed since the previous one, because a finished trial never changes
/// again (a trigger enforces it): the unfinished and new trials, and the
/// epochs after the last one seen of each. The first poll reads everything.
///
/// Owns one connection: one thread at a time (the caller serialises). A
/// poll or setState that fails (the server restarted, the network went)
/// throws and changes nothing; the next call connects again first.
class PgStudyReader {
public:
    /// Connects (libpq `conninfo`), checks or upgrades the schema and finds
    /// study `name`. Throws PgError / InputError.
    PgStudyReader(const std::string& conninfo, const std::string& name);

    const PgStudyRecord& record() const { return m_record; }
    const StudyDefinition& definition() const { return m_definition; }
    PgStudyChanges poll();
    /// Sets the study's state (workers obey it before their next claim).
    void setState(PgStudyState state);

private:
    struct Seen {
        bool final = false;
        int lastEpoch = -1;
    };

    PgStudyChanges pollOnce();
    /// The connection, made again after a failure.
    PgConnection& connection();

    std::string m_conninfo;  // kept in memory only (it may hold a password)
    std::unique_ptr<PgConnection> m_connection;
    PgStudyRecord m_record;
    StudyDefinition m_definition;
    std::map<int, Seen> m_seen;  // by trial number
};

}  // namespace hyperlab
