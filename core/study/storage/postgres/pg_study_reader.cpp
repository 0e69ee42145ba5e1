#include "study/storage/postgres/pg_study_reader.h"

#include <nlohmann/json.hpp>

#include "study/storage/postgres/pg_schema.h"
#include "study/storage/trial_json.h"

namespace hyperlab {

namespace {

std::string integerArray(const std::vector<long long>& values) {
    std::string out = "{";
    for (long long v : values) {
        if (out.size() > 1)
            out += ',';
        out += std::to_string(v);
    }
    return out + "}";
}

}  // namespace

PgStudyReader::PgStudyReader(const std::string& conninfo, const std::string& name)
    : m_conninfo(conninfo), m_connection(std::make_unique<PgConnection>(conninfo)) {
    ensurePgSchema(*m_connection);
    m_record = findPgStudy(*m_connection, name);
    m_definition = StudyDefinition::fromJson(m_record.source);
}

PgConnection& PgStudyReader::connection() {
    if (!m_connection)
        m_connection = std::make_unique<PgConnection>(m_conninfo);
    return *m_connection;
}

void PgStudyReader::setState(PgStudyState state) {
    try {
        setPgStudyState(connection(), m_record.name, state);
    } catch (const PgError&) {
        m_connection.reset();  // connect again next time
        throw;
    }
}

PgStudyChanges PgStudyReader::poll() {
    try {
        return pollOnce();
    } catch (const PgError&) {
        m_connection.reset();
        throw;
    }
}

PgStudyChanges PgStudyReader::pollOnce() {
    PgConnection& db = connection();
    PgStudyChanges changes;
    const std::string studyId = std::to_string(m_record.id);
    // One snapshot for the three reads: the epochs match the trial rows.
    PgTransaction transaction(db);
    db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    changes.state = readPgStudyState(db, m_record.id);

    // Numbers not final yet, and any gap below the highest seen (a trial
    // committed after a higher one) so that none is missed.
    std::vector<long long> open;
    int next = 0;
    for (const auto& [number, seen] : m_seen) {
        for (int gap = next; gap < number; ++gap)
            open.push_back(gap);
        if (!seen.final)
            open.push_back(number);
        next = number + 1;
    }
    const PgResult rows = db.exec(
        "SELECT id, number, state, trial FROM hyperlab_trials WHERE study_id = $1 AND "
        "(number >= $2 OR number = ANY($3::integer[])) ORDER BY number",
        {studyId, std::to_string(next), integerArray(open)});
    // What this poll saw, kept only once all of it was read: a poll that
    // fails half-way is repeated whole.
    std::map<int, Seen> seen;
    std::vector<long long> ids, after;
    std::map<long long, int> numberOf;
    for (int r = 0; r < rows.rows(); ++r) {
        Trial trial = trialFromPgRow(rows, r, 2, 3);
        trial.history.clear();  // the epochs table holds it (below)
        auto known = m_seen.find(trial.number);
        Seen& now = seen[trial.number] = known == m_seen.end() ? Seen{} : known->second;
        now.final = isFinal(trial.state);
        ids.push_back(rows.integer(r, 0));
        after.push_back(now.lastEpoch);
        numberOf[rows.integer(r, 0)] = trial.number;
        changes.trials.push_back(std::move(trial));
    }
    if (!ids.empty()) {
        const PgResult epochs = db.exec(
            "SELECT e.trial_id, e.epoch, e.metrics FROM hyperlab_trial_epochs e "
            "JOIN unnest($1::bigint[], $2::integer[]) AS k(id, after) "
            "  ON e.trial_id = k.id AND e.epoch > k.after "
            "WHERE e.repeat = 0 ORDER BY e.trial_id, e.epoch",
            {integerArray(ids), integerArray(after)});
        for (int r = 0; r < epochs.rows(); ++r) {
            const int number = numberOf.at(epochs.integer(r, 0));
            if (changes.epochs.empty() || changes.epochs.back().trial != number)
                changes.epochs.push_back({number, {}});
            changes.epochs.back().epochs.push_back(
                epochMetricsFromJson(nlohmann::json::parse(epochs.text(r, 2))));
            seen[number].lastEpoch = int(epochs.integer(r, 1));
        }
    }
    transaction.commit();
    for (const auto& [number, s] : seen)
        m_seen[number] = s;
    return changes;
}

}  // namespace hyperlab
