#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "study/model/study_definition.h"
#include "study/model/trial.h"
#include "study/storage/postgres/pg_connection.h"

namespace hyperlab {

/// How many times a trial whose worker was lost is retried, by default.
constexpr int kDefaultMaxRetries = 3;
/// How long a running trial's worker may stay silent (no heartbeat) before
/// its trial is retried elsewhere, by default.
constexpr double kDefaultGraceSeconds = 60.0;

/// A study as its row in hyperlab_studies holds it.
struct PgStudyRecord {
    int id = 0;
    std::string name;
    nlohmann::json source;  ///< the study file as given
    std::string datasetFingerprint;
    int maxRetries = kDefaultMaxRetries;
    double graceSeconds = kDefaultGraceSeconds;
};

/// One line of `hyperlab-cli studies`.
struct PgStudyListing {
    std::string name;
    std::string strategy;
    int budget = 0;  ///< the study's trial budget
    int queued = 0, running = 0, completed = 0, pruned = 0, failed = 0, cancelled = 0;
    std::string createdAt;  ///< as the server prints it
    std::string state;      ///< running, paused or stopped (pg_study_state.h)
    int done() const { return completed + pruned + failed + cancelled; }
};

/// Creates study `name` from its file `source` and enqueues the trials known
/// up front (every grid point, every manual config); other strategies'
/// trials are created by the workers that claim them. Refuses a name that
/// is taken (InputError on "--name"). `maxRetries` and `graceSeconds` are
/// the study's, so every worker reaps by the same rules. Returns the new
/// record.
PgStudyRecord createPgStudy(PgConnection& connection, const std::string& name,
                            const nlohmann::json& source, const std::string& datasetFingerprint,
                            int maxRetries, double graceSeconds = kDefaultGraceSeconds);
/// The study called `name`; InputError on "--study" naming the studies
/// that exist when there is none.
PgStudyRecord findPgStudy(PgConnection& connection, const std::string& name);
/// Every study, by name.
std::vector<PgStudyListing> listPgStudies(PgConnection& connection);
/// Every trial of a study in number order, with the epochs of repeat 0
/// (history) when `withHistory`.
std::vector<Trial> loadPgTrials(PgConnection& connection, int studyId, bool withHistory);
/// A trial row's columns (number, state, trial json) as a Trial: the state
/// column wins over the json's (claims change only the column).
Trial trialFromPgRow(const PgResult& rows, int row, int stateColumn, int jsonColumn);

}  // namespace hyperlab
