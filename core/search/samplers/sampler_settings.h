#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hyperlab {

// Upper limits of the settings below (docs/study.md). Each bounds the time or
// memory one suggestion can take, so a typo such as 2e9 is refused with the
// limit instead of hanging a worker or exhausting memory.
constexpr int kMaxPointsPerDimension = 100000;  ///< points_per_dimension: 1 to this
/// Hard limit of a grid, even with allow_large_grid: every point is held in
/// memory (a few hundred bytes each).
constexpr std::int64_t kMaxGridPoints = 1000000;
constexpr int kMaxCandidates = 100000;    ///< candidates: 1 to this
constexpr int kMaxEiCandidates = 10000;   ///< ei_candidates: 1 to this
constexpr int kMaxRestarts = 100;         ///< refine_starts, fit_restarts: 0 to this
constexpr int kMaxFitIterations = 10000;  ///< fit_iterations: 1 to this
/// initial_trials, startup_trials: 0 to this; max_good: 1 to this.
constexpr int kMaxSettingTrials = 1000000;

/// Options of every sampler in one plain struct, read from the study's
/// "strategy" object (keys in snake_case as noted; unknown keys are left to
/// the study). Each sampler uses only its own fields.
struct SamplerSettings {
    /// "seed": fixes per-study randomness that must not change between
    /// suggestions (grid shuffle order, Sobol scrambling).
    std::uint64_t seed = 0;

    // --- grid ---
    int pointsPerDimension = 5;        ///< "points_per_dimension" for float/int ranges
    bool shuffle = false;              ///< "shuffle": visit the grid in a seeded random order
    std::size_t maxGridSize = 100000;  ///< "max_grid_size": larger grids are refused...
    bool allowLargeGrid = false;       ///< "allow_large_grid": ...unless this is true
    /// The study's trial budget (strategy.trials, not a sampler key; 0 =
    /// none). A grid larger than the budget is visited evenly spaced first.
    std::size_t trialBudget = 0;

    // --- sobol ---
    bool scramble = true;  ///< "scramble": Matousek scrambling; off gives the raw sequence

    // --- bayesian ---
    int initialTrials = 0;   ///< "initial_trials": Sobol design size; 0 = max(5, d + 1)
    int candidates = 2000;   ///< "candidates": random + Sobol points scored by log-EI
    int refineStarts = 5;    ///< "refine_starts": best candidates refined by pattern search
    int fitRestarts = 2;     ///< "fit_restarts": extra random starts of the GP fit
    int fitIterations = 60;  ///< "fit_iterations": L-BFGS iterations per start
    /// "min_distance": candidates closer than this (Euclidean, unit-cube
    /// encoding) to an observed or pending point are rejected.
    double minDistance = 1e-3;

    // --- tpe ---
    int tpeStartupTrials = 10;  ///< "startup_trials": random trials before TPE models
    int tpeCandidates = 24;     ///< "ei_candidates": samples from l(x) per dimension
    double tpeGamma = 0.1;      ///< "gamma": fraction of trials counted as good...
    int tpeMaxGood = 25;        ///< ...capped at this many
    /// "constant_liar": pending trials count as bad ones, so parallel workers
    /// spread out.
    bool constantLiar = true;

    /// Reads the fields above from a strategy object; throws InputError
    /// ("<field>.<key>: ...") on a wrong type or a value outside the limits
    /// above.
    static SamplerSettings fromJson(const nlohmann::json& strategy,
                                    const std::string& field = "strategy");
    /// As fromJson, but starts from these settings: a key the object lacks
    /// leaves its field as it is. On an error, some fields may be updated.
    void update(const nlohmann::json& strategy, const std::string& field = "strategy");
    /// The keys the named sampler reads, with their values (grid:
    /// points_per_dimension, shuffle, max_grid_size, allow_large_grid; sobol:
    /// scramble; bayesian: initial_trials, candidates, refine_starts,
    /// fit_restarts, fit_iterations, min_distance; tpe: startup_trials,
    /// ei_candidates, gamma, max_good, constant_liar; other samplers: none).
    /// The one writer of these keys: fromJson(toJson(name)) gives back every
    /// field that sampler uses. "seed" is the study's (strategy.seed).
    nlohmann::json toJson(const std::string& sampler) const;
    /// Every key fromJson reads ("seed", the keys above and the short form
    /// "allow_large" of "allow_large_grid").
    static const std::vector<std::string>& keys();

    bool operator==(const SamplerSettings&) const = default;
};

}  // namespace hyperlab
