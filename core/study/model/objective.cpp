#include "study/model/objective.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "common/errors.h"
#include "io/json_input.h"
#include "search/functions/analytic_function.h"

namespace hyperlab {

using nlohmann::json;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

double metricOf(const EpochMetrics& m, const std::string& metric) {
    if (metric == "train_loss")
        return m.trainLoss;
    if (metric == "train_accuracy")
        return m.trainAccuracy;
    if (metric == "train_r2")
        return m.trainR2;
    if (metric == "val_loss" || metric == "test_loss" || metric == "value")
        return m.valLoss;
    if (metric == "val_accuracy" || metric == "test_accuracy")
        return m.valAccuracy;
    if (metric == "val_r2" || metric == "test_r2")
        return m.valR2;
    if (metric == "val_mae" || metric == "test_mae")
        return m.valMae;
    return kNaN;
}

}  // namespace

const std::vector<std::string>& Objective::metricNames() {
    static const std::vector<std::string> names{
        "val_accuracy", "val_loss",      "val_r2",    "val_mae", "train_loss", "train_accuracy",
        "train_r2",     "test_accuracy", "test_loss", "test_r2", "test_mae"};
    return names;
}

Direction Objective::naturalDirection(const std::string& metric) {
    const bool up =
        metric.find("accuracy") != std::string::npos || metric.find("r2") != std::string::npos;
    return up ? Direction::Maximize : Direction::Minimize;
}

std::string directionName(Direction direction) {
    return direction == Direction::Maximize ? "maximize" : "minimize";
}

Objective Objective::fromJson(const json& j, const std::string& field) {
    Objective o;
    if (j.is_null())
        return o;
    if (!j.is_object())
        throw InputError(field,
                         "must be an object such as {\"metric\": \"val_accuracy\"} or "
                         "{\"function\": \"branin\"}");
    static const std::set<std::string> kKeys{"metric",     "direction", "function",
                                             "dimensions", "epochs",    "epoch_seconds"};
    for (const auto& [key, _] : j.items())
        if (!kKeys.count(key))
            throw InputError(field + "." + key,
                             "unknown key (allowed: metric, direction, function, dimensions, "
                             "epochs, epoch_seconds)");
    if (j.contains("function")) {
        if (j.contains("metric"))
            throw InputError(field + ".metric",
                             "a function objective has no metric (it minimises the function)");
        if (!j.at("function").is_string())
            throw InputError(
                field + ".function",
                "must be a name (allowed: " + analyticFunctionRegistry().joinedNames() + ")");
        o.function = j.at("function").get<std::string>();
        if (!analyticFunctionRegistry().contains(o.function))
            throw InputError(
                field + ".function",
                problem(ProblemCode::UnknownName,
                        {"function", o.function, analyticFunctionRegistry().joinedNames()}));
        o.metric = "value";
        o.direction = Direction::Minimize;
        auto readInt = [&](const char* key, int& out, int high) {
            if (!j.contains(key))
                return;
            out = int(jsonInteger(j.at(key), field + "." + key, 0, high));
        };
        readInt("dimensions", o.functionDimensions, 100);
        readInt("epochs", o.simulatedEpochs, 100000);
        if (j.contains("epoch_seconds")) {
            const json& v = j.at("epoch_seconds");
            if (!v.is_number() || !(v.get<double>() >= 0.0 && v.get<double>() <= 3600.0))
                throw InputError(
                    field + ".epoch_seconds",
                    "must be a number of seconds from 0 to 3600, got " + describeJson(v));
            o.epochSeconds = v.get<double>();
        }
        // Checks the dimension count now rather than in the first trial.
        analyticFunctionRegistry().create(o.function, field + ".function", o.functionDimensions);
        if (j.contains("direction") && j.at("direction") != "minimize")
            throw InputError(field + ".direction",
                             "function objectives are minimised "
                             "(allowed: minimize)");
        return o;
    }
    for (const char* key : {"dimensions", "epochs", "epoch_seconds"})
        if (j.contains(key))
            throw InputError(field + "." + key, "only applies to a function objective");
    if (!j.contains("metric") || !j.at("metric").is_string())
        throw InputError(
            field + ".metric",
            problem(ProblemCode::Required, {joined(metricNames()) + "; or give \"function\""}));
    o.metric = j.at("metric").get<std::string>();
    const auto& names = metricNames();
    if (std::find(names.begin(), names.end(), o.metric) == names.end())
        throw InputError(field + ".metric",
                         problem(ProblemCode::UnknownName, {"metric", o.metric, joined(names)}));
    o.direction = naturalDirection(o.metric);
    if (j.contains("direction")) {
        const json& d = j.at("direction");
        if (d == "minimize")
            o.direction = Direction::Minimize;
        else if (d == "maximize")
            o.direction = Direction::Maximize;
        else
            throw InputError(field + ".direction", "unknown direction " + describeJson(d) +
                                                       " (allowed: minimize, maximize)");
    }
    return o;
}

json Objective::toJson() const {
    if (isFunction())
        return {{"function", function},
                {"dimensions", functionDimensions},
                {"epochs", simulatedEpochs},
                {"epoch_seconds", epochSeconds}};
    return {{"metric", metric}, {"direction", directionName(direction)}};
}

bool Objective::better(double a, double b) const {
    if (std::isnan(a))
        return false;
    if (std::isnan(b))
        return true;
    return minimized(a) < minimized(b);
}

double Objective::epochValue(const EpochMetrics& metrics) const {
    return metricOf(metrics, metric);
}

double Objective::resultValue(const TrainingResult& result) const {
    if (metric.rfind("test_", 0) == 0) {
        if (result.test.samples <= 0)
            return kNaN;
        if (metric == "test_loss")
            return result.test.loss;
        if (metric == "test_accuracy")
            return result.test.accuracy;
        if (metric == "test_r2")
            return result.test.r2;
        return result.test.mae;
    }
    if (result.history.empty())
        return kNaN;
    const int best = result.bestEpoch;
    const EpochMetrics* at = &result.history.back();
    for (const auto& m : result.history)
        if (m.epoch == best)
            at = &m;
    return metricOf(*at, metric);
}

std::string Objective::describe() const {
    return (isFunction() ? function : metric) + " (" + directionName(direction) + ")";
}

}  // namespace hyperlab
