#include "search/samplers/sampler_settings.h"

#include <cmath>

#include "common/errors.h"

namespace hyperlab {

using nlohmann::json;

namespace {

template <typename T>
void readInteger(const json& j, const char* key, const std::string& field, T& out, double min) {
    if (!j.contains(key))
        return;
    const json& v = j.at(key);
    const bool integral = v.is_number_integer() ||
                          (v.is_number_float() && v.get<double>() == std::floor(v.get<double>()));
    if (!integral || v.get<double>() < min)
        throw InputError(field + "." + key,
                         "must be an integer >= " + json(min).dump() + ", got " + v.dump());
    out = static_cast<T>(v.get<double>());
    if (v.is_number_integer())
        out = v.get<T>();
}

void readBool(const json& j, const char* key, const std::string& field, bool& out) {
    if (!j.contains(key))
        return;
    if (!j.at(key).is_boolean())
        throw InputError(field + "." + key, "must be true or false, got " + j.at(key).dump());
    out = j.at(key).get<bool>();
}

void readNumber(const json& j, const char* key, const std::string& field, double& out, double min,
                double max) {
    if (!j.contains(key))
        return;
    const json& v = j.at(key);
    if (!v.is_number() || !(v.get<double>() >= min && v.get<double>() <= max))
        throw InputError(field + "." + key, "must be a number in [" + json(min).dump() + ", " +
                                                json(max).dump() + "], got " + v.dump());
    out = v.get<double>();
}

}  // namespace

SamplerSettings SamplerSettings::fromJson(const json& strategy, const std::string& field) {
    SamplerSettings s;
    if (strategy.is_null())
        return s;
    if (!strategy.is_object())
        throw InputError(field, "must be an object");
    readInteger(strategy, "seed", field, s.seed, 0);
    readInteger(strategy, "points_per_dimension", field, s.pointsPerDimension, 1);
    readBool(strategy, "shuffle", field, s.shuffle);
    readInteger(strategy, "max_grid_size", field, s.maxGridSize, 1);
    readBool(strategy, "allow_large_grid", field, s.allowLargeGrid);
    readBool(strategy, "scramble", field, s.scramble);
    readInteger(strategy, "initial_trials", field, s.initialTrials, 0);
    readInteger(strategy, "candidates", field, s.candidates, 1);
    readInteger(strategy, "refine_starts", field, s.refineStarts, 0);
    readInteger(strategy, "fit_restarts", field, s.fitRestarts, 0);
    readInteger(strategy, "fit_iterations", field, s.fitIterations, 1);
    readNumber(strategy, "min_distance", field, s.minDistance, 0.0, 1.0);
    readInteger(strategy, "startup_trials", field, s.tpeStartupTrials, 0);
    readInteger(strategy, "ei_candidates", field, s.tpeCandidates, 1);
    readNumber(strategy, "gamma", field, s.tpeGamma, 0.0, 1.0);
    readInteger(strategy, "max_good", field, s.tpeMaxGood, 1);
    readBool(strategy, "constant_liar", field, s.constantLiar);
    return s;
}

}  // namespace hyperlab
