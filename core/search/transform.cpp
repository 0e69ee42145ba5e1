#include "search/transform.h"

#include <algorithm>
#include <cmath>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

using nlohmann::json;

namespace {

double clamp01(double u) {
    if (!(u >= 0.0))
        return 0.0;  // also maps NaN to 0
    return std::min(u, 1.0);
}

std::int64_t intIndex(double u, std::int64_t count) {
    const auto k = static_cast<std::int64_t>(std::floor(clamp01(u) * static_cast<double>(count)));
    return std::clamp<std::int64_t>(k, 0, count - 1);
}

}  // namespace

UnitCubeTransform::UnitCubeTransform(SearchSpace space) : m_space(std::move(space)) {
    for (const Dimension& d : m_space.dimensions()) {
        m_first.push_back(m_encodedSize);
        std::size_t count = 1;
        if (auto c = d.as<CategoricalDimension>())
            count = c->values.size();
        if (d.as<FixedDimension>())
            count = 0;
        m_count.push_back(count);
        for (std::size_t k = 0; k < count; ++k)
            m_oneHot.push_back(d.as<CategoricalDimension>());
        m_encodedSize += count;
    }
}

json UnitCubeTransform::valueAt(const Dimension& dimension, double u) {
    return std::visit(
        [u](const auto& d) -> json {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, FloatDimension>) {
                const double t = clamp01(u);
                double x =
                    d.log ? std::exp(std::log(d.low) + t * (std::log(d.high) - std::log(d.low)))
                          : d.low + t * (d.high - d.low);
                return std::clamp(x, d.low, d.high);
            } else if constexpr (std::is_same_v<T, IntDimension>) {
                if (!d.log)
                    return d.valueAt(intIndex(u, d.count()));
                const double a = std::log(d.low - 0.5), b = std::log(d.high + 0.5);
                const double x = std::round(std::exp(a + clamp01(u) * (b - a)));
                return std::clamp(static_cast<std::int64_t>(x), d.low, d.high);
            } else if constexpr (std::is_same_v<T, CategoricalDimension>) {
                return d.values[static_cast<std::size_t>(
                    intIndex(u, static_cast<std::int64_t>(d.values.size())))];
            } else {
                return d.value;
            }
        },
        dimension.distribution);
}

double UnitCubeTransform::uniformOf(const Dimension& dimension, const json& value) {
    if (!dimension.contains(value))
        throw InputError(dimension.path, "value " + describeJson(value) + " is not one this " +
                                             dimension.kindName() + " dimension can take");
    return std::visit(
        [&value](const auto& d) -> double {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, FloatDimension>) {
                const double x = value.get<double>();
                if (d.log)
                    return (std::log(x) - std::log(d.low)) / (std::log(d.high) - std::log(d.low));
                return (x - d.low) / (d.high - d.low);
            } else if constexpr (std::is_same_v<T, IntDimension>) {
                const double x = value.get<double>();
                if (d.log) {
                    const double a = std::log(d.low - 0.5), b = std::log(d.high + 0.5);
                    return (std::log(x) - a) / (b - a);
                }
                const double k = (x - static_cast<double>(d.low)) / static_cast<double>(d.step);
                return (k + 0.5) / static_cast<double>(d.count());
            } else if constexpr (std::is_same_v<T, CategoricalDimension>) {
                return (static_cast<double>(*d.indexOf(value)) + 0.5) /
                       static_cast<double>(d.values.size());
            } else {
                return UnitCubeTransform::kInactive;
            }
        },
        dimension.distribution);
}

Eigen::VectorXd UnitCubeTransform::encode(const Params& params) const {
    Eigen::VectorXd x =
        Eigen::VectorXd::Constant(static_cast<Eigen::Index>(m_encodedSize), kInactive);
    for (std::size_t i = 0; i < m_space.size(); ++i) {
        const Dimension& d = m_space[i];
        auto it = params.find(d.path);
        if (it == params.end() || m_count[i] == 0)
            continue;
        const auto col = static_cast<Eigen::Index>(m_first[i]);
        if (auto c = d.as<CategoricalDimension>()) {
            auto k = c->indexOf(it->second);
            if (!k)
                throw InputError(d.path, "value " + describeJson(it->second) +
                                             " is not one of the choices of this dimension");
            x.segment(col, static_cast<Eigen::Index>(m_count[i])).setZero();
            x[col + static_cast<Eigen::Index>(*k)] = 1.0;
        } else {
            x[col] = uniformOf(d, it->second);
        }
    }
    return x;
}

Eigen::MatrixXd UnitCubeTransform::encodeAll(const std::vector<Params>& params) const {
    Eigen::MatrixXd out(static_cast<Eigen::Index>(params.size()),
                        static_cast<Eigen::Index>(m_encodedSize));
    for (std::size_t r = 0; r < params.size(); ++r)
        out.row(static_cast<Eigen::Index>(r)) = encode(params[r]).transpose();
    return out;
}

Params UnitCubeTransform::decode(const Eigen::Ref<const Eigen::VectorXd>& point) const {
    return m_space.resolve([&](std::size_t i) -> json {
        const Dimension& d = m_space[i];
        const auto col = static_cast<Eigen::Index>(m_first[i]);
        if (auto c = d.as<CategoricalDimension>()) {
            Eigen::Index best = 0;
            point.segment(col, static_cast<Eigen::Index>(m_count[i])).maxCoeff(&best);
            return c->values[static_cast<std::size_t>(best)];
        }
        return valueAt(d, point[col]);
    });
}

Params UnitCubeTransform::fromUniform(std::span<const double> u) const {
    return m_space.resolve([&](std::size_t i) { return valueAt(m_space[i], u[i]); });
}

}  // namespace hyperlab
