#pragma once

#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/samplers/sampler.h"

namespace hyperlab {

/// Grid search: the cartesian product of each dimension's grid values,
/// visited in order (the first dimension in dependency order varies slowest)
/// or in a shuffled order fixed by SamplerSettings::seed.
///
/// Conditional dimensions expand only under the values of their parents that
/// activate them: optimizer {sgd, adam} x momentum (3 points, sgd only) is
/// 3 + 1 = 4 points, not 6. A point is proposed once: the next suggestion is
/// the first grid point equal to no finished (any state) or pending trial's
/// params, so a resumed study continues where it stopped. When every point
/// is taken, suggest() returns std::nullopt.
class GridSampler : public Sampler {
public:
    explicit GridSampler(const SamplerSettings& settings);
    std::string name() const override { return "grid"; }
    /// Throws InputError (see checkSize) for a grid over the limit.
    std::optional<Params> suggest(const SearchSpace& space,
                                  const std::vector<FinishedTrial>& history,
                                  const std::vector<Params>& pending, Random& rng) override;

    /// Grid values of one dimension: every choice of a categorical; for a
    /// float range `points` evenly spaced values including both ends
    /// (geometrically spaced for log; the midpoint when points == 1); for an
    /// int range every value if there are at most `points`, else `points`
    /// spaced values rounded to admissible integers and deduplicated; a fixed
    /// dimension's value.
    static std::vector<nlohmann::json> gridValues(const Dimension& dimension, int points);
    /// Number of grid points, known before running (saturates at SIZE_MAX).
    static std::size_t gridSize(const SearchSpace& space, int pointsPerDimension);
    /// Every grid point in visiting order (unshuffled). Call gridSize first:
    /// this materialises them all.
    static std::vector<Params> enumerate(const SearchSpace& space, int pointsPerDimension);
    /// Throws InputError("strategy.points_per_dimension", "the grid has N
    /// points, more than the limit M (allowed: ...)") when the grid exceeds
    /// settings.maxGridSize and settings.allowLargeGrid is false, or exceeds
    /// kMaxGridPoints whatever allowLargeGrid says. Counts, builds nothing.
    static void checkSize(const SearchSpace& space, const SamplerSettings& settings);
    /// Visiting order of an unshuffled grid of `points` under a trial
    /// budget: `budget` evenly spaced points first (both ends included),
    /// then the others in grid order. Without a budget, or one that covers
    /// the grid, plain grid order.
    static std::vector<std::size_t> evenlySpacedFirst(std::size_t points, std::size_t budget);

private:
    SamplerSettings m_settings;
    // The enumerated grid of the last space seen; rebuilt when the space
    // changes. A cache only: it never changes what is proposed.
    nlohmann::json m_cachedSpace;
    std::vector<Params> m_points;
    std::vector<std::size_t> m_visitOrder;
};

}  // namespace hyperlab
