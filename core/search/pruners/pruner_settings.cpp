#include "search/pruners/pruner_settings.h"

#include <cmath>
#include <set>

#include "common/errors.h"
#include "io/json_input.h"
#include "search/pruners/pruner.h"

namespace hyperlab {

using nlohmann::json;

namespace {

int readInt(const json& object, const char* key, const std::string& field, int current, int min) {
    if (!object.contains(key))
        return current;
    return int(jsonInteger(object.at(key), field + "." + key, min, 1000000));
}

}  // namespace

PrunerSpec PrunerSpec::fromJson(const json& j, const std::string& field) {
    PrunerSpec spec;
    if (j.is_null())
        return spec;
    const json* object = nullptr;
    if (j.is_string()) {
        spec.type = j.get<std::string>();
    } else if (j.is_object()) {
        object = &j;
        if (!j.contains("type") || !j.at("type").is_string())
            throw InputError(field + ".type",
                             problem(ProblemCode::Required, {prunerRegistry().joinedNames()}));
        spec.type = j.at("type").get<std::string>();
    } else {
        throw InputError(field, "must be a pruner name or an object with \"type\" (allowed: " +
                                    prunerRegistry().joinedNames() + ")");
    }
    if (spec.type == "successive_halving")
        spec.type = "asha";
    if (!prunerRegistry().contains(spec.type))
        throw InputError(object ? field + ".type" : field,
                         problem(ProblemCode::UnknownName,
                                 {"pruner", spec.type, prunerRegistry().joinedNames()}));
    if (object) {
        static const std::set<std::string> kKeys{"type",         "warmup_epochs",
                                                 "min_trials",   "reduction_factor",
                                                 "min_resource", "bootstrap_trials"};
        for (const auto& [key, _] : j.items())
            if (!kKeys.count(key))
                throw InputError(field + "." + key,
                                 "unknown pruner setting (allowed: warmup_epochs, min_trials, "
                                 "reduction_factor, min_resource, bootstrap_trials)");
        PrunerSettings& s = spec.settings;
        s.warmupEpochs = readInt(j, "warmup_epochs", field, s.warmupEpochs, 0);
        s.minTrials = readInt(j, "min_trials", field, s.minTrials, 1);
        s.reductionFactor = readInt(j, "reduction_factor", field, s.reductionFactor, 2);
        s.minResource = readInt(j, "min_resource", field, s.minResource, 1);
        s.bootstrapTrials = readInt(j, "bootstrap_trials", field, s.bootstrapTrials, 0);
    }
    return spec;
}

json PrunerSpec::toJson() const {
    return {{"type", type},
            {"warmup_epochs", settings.warmupEpochs},
            {"min_trials", settings.minTrials},
            {"reduction_factor", settings.reductionFactor},
            {"min_resource", settings.minResource},
            {"bootstrap_trials", settings.bootstrapTrials}};
}

}  // namespace hyperlab
