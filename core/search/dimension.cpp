#include "search/dimension.h"

#include <cmath>
#include <limits>
#include <set>
#include <unordered_set>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

using nlohmann::json;

std::optional<std::size_t> CategoricalDimension::indexOf(const json& value) const {
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == value)
            return i;
    return std::nullopt;
}

bool Condition::accepts(const json& parentValue) const {
    for (const auto& v : values)
        if (v == parentValue)
            return true;
    return false;
}

std::string Dimension::kindName() const {
    switch (distribution.index()) {
        case 0:
            return "float";
        case 1:
            return "int";
        case 2:
            return "categorical";
        default:
            return "fixed";
    }
}

namespace {

// An integer stored as a JSON integer or as a float with no fractional part
// (JSON writers often print 3 as 3.0).
std::optional<std::int64_t> asInteger(const json& value) {
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            return static_cast<std::int64_t>(d);
    }
    return std::nullopt;
}

double requireNumber(const json& spec, const char* key, const std::string& field) {
    if (!spec.contains(key))
        throw InputError(field + "." + key, "missing (a number is required)");
    const json& v = spec.at(key);
    if (!v.is_number() || !std::isfinite(v.get<double>()))
        throw InputError(field + "." + key, problem(ProblemCode::FiniteNumber, {describeJson(v)}));
    return v.get<double>();
}

/// Bounds of an int range: exact as doubles (the unit-cube transform maps
/// through them), and far enough inside 64 bits that high - low and the
/// value count cannot overflow.
constexpr std::int64_t kMaxIntBound = std::int64_t(1) << 53;

/// Choices of one categorical dimension. Each is a column of the one-hot
/// encoding and a candidate for every suggestion.
constexpr std::size_t kMaxChoices = 1000;

std::int64_t requireInteger(const json& spec, const char* key, const std::string& field) {
    if (!spec.contains(key))
        throw InputError(field + "." + key, "missing (an integer is required)");
    return jsonInteger(spec.at(key), field + "." + key, -kMaxIntBound, kMaxIntBound);
}

/// A hash consistent with JSON equality, under which 1 == 1.0 and [1] ==
/// [1.0]: numbers hash by their double value.
std::size_t jsonHash(const json& value) {
    if (value.is_number())
        return std::hash<double>()(value.get<double>());
    if (value.is_array() || value.is_object()) {
        std::size_t h = value.size() * 31 + std::size_t(value.type());
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (value.is_object())
                h = h * 131 + std::hash<std::string>()(it.key());
            h = h * 131 + jsonHash(it.value());
        }
        return h;
    }
    return std::hash<json>()(value);
}

bool optionalBool(const json& spec, const char* key, const std::string& field) {
    if (!spec.contains(key))
        return false;
    if (!spec.at(key).is_boolean())
        throw InputError(field + "." + key,
                         problem(ProblemCode::Boolean, {describeJson(spec.at(key))}));
    return spec.at(key).get<bool>();
}

void rejectUnknownKeys(const json& spec, const std::set<std::string>& allowed,
                       const std::string& field) {
    for (const auto& [key, _] : spec.items()) {
        if (allowed.count(key))
            continue;
        std::string list;
        for (const auto& a : allowed)
            list += (list.empty() ? "" : ", ") + a;
        throw InputError(field + "." + key, problem(ProblemCode::UnknownField, {list}));
    }
}

std::vector<Condition> parseConditions(const json& activeIf, const std::string& field) {
    if (!activeIf.is_object() || activeIf.empty())
        throw InputError(field, "must be an object {\"<dimension path>\": [values...]}, got " +
                                    describeJson(activeIf));
    std::vector<Condition> out;
    for (const auto& [parent, values] : activeIf.items()) {
        Condition c;
        c.parent = parent;
        // A single value is accepted as shorthand for a one-element list.
        if (values.is_array()) {
            if (values.empty())
                throw InputError(field + "." + parent, "needs at least one value");
            for (const auto& v : values)
                c.values.push_back(v);
        } else {
            c.values.push_back(values);
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

bool Dimension::contains(const json& value) const {
    return std::visit(
        [&](const auto& d) -> bool {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, FloatDimension>) {
                if (!value.is_number())
                    return false;
                const double x = value.get<double>();
                return x >= d.low && x <= d.high;
            } else if constexpr (std::is_same_v<T, IntDimension>) {
                auto x = asInteger(value);
                return x && *x >= d.low && *x <= d.high && (*x - d.low) % d.step == 0;
            } else if constexpr (std::is_same_v<T, CategoricalDimension>) {
                return d.indexOf(value).has_value();
            } else {
                return value == d.value;
            }
        },
        distribution);
}

Dimension parseDimension(const std::string& path, const json& spec, const std::string& prefix) {
    const std::string field = prefix.empty() ? path : prefix + "." + path;
    if (path.empty())
        throw InputError(prefix, "a dimension needs a non-empty config path");
    if (!spec.is_object())
        throw InputError(field,
                         "must be an object with a \"type\" (allowed: float, int, "
                         "categorical, fixed), got " +
                             describeJson(spec));
    if (!spec.contains("type") || !spec.at("type").is_string())
        throw InputError(field + ".type",
                         "missing or not a string (allowed: float, int, "
                         "categorical, fixed)");
    const std::string type = spec.at("type").get<std::string>();

    Dimension dim;
    dim.path = path;
    if (type == "float") {
        rejectUnknownKeys(spec, {"type", "low", "high", "log", "active_if"}, field);
        FloatDimension d;
        d.low = requireNumber(spec, "low", field);
        d.high = requireNumber(spec, "high", field);
        d.log = optionalBool(spec, "log", field);
        if (d.low >= d.high)
            throw InputError(field + ".low", problem(ProblemCode::BelowHigh,
                                                     {json(d.high).dump(), json(d.low).dump()}));
        if (d.log && d.low <= 0.0)
            throw InputError(field + ".low",
                             problem(ProblemCode::LogRangeNeedsPositive, {json(d.low).dump()}));
        dim.distribution = d;
    } else if (type == "int") {
        rejectUnknownKeys(spec, {"type", "low", "high", "step", "log", "active_if"}, field);
        IntDimension d;
        d.low = requireInteger(spec, "low", field);
        d.high = requireInteger(spec, "high", field);
        d.step = spec.contains("step") ? requireInteger(spec, "step", field) : 1;
        d.log = optionalBool(spec, "log", field);
        if (d.low >= d.high)
            throw InputError(
                field + ".low",
                problem(ProblemCode::BelowHigh, {std::to_string(d.high), std::to_string(d.low)}));
        if (d.step < 1)
            throw InputError(field + ".step",
                             problem(ProblemCode::AtLeast, {"1", std::to_string(d.step)}));
        if ((d.high - d.low) % d.step != 0)
            throw InputError(
                field + ".high",
                "high - low must be a multiple of step " + std::to_string(d.step) +
                    " (allowed: " + std::to_string(d.high - (d.high - d.low) % d.step) + ")");
        if (d.log && d.low < 1)
            throw InputError(field + ".low", "must be >= 1 for a log range, got " +
                                                 std::to_string(d.low) +
                                                 " (allowed: low >= 1, or \"log\": false)");
        if (d.log && d.step != 1)
            throw InputError(field + ".step",
                             "a log range needs step 1, got " + std::to_string(d.step));
        dim.distribution = d;
    } else if (type == "categorical") {
        rejectUnknownKeys(spec, {"type", "values", "active_if"}, field);
        if (!spec.contains("values") || !spec.at("values").is_array() || spec.at("values").empty())
            throw InputError(field + ".values", "must be a non-empty list of choices");
        const json& values = spec.at("values");
        if (values.size() > kMaxChoices)
            throw InputError(field + ".values", std::to_string(values.size()) +
                                                    " choices are too many (allowed: 1 to " +
                                                    std::to_string(kMaxChoices) + " choices)");
        CategoricalDimension d;
        // Duplicates found by hashing: comparing every pair is quadratic.
        const auto hash = [](const json* v) { return jsonHash(*v); };
        const auto equal = [](const json* a, const json* b) { return *a == *b; };
        std::unordered_set<const json*, decltype(hash), decltype(equal)> seen(values.size(), hash,
                                                                              equal);
        for (const auto& v : values) {
            if (!seen.insert(&v).second)
                throw InputError(field + ".values", "duplicate choice " + describeJson(v));
            d.values.push_back(v);
        }
        dim.distribution = d;
    } else if (type == "fixed") {
        rejectUnknownKeys(spec, {"type", "value", "active_if"}, field);
        if (!spec.contains("value"))
            throw InputError(field + ".value", "missing");
        dim.distribution = FixedDimension{spec.at("value")};
    } else {
        throw InputError(
            field + ".type",
            problem(ProblemCode::UnknownName, {"type", type, "float, int, categorical, fixed"}));
    }
    if (spec.contains("active_if"))
        dim.conditions = parseConditions(spec.at("active_if"), field + ".active_if");
    return dim;
}

json dimensionToJson(const Dimension& dimension) {
    json out = std::visit(
        [](const auto& d) -> json {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, FloatDimension>) {
                return {{"type", "float"}, {"low", d.low}, {"high", d.high}, {"log", d.log}};
            } else if constexpr (std::is_same_v<T, IntDimension>) {
                return {{"type", "int"},
                        {"low", d.low},
                        {"high", d.high},
                        {"step", d.step},
                        {"log", d.log}};
            } else if constexpr (std::is_same_v<T, CategoricalDimension>) {
                return {{"type", "categorical"}, {"values", d.values}};
            } else {
                return {{"type", "fixed"}, {"value", d.value}};
            }
        },
        dimension.distribution);
    if (!dimension.conditions.empty()) {
        json activeIf = json::object();
        for (const auto& c : dimension.conditions)
            activeIf[c.parent] = c.values;
        out["active_if"] = activeIf;
    }
    return out;
}

}  // namespace hyperlab
