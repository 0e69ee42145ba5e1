#include "search/study/study_journal.h"

#include <chrono>
#include <ctime>

#include "search/study/trial_json.h"

namespace hyperlab {

using nlohmann::json;

namespace {

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

}  // namespace

void StudyJournal::studyStarted(int workers, bool resumed) {
    m_journal.append({{"event", "study_started"},
                      {"workers", workers},
                      {"resumed", resumed},
                      {"time", utcNow()}},
                     true);
}

void StudyJournal::trialCreated(const Trial& trial) {
    m_journal.append({{"event", "trial_created"},
                      {"trial", trial.number},
                      {"params", paramsToJson(trial.params)},
                      {"config", trial.config},
                      {"seed", trial.seed}},
                     true);
}

void StudyJournal::trialStarted(int number) {
    m_journal.append({{"event", "trial_started"}, {"trial", number}}, true);
}

void StudyJournal::epoch(int number, int repeat, const EpochMetrics& metrics) {
    json e = {{"event", "epoch"}, {"trial", number}, {"repeat", repeat}};
    e.update(epochMetricsToJson(metrics));
    m_journal.append(e, false);
}

void StudyJournal::trialFinished(int number, const TrialOutcome& o) {
    json repeatValues = json::array();
    for (double v : o.repeatValues)
        repeatValues.push_back(jsonNumber(v));
    m_journal.append({{"event", "trial_finished"},
                      {"trial", number},
                      {"state", std::string(trialStateName(o.state))},
                      {"value", jsonNumber(o.value)},
                      {"value_std", jsonNumber(o.valueStd)},
                      {"repeat_values", repeatValues},
                      {"reason", o.reason},
                      {"seconds", jsonNumber(o.seconds)},
                      {"parameters", o.parameterCount},
                      {"classification", o.classification},
                      {"test", evaluationToJson(o.test)},
                      {"resumable", o.resumable}},
                     true);
}

void StudyJournal::studyFinished(const StudySummary& s) {
    m_journal.append({{"event", "study_finished"},
                      {"reason", s.reason},
                      {"error", s.error},
                      {"trials", s.counts.total()},
                      {"completed", s.counts.completed},
                      {"pruned", s.counts.pruned},
                      {"failed", s.counts.failed},
                      {"cancelled", s.counts.cancelled},
                      {"best_trial", s.best ? json(s.best->number) : json(nullptr)},
                      {"seconds", jsonNumber(s.seconds)},
                      {"time", utcNow()}},
                     true);
}

std::vector<Trial> StudyJournal::replay(const std::vector<json>& events,
                                        std::vector<std::string>* warnings) {
    std::vector<Trial> trials;
    auto warn = [&](std::size_t index, const std::string& what) {
        if (warnings)
            warnings->push_back("journal event " + std::to_string(index + 1) + ": " + what);
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        const json& e = events[i];
        const std::string type = e.value("event", std::string());
        if (type == "study_started" || type == "study_finished")
            continue;
        if (!e.contains("trial") || !e.at("trial").is_number_integer()) {
            warn(i, "\"" + type + "\" without a trial number was ignored");
            continue;
        }
        const int number = e.at("trial").get<int>();
        if (type == "trial_created") {
            if (number != int(trials.size())) {
                warn(i, "trial " + std::to_string(number) + " created out of order was ignored");
                continue;
            }
            Trial t;
            t.number = number;
            t.params = paramsFromJson(e.value("params", json::object()));
            t.config = e.value("config", json());
            t.seed = e.value("seed", std::uint64_t(0));
            t.classification = t.config.is_object();
            trials.push_back(std::move(t));
            continue;
        }
        if (number < 0 || number >= int(trials.size())) {
            warn(i,
                 "\"" + type + "\" for unknown trial " + std::to_string(number) + " was ignored");
            continue;
        }
        Trial& t = trials[std::size_t(number)];
        if (type == "trial_started") {
            t.state = TrialState::Running;
            t.history.clear();
        } else if (type == "epoch") {
            if (e.value("repeat", 0) != 0)
                continue;
            EpochMetrics m = epochMetricsFromJson(e);
            // A re-run attempt restarts its epochs: keep the latest.
            if (m.epoch >= 1 && std::size_t(m.epoch) <= t.history.size())
                t.history.resize(std::size_t(m.epoch - 1));
            t.history.push_back(m);
        } else if (type == "trial_finished") {
            try {
                t.state = trialStateFromName(e.value("state", std::string()), "state");
            } catch (const std::exception& ex) {
                warn(i, ex.what());
                continue;
            }
            t.value = numberFromJson(e.value("value", json()));
            t.valueStd = numberFromJson(e.value("value_std", json()));
            t.repeatValues.clear();
            for (const auto& v : e.value("repeat_values", json::array()))
                t.repeatValues.push_back(numberFromJson(v));
            t.reason = e.value("reason", std::string());
            t.seconds = numberFromJson(e.value("seconds", json()));
            t.parameterCount = e.value("parameters", std::int64_t(0));
            t.classification = e.value("classification", t.classification);
            t.test = evaluationFromJson(e.value("test", json()));
            t.resumable = e.value("resumable", false);
        } else {
            warn(i, "unknown event \"" + type + "\" was ignored");
        }
    }
    return trials;
}

}  // namespace hyperlab
