#include "study/model/study_definition.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "common/errors.h"
#include "io/config_json.h"
#include "io/json_input.h"
#include "search/apply_params.h"
#include "search/functions/analytic_function.h"
#include "search/samplers/grid_sampler.h"
#include "search/samplers/sampler.h"
#include "search/transform.h"

namespace hyperlab {

using nlohmann::json;

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

/// Re-throws an error from a nested reader with `prefix` before its field.
[[noreturn]] void rethrowUnder(const std::string& prefix, const InputError& e) {
    throw InputError(e.field().empty() ? prefix : prefix + "." + e.field(), e.problem());
}

void flattenInto(const json& value, const std::string& prefix, Params& out) {
    if (value.is_object() && !value.empty()) {
        for (const auto& [key, child] : value.items())
            flattenInto(child, prefix.empty() ? key : prefix + "." + key, out);
        return;
    }
    out[prefix] = value;
}

/// True when the dotted path names an existing field of a canonical config.
bool pathExists(const json& config, const std::string& path) {
    const json* at = &config;
    std::stringstream parts(path);
    std::string part;
    while (std::getline(parts, part, '.')) {
        if (at->is_object()) {
            auto it = at->find(part);
            if (it == at->end())
                return false;
            at = &*it;
        } else if (at->is_array()) {
            if (part.empty() || !std::all_of(part.begin(), part.end(), ::isdigit) ||
                part.size() > 9 || std::stoul(part) >= at->size())
                return false;
            at = &(*at)[std::stoul(part)];
        } else {
            return false;
        }
    }
    return true;
}

int readInt(const json& object, const char* key, const std::string& field, int low, int high,
            int fallback) {
    if (!object.contains(key))
        return fallback;
    return int(jsonInteger(object.at(key), field, low, high));
}

/// The values of a dimension worth checking against the config rules: the
/// ends of a range, every choice.
std::vector<json> probeValues(const Dimension& d) {
    if (auto f = d.as<FloatDimension>())
        return {f->low, f->high};
    if (auto i = d.as<IntDimension>())
        return {i->low, i->valueAt(i->count() - 1)};
    if (auto c = d.as<CategoricalDimension>())
        return c->values;
    return {d.as<FixedDimension>()->value};
}

void checkSpaceAgainstBase(const SearchSpace& space, const json& base) {
    for (const Dimension& d : space.dimensions()) {
        if (!pathExists(base, d.path))
            throw InputError("space." + d.path,
                             "is not a field of the base config (fields and paths: "
                             "docs/config.md; list items by index, e.g. "
                             "model.conv_layers.0.kernel_size)");
        // A value the config rules reject for this very field is a mistake in
        // the space; combinations with other fields are left to the trials.
        for (const json& value : probeValues(d)) {
            try {
                runConfigFromJson(applyParams(base, Params{{d.path, value}}));
            } catch (const InputError& e) {
                if (e.field() == d.path || e.field().rfind(d.path + ".", 0) == 0)
                    throw InputError("space." + d.path,
                                     problem(ProblemCode::ValueNotAllowed, {describeJson(value)},
                                             {e.problem()}));
            }
        }
    }
}

bool spaceVaries(const SearchSpace& space, const std::string& path) {
    return space.indexOf(path).has_value();
}

void checkObjectiveAgainstBase(const StudyDefinition& d) {
    const Objective& o = d.objective;
    const json& dataset = d.base["dataset"];
    const std::string loss = d.base["training"]["loss"].get<std::string>();
    if (o.metric.rfind("val_", 0) == 0 && dataset["validation_fraction"].get<double>() <= 0.0 &&
        !spaceVaries(d.space, "dataset.validation_fraction"))
        throw InputError("objective.metric",
                         o.metric +
                             " needs a validation set, but base "
                             "dataset.validation_fraction is 0 (set it above 0 or "
                             "optimise a train_ or test_ metric)");
    if (!spaceVaries(d.space, "training.loss")) {
        const bool classification = loss == "cross_entropy" || loss == "binary_cross_entropy";
        const bool accuracy = o.metric.find("accuracy") != std::string::npos;
        const bool regression =
            o.metric.find("r2") != std::string::npos || o.metric.find("mae") != std::string::npos;
        if (accuracy && !classification)
            throw InputError("objective.metric", o.metric +
                                                     " needs a classification loss, "
                                                     "but the base trains with " +
                                                     loss + " (allowed: a loss or r2/mae metric)");
        if (regression && classification)
            throw InputError("objective.metric", o.metric +
                                                     " is a regression metric, but the "
                                                     "base trains with " +
                                                     loss + " (allowed: accuracy or loss metrics)");
    }
}

void checkFunctionSpace(const StudyDefinition& d) {
    auto function = analyticFunctionRegistry().create(d.objective.function, "objective.function",
                                                      d.objective.functionDimensions);
    for (int i = 0; i < function->dimensions(); ++i) {
        const std::string key = "x" + std::to_string(i);
        if (!d.space.indexOf(key) && d.strategy != "manual")
            throw InputError("space", d.objective.function + " needs the coordinates x0..x" +
                                          std::to_string(function->dimensions() - 1) +
                                          " in the space; " + key + " is missing");
    }
    for (const Dimension& dim : d.space.dimensions()) {
        bool known = false;
        for (int i = 0; i < function->dimensions(); ++i)
            known = known || dim.path == "x" + std::to_string(i);
        if (!known)
            throw InputError("space." + dim.path,
                             "is not a coordinate of " + d.objective.function + " (allowed: x0..x" +
                                 std::to_string(function->dimensions() - 1) + ")");
    }
}

/// The keys of the strategy object: the study's own and the sampler settings'.
bool isStrategyKey(const std::string& key) {
    static const std::set<std::string> own{"type", "trials", "pruner", "configs"};
    const std::vector<std::string>& sampler = SamplerSettings::keys();
    return own.count(key) || std::find(sampler.begin(), sampler.end(), key) != sampler.end();
}

void parseStrategy(const json& j, StudyDefinition& d) {
    if (!j.contains("strategy"))
        throw InputError("strategy", "is required, e.g. {\"type\": \"random\", \"trials\": 20}");
    const json& strategy = j.at("strategy");
    if (!strategy.is_object())
        throw InputError("strategy", "must be an object with a \"type\"");
    if (!strategy.contains("type") || !strategy.at("type").is_string())
        throw InputError("strategy.type", problem(ProblemCode::Required,
                                                  {joined(StudyDefinition::strategyNames())}));
    d.strategy = strategy.at("type").get<std::string>();
    const auto& names = StudyDefinition::strategyNames();
    if (std::find(names.begin(), names.end(), d.strategy) == names.end())
        throw InputError("strategy.type", problem(ProblemCode::UnknownName,
                                                  {"strategy", elide(d.strategy), joined(names)}));
    for (const auto& [key, _] : strategy.items())
        if (!isStrategyKey(key))
            throw InputError("strategy." + key,
                             "unknown key (allowed: type, trials, seed, pruner, configs and the "
                             "sampler settings listed in docs/study.md)");
    d.sampler = SamplerSettings::fromJson(strategy, "strategy");
    d.seed = d.sampler.seed;
    d.pruner = PrunerSpec::fromJson(strategy.value("pruner", json()), "strategy.pruner");

    if (d.strategy == "manual") {
        if (!strategy.contains("configs") || !strategy.at("configs").is_array() ||
            strategy.at("configs").empty())
            throw InputError("strategy.configs",
                             "manual needs a non-empty list of configs (whole config objects "
                             "or {\"dotted.path\": value} objects)");
        const json& configs = strategy.at("configs");
        for (std::size_t i = 0; i < configs.size(); ++i) {
            const std::string field = "strategy.configs." + std::to_string(i);
            if (!configs[i].is_object())
                throw InputError(field, "must be an object");
            Params params = flattenToParams(configs[i]);
            if (d.isFunction()) {
                try {
                    analyticFunctionRegistry()
                        .create(d.objective.function, "objective.function",
                                d.objective.functionDimensions)
                        ->evaluate(params);
                } catch (const InputError& e) {
                    throw InputError(field, e.problem());
                }
            } else {
                for (const auto& [path, _] : params)
                    if (!pathExists(d.base, path))
                        throw InputError(field + "." + path,
                                         "is not a field of the base config (docs/config.md)");
                try {
                    runConfigFromJson(applyParams(d.base, params));
                } catch (const InputError& e) {
                    rethrowUnder(field, e);
                }
            }
            d.manualTrials.push_back(std::move(params));
        }
    } else if (strategy.contains("configs")) {
        throw InputError("strategy.configs", "only applies to the manual strategy");
    }

    if (d.strategy != "manual" && d.space.empty())
        throw InputError("space",
                         "is empty: name at least one config field to vary (or use "
                         "the manual strategy with a list of configs)");
    int fallback = 20;
    if (d.strategy == "manual") {
        fallback = int(d.manualTrials.size());
    } else if (d.strategy == "grid") {
        GridSampler::checkSize(d.space, d.sampler);
        const std::size_t size = GridSampler::gridSize(d.space, d.sampler.pointsPerDimension);
        fallback = int(std::min<std::size_t>(size, 1000000));
    }
    d.trials = readInt(strategy, "trials", "strategy.trials", 1, 1000000, fallback);
    if (d.strategy == "manual")
        d.trials = std::min(d.trials, int(d.manualTrials.size()));
    d.sampler.trialBudget = std::size_t(d.trials);
    if (d.strategy == "grid" && std::size_t(d.trials) < std::size_t(fallback))
        d.warnings.push_back("strategy.trials: the grid has " + std::to_string(fallback) +
                             " points but the budget is " + std::to_string(d.trials) +
                             " trials: " + std::to_string(d.trials) +
                             " evenly spaced points run (set strategy.trials to " +
                             std::to_string(fallback) + " to run them all)");
}

}  // namespace

Params flattenToParams(const json& object) {
    Params out;
    if (object.is_object())
        for (const auto& [key, child] : object.items())
            flattenInto(child, key, out);
    return out;
}

const std::vector<std::string>& StudyDefinition::strategyNames() {
    static const std::vector<std::string> names{"manual", "grid",     "random",
                                                "sobol",  "bayesian", "tpe"};
    return names;
}

int StudyDefinition::effectiveWorkers() const {
    if (workers > 0)
        return workers;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

StudyDefinition StudyDefinition::fromJson(const json& j) {
    if (!j.is_object())
        throw InputError("study", "must be a JSON object with base, space, strategy and objective");
    static const std::set<std::string> kKeys{"name",        "description", "base",
                                             "space",       "strategy",    "objective",
                                             "max_seconds", "workers",     "repeats"};
    for (const auto& [key, _] : j.items())
        if (!kKeys.count(key))
            throw InputError(key,
                             "unknown study key (allowed: name, description, base, space, "
                             "strategy, objective, max_seconds, workers, repeats)");
    StudyDefinition d;
    if (j.contains("name")) {
        if (!j.at("name").is_string())
            throw InputError("name", "must be a string");
        d.name = j.at("name").get<std::string>();
    }
    if (!j.contains("objective"))
        throw InputError("objective",
                         "is required, e.g. {\"metric\": \"val_accuracy\"} or "
                         "{\"function\": \"branin\"}");
    d.objective = Objective::fromJson(j.at("objective"));

    if (d.isFunction()) {
        if (j.contains("base"))
            throw InputError("base", "a function objective trains no network; remove \"base\"");
        if (j.contains("space")) {
            d.space = SearchSpace::fromJson(j.at("space"));
        } else {
            d.space = analyticFunctionRegistry()
                          .create(d.objective.function, "objective.function",
                                  d.objective.functionDimensions)
                          ->defaultSpace();
        }
    } else {
        if (!j.contains("base") || !j.at("base").is_object())
            throw InputError("base",
                             "is required: the config every trial starts from "
                             "(docs/config.md)");
        try {
            d.base = hyperlab::toJson(runConfigFromJson(j.at("base")));
        } catch (const InputError& e) {
            rethrowUnder("base", e);
        }
        if (j.contains("space"))
            d.space = SearchSpace::fromJson(j.at("space"));
        checkSpaceAgainstBase(d.space, d.base);
    }
    parseStrategy(j, d);
    if (d.isFunction())
        checkFunctionSpace(d);
    else
        checkObjectiveAgainstBase(d);

    if (j.contains("max_seconds")) {
        const json& v = j.at("max_seconds");
        if (!v.is_number() || !(v.get<double>() >= 0.0))
            throw InputError(
                "max_seconds",
                "must be a number of seconds >= 0 (0 = no limit), got " + describeJson(v));
        d.maxSeconds = v.get<double>();
    }
    d.workers = readInt(j, "workers", "workers", 0, 1024, 0);
    d.repeats = readInt(j, "repeats", "repeats", 1, 100, 1);

    const bool hasEpochs = !d.isFunction() || d.objective.simulatedEpochs > 0;
    if (d.pruner.type != "none" && !hasEpochs)
        d.warnings.push_back(
            "strategy.pruner: a function objective without \"epochs\" reports "
            "no intermediate values, so the pruner never stops a trial");
    if (d.repeats > 1 && d.isFunction())
        d.warnings.push_back("repeats: an analytic function gives the same value for every seed");
    return d;
}

StudyDefinition StudyDefinition::load(const std::string& path) {
    const json j = readJsonFile(path, "study file");
    try {
        return fromJson(j);
    } catch (const InputError& e) {
        Problem inFile = e.problem();
        inFile.file = path;
        throw InputError(std::move(inFile));
    }
}

json StudyDefinition::toJson() const {
    json strategyJson = {
        {"type", strategy}, {"trials", trials}, {"seed", seed}, {"pruner", pruner.toJson()}};
    strategyJson.update(sampler.toJson(strategy));
    if (strategy == "manual") {
        json configs = json::array();
        for (const Params& p : manualTrials)
            configs.push_back(paramsToJson(p));
        strategyJson["configs"] = configs;
    }
    json out = {
        {"space", space.toJson()},   {"strategy", strategyJson}, {"objective", objective.toJson()},
        {"max_seconds", maxSeconds}, {"workers", workers},       {"repeats", repeats}};
    if (!name.empty())
        out["name"] = name;
    if (!isFunction())
        out["base"] = base;
    return out;
}

}  // namespace hyperlab
