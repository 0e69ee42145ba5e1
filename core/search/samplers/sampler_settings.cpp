#include "search/samplers/sampler_settings.h"

#include <cmath>
#include <limits>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

using nlohmann::json;

namespace {

void readInteger(const json& j, const char* key, const std::string& field, int& out, int min,
                 int max) {
    if (j.contains(key))
        out = int(jsonInteger(j.at(key), field + "." + key, min, max));
}

void readBool(const json& j, const char* key, const std::string& field, bool& out) {
    if (!j.contains(key))
        return;
    if (!j.at(key).is_boolean())
        throw InputError(field + "." + key, problem(ProblemCode::Boolean, {describeJson(j.at(key))}));
    out = j.at(key).get<bool>();
}

void readNumber(const json& j, const char* key, const std::string& field, double& out, double min,
                double max) {
    if (!j.contains(key))
        return;
    const json& v = j.at(key);
    if (!v.is_number() || !(v.get<double>() >= min && v.get<double>() <= max))
        throw InputError(field + "." + key,
                         problem(ProblemCode::NumberIn,
                                 {"[" + json(min).dump() + ", " + json(max).dump() + "]",
                                  describeJson(v)}));
    out = v.get<double>();
}

}  // namespace

SamplerSettings SamplerSettings::fromJson(const json& strategy, const std::string& field) {
    SamplerSettings s;
    if (strategy.is_null())
        return s;
    if (!strategy.is_object())
        throw InputError(field, "must be an object");
    if (strategy.contains("seed"))
        s.seed = jsonUnsigned(strategy.at("seed"), field + ".seed", 0,
                              std::numeric_limits<std::uint64_t>::max());
    readInteger(strategy, "points_per_dimension", field, s.pointsPerDimension, 1,
                kMaxPointsPerDimension);
    readBool(strategy, "shuffle", field, s.shuffle);
    if (strategy.contains("max_grid_size"))
        s.maxGridSize = std::size_t(
            jsonInteger(strategy.at("max_grid_size"), field + ".max_grid_size", 1, kMaxGridPoints));
    readBool(strategy, "allow_large_grid", field, s.allowLargeGrid);
    readBool(strategy, "scramble", field, s.scramble);
    readInteger(strategy, "initial_trials", field, s.initialTrials, 0, kMaxSettingTrials);
    readInteger(strategy, "candidates", field, s.candidates, 1, kMaxCandidates);
    readInteger(strategy, "refine_starts", field, s.refineStarts, 0, kMaxRestarts);
    readInteger(strategy, "fit_restarts", field, s.fitRestarts, 0, kMaxRestarts);
    readInteger(strategy, "fit_iterations", field, s.fitIterations, 1, kMaxFitIterations);
    readNumber(strategy, "min_distance", field, s.minDistance, 0.0, 1.0);
    readInteger(strategy, "startup_trials", field, s.tpeStartupTrials, 0, kMaxSettingTrials);
    readInteger(strategy, "ei_candidates", field, s.tpeCandidates, 1, kMaxEiCandidates);
    readNumber(strategy, "gamma", field, s.tpeGamma, 0.0, 1.0);
    readInteger(strategy, "max_good", field, s.tpeMaxGood, 1, kMaxSettingTrials);
    readBool(strategy, "constant_liar", field, s.constantLiar);
    return s;
}

}  // namespace hyperlab
