#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include <Eigen/Core>
#include <nlohmann/json.hpp>

#include "search/params.h"
#include "search/search_space.h"

namespace hyperlab {

/// The one map between Params and the unit cube that every sampler shares
/// (Optuna's _transform.py). Two views of the same scaling:
///
/// * Uniform coordinates, one number u in [0, 1) per dimension (in space
///   order): what random, Sobol, TPE and the initial designs draw. Uniform u
///   gives uniform values (log-uniform for log ranges; each integer or choice
///   with equal probability).
/// * The encoding, a point of [0, 1]^encodedSize() for models (the GP):
///   float and int dimensions take one column holding their uniform
///   coordinate, categorical dimensions one column per choice (one-hot),
///   fixed dimensions none.
///
/// Per dimension, value <-> u:
///   float:       u = (x - low) / (high - low), or (ln x - ln low) / (ln high - ln low) for log.
///   int (K values low + k step): u = (k + 0.5) / K, back k = floor(u K) (clamped), so
///                every integer owns an equal slice of [0, 1].
///   int log:     u = (ln x - ln(low - 0.5)) / (ln(high + 0.5) - ln(low - 0.5)), back by
///                rounding exp(...), so each integer owns the slice [x - 0.5, x + 0.5] in log
///                space.
///   categorical: uniform view k = floor(u K); encoding one-hot, back by argmax (first wins).
///
/// Inactive dimensions (failed active_if) are encoded at kInactive = 0.5 in
/// every one of their columns: the centre of a numeric range, and equally far
/// from every one-hot corner, so an inactive dimension looks "neutral" to a
/// distance-based kernel rather than like any particular value.
class UnitCubeTransform {
public:
    static constexpr double kInactive = 0.5;

    explicit UnitCubeTransform(SearchSpace space);

    const SearchSpace& space() const { return m_space; }
    /// Width of the encoding (model input dimension).
    std::size_t encodedSize() const { return m_encodedSize; }
    /// First encoding column of dimension `index` and how many it has
    /// (1 numeric, K categorical, 0 fixed).
    std::size_t firstColumn(std::size_t index) const { return m_first[index]; }
    std::size_t columnCount(std::size_t index) const { return m_count[index]; }
    /// Whether column c is one-hot (categorical) rather than numeric.
    bool isOneHotColumn(std::size_t column) const { return m_oneHot[column]; }

    /// Encodes valid Params (see SearchSpace::isValid); throws InputError on
    /// a value a dimension cannot take.
    Eigen::VectorXd encode(const Params& params) const;
    /// Rows are encode(params[i]).
    Eigen::MatrixXd encodeAll(const std::vector<Params>& params) const;
    /// Decodes any point of R^encodedSize() (clamped to the cube) to valid
    /// Params: numeric columns are clamped and rounded, one-hot blocks take
    /// their argmax, inactive dimensions are dropped.
    Params decode(const Eigen::Ref<const Eigen::VectorXd>& point) const;
    /// encode(decode(point)): the nearest valid encoding.
    Eigen::VectorXd project(const Eigen::Ref<const Eigen::VectorXd>& point) const {
        return encode(decode(point));
    }

    /// Params from uniform coordinates, u.size() == space().size().
    Params fromUniform(std::span<const double> u) const;

    /// Value of one dimension at uniform coordinate u (fixed: its value).
    static nlohmann::json valueAt(const Dimension& dimension, double u);
    /// Uniform coordinate of a value (categorical: the centre of its slice).
    static double uniformOf(const Dimension& dimension, const nlohmann::json& value);

private:
    SearchSpace m_space;
    std::vector<std::size_t> m_first;
    std::vector<std::size_t> m_count;
    std::vector<bool> m_oneHot;
    std::size_t m_encodedSize = 0;
};

}  // namespace hyperlab
