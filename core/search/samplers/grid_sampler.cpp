#include "search/samplers/grid_sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

#include "common/errors.h"

namespace hyperlab {

using nlohmann::json;

namespace {

constexpr std::size_t kSaturated = std::numeric_limits<std::size_t>::max();

std::size_t saturatingAdd(std::size_t a, std::size_t b) {
    return a > kSaturated - b ? kSaturated : a + b;
}

std::size_t saturatingMultiply(std::size_t a, std::size_t b) {
    if (a == 0 || b == 0)
        return 0;
    return a > kSaturated / b ? kSaturated : a * b;
}

// Dimensions some condition refers to: the only ones the enumeration has to
// branch on to know which dimensions are active.
std::vector<bool> parentFlags(const SearchSpace& space) {
    std::vector<bool> flags(space.size(), false);
    for (const auto& d : space.dimensions())
        for (const auto& c : d.conditions)
            flags[*space.indexOf(c.parent)] = true;
    return flags;
}

struct GridWalk {
    const SearchSpace& space;
    std::vector<std::vector<json>> values;
    std::vector<bool> isParent;

    GridWalk(const SearchSpace& s, int points) : space(s), isParent(parentFlags(s)) {
        for (const auto& d : s.dimensions())
            values.push_back(GridSampler::gridValues(d, points));
    }

    std::size_t count(std::size_t pos, Params& assigned) const {
        const auto& order = space.dependencyOrder();
        if (pos == order.size())
            return 1;
        const std::size_t i = order[pos];
        if (!space.isActive(i, assigned))
            return count(pos + 1, assigned);
        if (!isParent[i])
            return saturatingMultiply(values[i].size(), count(pos + 1, assigned));
        std::size_t total = 0;
        for (const auto& v : values[i]) {
            assigned[space[i].path] = v;
            total = saturatingAdd(total, count(pos + 1, assigned));
        }
        assigned.erase(space[i].path);
        return total;
    }

    void enumerate(std::size_t pos, Params& current, std::vector<Params>& out) const {
        const auto& order = space.dependencyOrder();
        if (pos == order.size()) {
            out.push_back(current);
            return;
        }
        const std::size_t i = order[pos];
        if (!space.isActive(i, current)) {
            enumerate(pos + 1, current, out);
            return;
        }
        for (const auto& v : values[i]) {
            current[space[i].path] = v;
            enumerate(pos + 1, current, out);
        }
        current.erase(space[i].path);
    }
};

}  // namespace

GridSampler::GridSampler(const SamplerSettings& settings) : m_settings(settings) {}

std::vector<json> GridSampler::gridValues(const Dimension& dimension, int points) {
    const int n = std::max(points, 1);
    // Position t in [0, 1] -> value, linear or geometric between the ends.
    auto spaced = [n](double low, double high, bool log, int i) {
        if (n == 1)
            return log ? std::sqrt(low * high) : 0.5 * (low + high);
        if (i == 0)
            return low;
        if (i == n - 1)
            return high;
        const double t = static_cast<double>(i) / (n - 1);
        return log ? std::exp(std::log(low) + t * (std::log(high) - std::log(low)))
                   : low + t * (high - low);
    };
    std::vector<json> out;
    if (auto f = dimension.as<FloatDimension>()) {
        for (int i = 0; i < n; ++i)
            out.emplace_back(spaced(f->low, f->high, f->log, i));
    } else if (auto d = dimension.as<IntDimension>()) {
        if (d->count() <= n) {
            for (std::int64_t k = 0; k < d->count(); ++k)
                out.emplace_back(d->valueAt(k));
        } else {
            std::int64_t last = std::numeric_limits<std::int64_t>::min();
            for (int i = 0; i < n; ++i) {
                const double x =
                    spaced(static_cast<double>(d->low), static_cast<double>(d->high), d->log, i);
                auto k = static_cast<std::int64_t>(
                    std::llround((x - static_cast<double>(d->low)) / static_cast<double>(d->step)));
                const std::int64_t v = d->valueAt(std::clamp<std::int64_t>(k, 0, d->count() - 1));
                if (v != last)
                    out.emplace_back(v);  // spaced values are sorted: duplicates adjoin
                last = v;
            }
        }
    } else if (auto c = dimension.as<CategoricalDimension>()) {
        out = c->values;
    } else {
        out.push_back(dimension.as<FixedDimension>()->value);
    }
    return out;
}

std::size_t GridSampler::gridSize(const SearchSpace& space, int pointsPerDimension) {
    GridWalk walk(space, pointsPerDimension);
    Params assigned;
    return walk.count(0, assigned);
}

std::vector<Params> GridSampler::enumerate(const SearchSpace& space, int pointsPerDimension) {
    GridWalk walk(space, pointsPerDimension);
    std::vector<Params> out;
    Params current;
    walk.enumerate(0, current, out);
    return out;
}

void GridSampler::checkSize(const SearchSpace& space, const SamplerSettings& settings) {
    // Counted (saturating) without building a point: only a grid that passes
    // is ever enumerated.
    const std::size_t size = gridSize(space, settings.pointsPerDimension);
    const std::string count = size == kSaturated ? "more than 10^19" : std::to_string(size);
    const bool aboveHardLimit = size > std::size_t(kMaxGridPoints);
    if (!settings.allowLargeGrid && size > settings.maxGridSize)
        throw InputError(
            "strategy.points_per_dimension",
            "the grid has " + count + " points, more than the limit " +
                std::to_string(settings.maxGridSize) +
                " (allowed: fewer points_per_dimension or dimensions" +
                (aboveHardLimit ? std::string(")") : ", or \"allow_large_grid\": true)"));
    if (aboveHardLimit)
        throw InputError("strategy.points_per_dimension",
                         "the grid has " + count + " points, more than the hard limit " +
                             std::to_string(kMaxGridPoints) +
                             " that holds even with \"allow_large_grid\" (every point is kept "
                             "in memory) (allowed: fewer points_per_dimension or dimensions, or "
                             "a random, sobol, bayesian or tpe strategy)");
}

std::vector<std::size_t> GridSampler::evenlySpacedFirst(std::size_t points, std::size_t budget) {
    std::vector<std::size_t> order;
    order.reserve(points);
    if (budget == 0 || budget >= points) {
        for (std::size_t i = 0; i < points; ++i)
            order.push_back(i);
        return order;
    }
    // A budget that cuts the grid short takes points spread over all of it
    // (both ends included), not its first rows; the rest follow in grid
    // order, for a resume with a larger budget.
    std::vector<bool> chosen(points, false);
    for (std::size_t i = 0; i < budget; ++i) {
        const std::size_t index =
            budget == 1
                ? points / 2
                : std::size_t(std::llround(double(i) * double(points - 1) / double(budget - 1)));
        if (!chosen[index]) {
            chosen[index] = true;
            order.push_back(index);
        }
    }
    for (std::size_t i = 0; i < points; ++i)
        if (!chosen[i])
            order.push_back(i);
    return order;
}

std::optional<Params> GridSampler::suggest(const SearchSpace& space,
                                           const std::vector<FinishedTrial>& history,
                                           const std::vector<Params>& pending, Random&) {
    json key = space.toJson();
    if (m_points.empty() || key != m_cachedSpace) {
        checkSize(space, m_settings);
        m_points = enumerate(space, m_settings.pointsPerDimension);
        m_visitOrder.resize(m_points.size());
        std::iota(m_visitOrder.begin(), m_visitOrder.end(), std::size_t{0});
        if (m_settings.shuffle) {
            Random order(Random::deriveSeed(m_settings.seed, 0x67726964));  // "grid"
            order.shuffle(m_visitOrder);
        } else {
            m_visitOrder = evenlySpacedFirst(m_points.size(), m_settings.trialBudget);
        }
        m_cachedSpace = std::move(key);
    }
    // JSON comparison is numeric (1 == 1.0), so params read back from a
    // journal match the grid values they were made from.
    std::set<Params> taken;
    for (const auto& t : history)
        taken.insert(t.params);
    for (const auto& p : pending)
        taken.insert(p);
    for (std::size_t index : m_visitOrder)
        if (!taken.count(m_points[index]))
            return m_points[index];
    return std::nullopt;
}

}  // namespace hyperlab
