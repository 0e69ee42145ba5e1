#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace hyperlab {

// The four kinds of search dimension (Optuna's distributions). They form a
// closed family that every sampler must handle, so they live together here as
// a std::variant rather than behind a virtual interface: a sampler that
// forgets a kind fails to compile instead of failing at run time.

/// A real range [low, high]. log = true samples log-uniformly (needs low > 0),
/// the right choice for learning rates and weight decay.
struct FloatDimension {
    double low = 0.0;
    double high = 1.0;
    bool log = false;
};

/// The integers low, low + step, ..., high ((high - low) is a multiple of
/// step). log = true samples log-uniformly and needs low >= 1 and step 1.
struct IntDimension {
    std::int64_t low = 0;
    std::int64_t high = 1;
    std::int64_t step = 1;
    bool log = false;

    /// Number of admissible values.
    std::int64_t count() const { return (high - low) / step + 1; }
    /// The k-th admissible value, k in [0, count()).
    std::int64_t valueAt(std::int64_t k) const { return low + k * step; }
};

/// A list of choices: numbers, strings or whole JSON values ([64], [128, 64]).
/// Encoded one-hot: no order is assumed between the choices.
struct CategoricalDimension {
    std::vector<nlohmann::json> values;

    /// Index of `value` among the choices (JSON equality, so 1 == 1.0).
    std::optional<std::size_t> indexOf(const nlohmann::json& value) const;
};

/// A value that is set but not searched (it still follows active_if).
struct FixedDimension {
    nlohmann::json value;
};

using Distribution =
    std::variant<FloatDimension, IntDimension, CategoricalDimension, FixedDimension>;

/// One clause of "active_if": the dimension is active only when `parent` is
/// itself active and its value is one of `values`.
struct Condition {
    std::string parent;
    std::vector<nlohmann::json> values;

    bool accepts(const nlohmann::json& parentValue) const;
};

/// A searched config field: its dotted path in the config JSON, what values it
/// may take, and when it is active (all conditions must hold; none = always).
struct Dimension {
    std::string path;
    Distribution distribution;
    std::vector<Condition> conditions;

    /// "float", "int", "categorical" or "fixed".
    std::string kindName() const;
    bool isConditional() const { return !conditions.empty(); }
    /// True when `value` is one of the values this dimension can take.
    bool contains(const nlohmann::json& value) const;
    /// The distribution as T, or nullptr when it is another kind.
    template <typename T>
    const T* as() const {
        return std::get_if<T>(&distribution);
    }
};

/// Parses one entry of a study's "space" object, e.g.
///   {"type": "float", "low": 1e-4, "high": 0.3, "log": true}
///   {"type": "int", "low": 1, "high": 4, "step": 1}
///   {"type": "categorical", "values": ["sgd", "adam"]}
///   {"type": "fixed", "value": 0.9}
/// each optionally with "active_if": {"training.optimizer": ["sgd", "rmsprop"]}.
/// Errors are InputError with field "<prefix>.<path>.<field>", e.g.
/// "space.training.learning_rate.low". Condition targets are checked later by
/// SearchSpace, which sees all dimensions.
Dimension parseDimension(const std::string& path, const nlohmann::json& spec,
                         const std::string& prefix = "space");

/// The JSON form parseDimension reads (round trip).
nlohmann::json dimensionToJson(const Dimension& dimension);

}  // namespace hyperlab
