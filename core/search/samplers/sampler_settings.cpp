#include "search/samplers/sampler_settings.h"

#include <limits>
#include <type_traits>
#include <variant>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

using nlohmann::json;

namespace {

/// One key of a strategy object: the sampler that reads it, the field it
/// sets and, for numbers, the allowed range. The only list of sampler keys:
/// reading, writing and the set of known keys all come from it.
struct Option {
    const char* sampler;  ///< null for an alias, which is read but never written
    const char* key;
    std::variant<int SamplerSettings::*, std::size_t SamplerSettings::*, bool SamplerSettings::*,
                 double SamplerSettings::*>
        field;
    double low = 0.0, high = 0.0;
};

using S = SamplerSettings;
const Option kOptions[] = {
    {"grid", "points_per_dimension", &S::pointsPerDimension, 1, kMaxPointsPerDimension},
    {"grid", "shuffle", &S::shuffle},
    {"grid", "max_grid_size", &S::maxGridSize, 1, double(kMaxGridPoints)},
    {"grid", "allow_large_grid", &S::allowLargeGrid},
    {nullptr, "allow_large", &S::allowLargeGrid},  // short form of allow_large_grid
    {"sobol", "scramble", &S::scramble},
    {"bayesian", "initial_trials", &S::initialTrials, 0, kMaxSettingTrials},
    {"bayesian", "candidates", &S::candidates, 1, kMaxCandidates},
    {"bayesian", "refine_starts", &S::refineStarts, 0, kMaxRestarts},
    {"bayesian", "fit_restarts", &S::fitRestarts, 0, kMaxRestarts},
    {"bayesian", "fit_iterations", &S::fitIterations, 1, kMaxFitIterations},
    {"bayesian", "min_distance", &S::minDistance, 0.0, 1.0},
    {"tpe", "startup_trials", &S::tpeStartupTrials, 0, kMaxSettingTrials},
    {"tpe", "ei_candidates", &S::tpeCandidates, 1, kMaxEiCandidates},
    {"tpe", "gamma", &S::tpeGamma, 0.0, 1.0},
    {"tpe", "max_good", &S::tpeMaxGood, 1, kMaxSettingTrials},
    {"tpe", "constant_liar", &S::constantLiar},
};

void read(const Option& option, const json& value, const std::string& field, S& settings) {
    std::visit(
        [&](auto member) {
            using T = std::remove_reference_t<decltype(settings.*member)>;
            if constexpr (std::is_same_v<T, bool>) {
                if (!value.is_boolean())
                    throw InputError(field, problem(ProblemCode::Boolean, {describeJson(value)}));
                settings.*member = value.get<bool>();
            } else if constexpr (std::is_floating_point_v<T>) {
                if (!value.is_number() ||
                    !(value.get<double>() >= option.low && value.get<double>() <= option.high))
                    throw InputError(field, problem(ProblemCode::NumberIn,
                                                    {"[" + json(option.low).dump() + ", " +
                                                         json(option.high).dump() + "]",
                                                     describeJson(value)}));
                settings.*member = value.get<double>();
            } else {
                settings.*member = T(
                    jsonInteger(value, field, std::int64_t(option.low), std::int64_t(option.high)));
            }
        },
        option.field);
}

}  // namespace

SamplerSettings SamplerSettings::fromJson(const json& strategy, const std::string& field) {
    SamplerSettings s;
    s.update(strategy, field);
    return s;
}

void SamplerSettings::update(const json& strategy, const std::string& field) {
    if (strategy.is_null())
        return;
    if (!strategy.is_object())
        throw InputError(field, "must be an object");
    if (strategy.contains("seed"))
        seed = jsonUnsigned(strategy.at("seed"), field + ".seed", 0,
                            std::numeric_limits<std::uint64_t>::max());
    for (const Option& option : kOptions)
        if (strategy.contains(option.key))
            read(option, strategy.at(option.key), field + "." + option.key, *this);
}

json SamplerSettings::toJson(const std::string& sampler) const {
    json out = json::object();
    for (const Option& option : kOptions)
        if (option.sampler && sampler == option.sampler)
            std::visit([&](auto member) { out[option.key] = this->*member; }, option.field);
    return out;
}

const std::vector<std::string>& SamplerSettings::keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> out{"seed"};
        for (const Option& option : kOptions)
            out.emplace_back(option.key);
        return out;
    }();
    return keys;
}

}  // namespace hyperlab
