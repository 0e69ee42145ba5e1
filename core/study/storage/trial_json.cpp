#include "study/storage/trial_json.h"

#include <cmath>
#include <limits>
#include <type_traits>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

using nlohmann::json;

namespace {

// Lenient readers for files written by the program but read back from disk:
// a field that is missing, of the wrong type or out of range gives the
// fallback (never an exception from nlohmann or an undefined conversion).

template <typename T>
T integerOr(const json& j, const char* key, T fallback) {
    const auto it = j.find(key);
    if (it == j.end())
        return fallback;
    try {
        if constexpr (std::is_signed_v<T>)
            return T(jsonInteger(*it, key, std::numeric_limits<T>::min(),
                                 std::numeric_limits<T>::max()));
        else
            return T(jsonUnsigned(*it, key, 0, std::numeric_limits<T>::max()));
    } catch (const InputError&) {
        return fallback;
    }
}

std::string textOr(const json& j, const char* key, std::string fallback) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

bool flagOr(const json& j, const char* key, bool fallback) {
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

json arrayOr(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_array() ? *it : json::array();
}

}  // namespace

json jsonNumber(double value) {
    if (!std::isfinite(value))
        return nullptr;
    return value;
}

double numberFromJson(const json& value) {
    return value.is_number() ? value.get<double>() : Trial::kNaN;
}

json epochMetricsToJson(const EpochMetrics& m) {
    return {{"epoch", m.epoch},
            {"train_loss", jsonNumber(m.trainLoss)},
            {"train_accuracy", jsonNumber(m.trainAccuracy)},
            {"val_loss", jsonNumber(m.valLoss)},
            {"val_accuracy", jsonNumber(m.valAccuracy)},
            {"train_r2", jsonNumber(m.trainR2)},
            {"val_r2", jsonNumber(m.valR2)},
            {"val_mae", jsonNumber(m.valMae)},
            {"train_loss_running", jsonNumber(m.trainLossRunning)},
            {"train_accuracy_running", jsonNumber(m.trainAccuracyRunning)},
            {"train_r2_running", jsonNumber(m.trainR2Running)},
            {"lr", jsonNumber(m.learningRate)},
            {"seconds", jsonNumber(m.seconds)}};
}

EpochMetrics epochMetricsFromJson(const json& j) {
    EpochMetrics m;
    m.epoch = integerOr(j, "epoch", 0);
    auto read = [&](const char* key) {
        return j.contains(key) ? numberFromJson(j.at(key)) : Trial::kNaN;
    };
    m.trainLoss = read("train_loss");
    m.trainAccuracy = read("train_accuracy");
    m.valLoss = read("val_loss");
    m.valAccuracy = read("val_accuracy");
    m.trainR2 = read("train_r2");
    m.valR2 = read("val_r2");
    m.valMae = read("val_mae");
    // Journals written before the evaluation-mode training metrics have no
    // *_running keys: their train_* values were the running figures, so
    // those fill both (the only training figures such a study has).
    const bool running = j.contains("train_loss_running");
    m.trainLossRunning = running ? read("train_loss_running") : m.trainLoss;
    m.trainAccuracyRunning = running ? read("train_accuracy_running") : m.trainAccuracy;
    m.trainR2Running = running ? read("train_r2_running") : m.trainR2;
    m.learningRate = read("lr");
    m.seconds = read("seconds");
    return m;
}

json evaluationToJson(const EvaluationMetrics& m) {
    return {{"loss", jsonNumber(m.loss)},
            {"accuracy", jsonNumber(m.accuracy)},
            {"r2", jsonNumber(m.r2)},
            {"mae", jsonNumber(m.mae)},
            {"samples", m.samples}};
}

EvaluationMetrics evaluationFromJson(const json& j) {
    EvaluationMetrics m;
    if (!j.is_object())
        return m;
    m.loss = numberFromJson(j.value("loss", json()));
    m.accuracy = numberFromJson(j.value("accuracy", json()));
    m.r2 = numberFromJson(j.value("r2", json()));
    m.mae = numberFromJson(j.value("mae", json()));
    m.samples = integerOr(j, "samples", std::int64_t(0));
    return m;
}

namespace {

json historyToJson(const std::vector<EpochMetrics>& history) {
    json out = json::array();
    for (const auto& m : history)
        out.push_back(epochMetricsToJson(m));
    return out;
}

std::vector<EpochMetrics> historyFromJson(const json& j) {
    std::vector<EpochMetrics> out;
    if (j.is_array())
        for (const auto& m : j)
            out.push_back(epochMetricsFromJson(m));
    return out;
}

}  // namespace

json trialToJson(const Trial& t, bool withHistory) {
    json repeatValues = json::array();
    for (double v : t.repeatValues)
        repeatValues.push_back(jsonNumber(v));
    json out = {{"trial", t.number},
                {"state", std::string(trialStateName(t.state))},
                {"value", jsonNumber(t.value)},
                {"value_std", jsonNumber(t.valueStd)},
                {"repeat_values", repeatValues},
                {"params", paramsToJson(t.params)},
                {"seed", t.seed},
                {"reason", t.reason},
                {"seconds", jsonNumber(t.seconds)},
                {"parameters", t.parameterCount},
                {"classification", t.classification},
                {"epochs", t.history.size()},
                {"test", evaluationToJson(t.test)},
                {"config", t.config}};
    // Only failed runs have one: written then, so other trials' lines stay short.
    if (t.divergence.happened())
        out["diverged"] = {{"epoch", t.divergence.epoch}, {"batch", t.divergence.batch}};
    if (withHistory) {
        out["history"] = historyToJson(t.history);
        // Repeats 1, 2, ... (seed bands); absent with one repeat.
        if (!t.repeatHistories.empty()) {
            json repeats = json::array();
            for (const auto& h : t.repeatHistories)
                repeats.push_back(historyToJson(h));
            out["repeat_histories"] = repeats;
        }
    }
    return out;
}

Trial trialFromJson(const json& j) {
    Trial t;
    t.number = integerOr(j, "trial", 0);
    if (j.contains("state") && j.at("state").is_string())
        t.state = trialStateFromName(j.at("state").get<std::string>(), "state");
    t.value = numberFromJson(j.value("value", json()));
    t.valueStd = numberFromJson(j.value("value_std", json()));
    for (const auto& v : arrayOr(j, "repeat_values"))
        t.repeatValues.push_back(numberFromJson(v));
    t.params = paramsFromJson(j.value("params", json::object()));
    t.seed = integerOr(j, "seed", std::uint64_t(0));
    t.reason = textOr(j, "reason", std::string());
    if (j.contains("diverged") && j.at("diverged").is_object()) {
        t.divergence.epoch = integerOr(j.at("diverged"), "epoch", 0);
        t.divergence.batch = integerOr(j.at("diverged"), "batch", 0);
    }
    t.seconds = numberFromJson(j.value("seconds", json()));
    t.parameterCount = integerOr(j, "parameters", std::int64_t(0));
    t.classification = flagOr(j, "classification", true);
    t.test = evaluationFromJson(j.value("test", json()));
    t.config = j.value("config", json());
    t.history = historyFromJson(j.value("history", json()));
    for (const auto& h : arrayOr(j, "repeat_histories"))
        t.repeatHistories.push_back(historyFromJson(h));
    return t;
}

}  // namespace hyperlab
