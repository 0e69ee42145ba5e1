#include "study/storage/postgres/pg_studies.h"

#include <map>

#include "common/errors.h"
#include "study/model/study.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/trial_json.h"

namespace hyperlab {

using nlohmann::json;

Trial trialFromPgRow(const PgResult& rows, int row, int stateColumn, int jsonColumn) {
    Trial trial = trialFromJson(json::parse(rows.text(row, jsonColumn)));
    trial.state = trialStateFromName(rows.text(row, stateColumn), "hyperlab_trials.state");
    return trial;
}

PgStudyRecord createPgStudy(PgConnection& connection, const std::string& name, const json& source,
                            const std::string& datasetFingerprint, int maxRetries,
                            double graceSeconds) {
    const StudyDefinition definition = StudyDefinition::fromJson(source);
    PgTransaction transaction(connection);
    const PgResult taken =
        connection.exec("SELECT 1 FROM hyperlab_studies WHERE name = $1", {name});
    if (taken.rows() > 0)
        throw InputError("--name", "a study called \"" + name +
                                       "\" already exists in this database (choose another "
                                       "name, or join it with `hyperlab-cli worker`)");
    const PgResult inserted = connection.exec(
        "INSERT INTO hyperlab_studies (name, definition, dataset_fingerprint, max_retries, "
        "  grace_seconds) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {name, source.dump(), datasetFingerprint, std::to_string(maxRetries),
         json(graceSeconds).dump()});
    PgStudyRecord record{int(inserted.integer(0, 0)), name,       source,
                         datasetFingerprint,          maxRetries, graceSeconds};
    // Grid and manual studies know every trial now: enqueue them, so that
    // workers only claim. The in-memory Study proposes them as a single
    // process would, in the same order.
    if (definition.strategy == "grid" || definition.strategy == "manual") {
        Study study(definition);
        while (TrialSnapshot t = study.ask()) {
            connection.exec(
                "INSERT INTO hyperlab_trials (study_id, number, state, params, trial) "
                "VALUES ($1, $2, 'queued', $3, $4)",
                {std::to_string(record.id), std::to_string(t->number),
                 trialToJson(*t, false).at("params").dump(), trialToJson(*t, false).dump()});
            study.markRunning(t->number);  // so ask() moves on to the next one
        }
    }
    transaction.commit();
    return record;
}

PgStudyRecord findPgStudy(PgConnection& connection, const std::string& name) {
    const PgResult found = connection.exec(
        "SELECT id, definition, dataset_fingerprint, max_retries, grace_seconds "
        "FROM hyperlab_studies WHERE name = $1",
        {name});
    if (found.rows() == 0) {
        std::string names;
        for (const auto& s : listPgStudies(connection))
            names += (names.empty() ? "" : ", ") + s.name;
        throw InputError("--study",
                         "no study called \"" + name + "\" in this database (" +
                             (names.empty() ? std::string("it holds none") : "it holds: " + names) +
                             ")");
    }
    return {int(found.integer(0, 0)),      name,
            json::parse(found.text(0, 1)), found.text(0, 2),
            int(found.integer(0, 3)),      json::parse(found.text(0, 4)).get<double>()};
}

std::vector<PgStudyListing> listPgStudies(PgConnection& connection) {
    const PgResult rows = connection.exec(
        "SELECT s.name, s.definition, to_char(s.created_at, 'YYYY-MM-DD HH24:MI'), "
        "  count(t.id) FILTER (WHERE t.state = 'queued'), "
        "  count(t.id) FILTER (WHERE t.state = 'running'), "
        "  count(t.id) FILTER (WHERE t.state = 'completed'), "
        "  count(t.id) FILTER (WHERE t.state = 'pruned'), "
        "  count(t.id) FILTER (WHERE t.state = 'failed'), "
        "  count(t.id) FILTER (WHERE t.state = 'cancelled'), s.state "
        "FROM hyperlab_studies s LEFT JOIN hyperlab_trials t ON t.study_id = s.id "
        "GROUP BY s.id ORDER BY s.name");
    std::vector<PgStudyListing> out;
    for (int r = 0; r < rows.rows(); ++r) {
        PgStudyListing s;
        s.name = rows.text(r, 0);
        try {
            const StudyDefinition d = StudyDefinition::fromJson(json::parse(rows.text(r, 1)));
            s.strategy = d.strategy;
            s.budget = d.trials;
        } catch (const std::exception&) {
            s.strategy = "?";  // written by another version: still listed
        }
        s.createdAt = rows.text(r, 2);
        s.queued = int(rows.integer(r, 3));
        s.running = int(rows.integer(r, 4));
        s.completed = int(rows.integer(r, 5));
        s.pruned = int(rows.integer(r, 6));
        s.failed = int(rows.integer(r, 7));
        s.cancelled = int(rows.integer(r, 8));
        s.state = rows.text(r, 9);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Trial> loadPgTrials(PgConnection& connection, int studyId, bool withHistory) {
    const std::string id = std::to_string(studyId);
    const PgResult rows = connection.exec(
        "SELECT id, state, trial FROM hyperlab_trials WHERE study_id = $1 ORDER BY number", {id});
    std::vector<Trial> trials;
    std::map<long long, std::size_t> byId;
    for (int r = 0; r < rows.rows(); ++r) {
        byId[rows.integer(r, 0)] = trials.size();
        trials.push_back(trialFromPgRow(rows, r, 1, 2));
    }
    if (withHistory) {
        const PgResult epochs = connection.exec(
            "SELECT e.trial_id, e.metrics FROM hyperlab_trial_epochs e "
            "JOIN hyperlab_trials t ON t.id = e.trial_id "
            "WHERE t.study_id = $1 AND e.repeat = 0 ORDER BY e.trial_id, e.epoch",
            {id});
        for (int r = 0; r < epochs.rows(); ++r) {
            Trial& t = trials[byId.at(epochs.integer(r, 0))];
            t.history.push_back(epochMetricsFromJson(json::parse(epochs.text(r, 1))));
        }
    }
    return trials;
}

}  // namespace hyperlab
