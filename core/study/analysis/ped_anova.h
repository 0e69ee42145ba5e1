#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "search/search_space.h"
#include "study/model/trial.h"

namespace hyperlab {

/// Settings of PED-ANOVA (defaults as in the paper and in Optuna's
/// PedAnovaImportanceEvaluator).
struct PedAnovaOptions {
    /// gamma': the "good" trials are the best topFraction of the completed ones.
    double topFraction = 0.1;
    /// Cells a numeric dimension is discretised into (in unit coordinates,
    /// so log ranges get log-spaced cells; an int range with fewer values
    /// gets one cell per value).
    int gridCells = 50;
    /// Weight of the uniform prior mixed into each density, in observations:
    /// keeps both densities positive and damps the noise of a small top set.
    double priorWeight = 1.0;
};

/// The importance of one searched dimension.
struct ParameterImportance {
    std::string path;
    double importance = 0.0;  ///< share of the total, in [0, 1]; all shares sum to 1
    double divergence = 0.0;  ///< the Pearson divergence it is the share of
};

/// What a hyperparameter importance analysis found.
struct ImportanceResult {
    /// The method's name as written in reports ("ped-anova").
    std::string method;
    /// Every varying dimension, most important first (ties by space order).
    std::vector<ParameterImportance> parameters;
    std::size_t trials = 0;     ///< completed trials used
    std::size_t topTrials = 0;  ///< of which "good" (the top set)
};

/// Fewest completed trials (finite objective) an importance analysis accepts:
/// with fewer, the top 10% is a single trial and the answer is noise.
constexpr std::size_t kMinimumImportanceTrials = 10;

/// Hyperparameter importance by PED-ANOVA: Watanabe, Bansal and Hutter,
/// "PED-ANOVA: Efficiently Quantifying Hyperparameter Importance in
/// Arbitrary Subspaces", IJCAI 2023 (arXiv:2304.10255).
///
/// Binarise the objective at its top-gamma' quantile: b(x) = 1 for the best
/// topFraction of trials. The functional-ANOVA variance of b's marginal over
/// dimension d (Hutter, Hoos and Leyton-Brown, ICML 2014), taken under the
/// distribution of the trials themselves, is proportional to the Pearson
/// divergence
///     D_d = sum_x p_all(x) (p_top(x) / p_all(x) - 1)^2
/// between the density of dimension d's values among the top trials and
/// among all completed trials, each a kernel density estimate (Scott's
/// bandwidth, plus a uniform prior). Importance_d = D_d / sum_j D_j.
///
/// Why PED-ANOVA rather than fANOVA on a random forest: it is closed form
/// (no forest to grow, no random seed), linear in the number of trials (1,000
/// trials x 8 dimensions take milliseconds), and measuring against the
/// trials' own density makes it fair to samplers that concentrate their
/// trials (TPE, Bayesian), where fANOVA's uniform-measure marginals rest on
/// forest extrapolation into regions few trials visited. It gives no
/// per-pair interaction terms: each dimension's importance is its marginal
/// effect on reaching the top set.
///
/// Dimensions are read in the search space's unit coordinates
/// (UnitCubeTransform::uniformOf: log ranges on a log scale); categorical
/// ones take one cell per choice; a conditional dimension's inactive trials
/// fall into one more "off" cell, so "being switched off" counts as a value.
/// Only varyingDimensions() are rated. `ranked` are the completed trials best
/// first (rankCompletedTrials). Deterministic: no random numbers at all.
/// Throws InputError ("trials: ...") below kMinimumImportanceTrials, and for
/// a space with no varying dimension.
ImportanceResult pedAnovaImportance(const SearchSpace& space,
                                    const std::vector<TrialSnapshot>& ranked,
                                    const PedAnovaOptions& options = {});

}  // namespace hyperlab
