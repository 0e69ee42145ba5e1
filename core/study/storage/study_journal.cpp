#include "study/storage/study_journal.h"

#include <chrono>
#include <ctime>
#include <functional>
#include <limits>

#include "common/errors.h"
#include "io/json_input.h"
#include "io/problem_json.h"
#include "study/model/trial_repeats.h"
#include "study/storage/trial_json.h"

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
                      {"reason_problem", problemToJson(o.reasonProblem)},
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
                      {"error_problem", problemToJson(s.errorProblem)},
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

namespace {

/// The fields of one journal event, read defensively: a journal is a file on
/// disk, so any field may have been edited or damaged. A key that is present
/// but of the wrong type or out of range becomes a warning naming the line
/// and the key, and the fallback is used instead.
class EventFields {
public:
    EventFields(const json& event, std::function<void(const std::string&)> warn)
        : m_event(event), m_warn(std::move(warn)) {}

    std::string text(const char* key) const {
        const json* v = find(key);
        if (v == nullptr)
            return {};
        if (!v->is_string()) {
            ignored(key, "expected a string, got " + describeJson(*v));
            return {};
        }
        return v->get<std::string>();
    }

    std::int64_t integer(const char* key, std::int64_t low, std::int64_t high,
                         std::int64_t fallback) const {
        const json* v = find(key);
        if (v == nullptr)
            return fallback;
        try {
            return jsonInteger(*v, key, low, high);
        } catch (const InputError& e) {
            m_warn(std::string(e.what()) + "; " + std::to_string(fallback) + " used instead");
            return fallback;
        }
    }

    std::uint64_t seed(const char* key) const {
        const json* v = find(key);
        if (v == nullptr)
            return 0;
        try {
            return jsonUnsigned(*v, key, 0, std::numeric_limits<std::uint64_t>::max());
        } catch (const InputError& e) {
            m_warn(std::string(e.what()) + "; 0 used instead");
            return 0;
        }
    }

    bool flag(const char* key, bool fallback) const {
        const json* v = find(key);
        if (v == nullptr)
            return fallback;
        if (!v->is_boolean()) {
            ignored(key, "expected true or false, got " + describeJson(*v));
            return fallback;
        }
        return v->get<bool>();
    }

    /// A number, or null for NaN (as jsonNumber writes it).
    double number(const char* key) const {
        const json* v = find(key);
        if (v != nullptr && !v->is_number() && !v->is_null())
            ignored(key, "expected a number, got " + describeJson(*v));
        return v == nullptr ? Trial::kNaN : numberFromJson(*v);
    }

    /// The value of `key` when it has the JSON type `check` accepts (or is
    /// absent: then `fallback`).
    json value(const char* key, bool (json::*check)() const noexcept, const json& fallback,
               const char* expected) const {
        const json* v = find(key);
        if (v == nullptr)
            return fallback;
        if (!((*v).*check)()) {
            ignored(key, "expected " + std::string(expected) + ", got " + describeJson(*v));
            return fallback;
        }
        return *v;
    }

private:
    const json* find(const char* key) const {
        auto it = m_event.find(key);
        return it == m_event.end() ? nullptr : &*it;
    }
    void ignored(const char* key, const std::string& problem) const {
        m_warn(std::string(key) + ": " + problem + "; the value was ignored");
    }

    const json& m_event;
    std::function<void(const std::string&)> m_warn;
};

}  // namespace

std::vector<Trial> StudyJournal::replay(const std::vector<json>& events,
                                        std::vector<std::string>* warnings) {
    std::vector<Trial> trials;
    // Journal::read makes one event of every line, so event i is line i + 1.
    auto warn = [&](std::size_t index, const std::string& what) {
        if (warnings)
            warnings->push_back("journal line " + std::to_string(index + 1) + ": " + what);
    };
    constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const json& e = events[i];
        if (!e.is_object()) {
            warn(i, "not a JSON object; ignored");
            continue;
        }
        const EventFields f(e, [&](const std::string& what) { warn(i, what); });
        const std::string type = f.text("event");
        if (type == "study_started" || type == "study_finished" ||
            (e.contains("event") && !e.at("event").is_string()))
            continue;  // the second case was warned about by f.text
        if (!e.contains("trial") || !e.at("trial").is_number_integer()) {
            warn(i, "\"" + elide(type) + "\" without a trial number was ignored");
            continue;
        }
        const int number = int(f.integer("trial", -1, kIntMax, -1));
        if (type == "trial_created") {
            if (number != int(trials.size())) {
                warn(i, "trial " + std::to_string(number) + " created out of order was ignored");
                continue;
            }
            Trial t;
            t.number = number;
            t.params =
                paramsFromJson(f.value("params", &json::is_object, json::object(), "an object"));
            t.config = e.value("config", json());
            t.seed = f.seed("seed");
            t.classification = t.config.is_object();
            trials.push_back(std::move(t));
            continue;
        }
        if (number < 0 || number >= int(trials.size())) {
            warn(i, "\"" + elide(type) + "\" for unknown trial " + std::to_string(number) +
                        " was ignored");
            continue;
        }
        Trial& t = trials[std::size_t(number)];
        if (type == "trial_started") {
            t.state = TrialState::Running;
            t.history.clear();
            t.repeatHistories.clear();
        } else if (type == "epoch") {
            // Every repeat's epochs (journals have always written them all;
            // older readers kept repeat 0 only).
            // (repeats: 1 to 100, study_definition.cpp; without one: repeat 0;
            // -1 = a bad one, reported and skipped)
            const int repeat = e.contains("repeat") ? int(f.integer("repeat", 0, 99, -1)) : 0;
            if (repeat < 0)
                continue;
            EpochMetrics m = epochMetricsFromJson(e);
            m.epoch = int(f.integer("epoch", 0, kIntMax, 0));
            // A re-run attempt restarts its epochs: keep the latest.
            appendRepeatEpoch(t, repeat, m);
        } else if (type == "trial_finished") {
            try {
                t.state = trialStateFromName(f.text("state"), "state");
            } catch (const std::exception& ex) {
                warn(i, ex.what());
                continue;
            }
            t.value = f.number("value");
            t.valueStd = f.number("value_std");
            t.repeatValues.clear();
            for (const auto& v : f.value("repeat_values", &json::is_array, json::array(), "a list"))
                t.repeatValues.push_back(numberFromJson(v));
            t.reason = f.text("reason");
            // Journals before reason_problem have the English text only.
            t.reasonProblem = problemFromJson(e.value("reason_problem", json()), t.reason);
            t.seconds = f.number("seconds");
            t.parameterCount =
                f.integer("parameters", 0, std::numeric_limits<std::int64_t>::max(), 0);
            t.classification = f.flag("classification", t.classification);
            t.test = evaluationFromJson(f.value("test", &json::is_object, json(), "an object"));
            t.resumable = f.flag("resumable", false);
        } else {
            warn(i, "unknown event \"" + elide(type) + "\" was ignored");
        }
    }
    return trials;
}

}  // namespace hyperlab
