#pragma once

#include "search/samplers/sampler.h"

namespace hyperlab {

/// Bayesian optimisation (Snoek, Larochelle and Adams, "Practical Bayesian
/// Optimization of Machine Learning Algorithms", NeurIPS 2012), a thin
/// adapter over the gp/ parts:
///
/// 1. Initial design: while fewer than max(5, d + 1) trials have completed
///    (d = searched dimensions; SamplerSettings::initialTrials overrides),
///    trial n gets point n of a scrambled Sobol sequence.
/// 2. Model: completed trials encoded by UnitCubeTransform, values
///    standardised, a GP with a Matern 5/2 ARD kernel whose hyperparameters
///    maximise the marginal likelihood plus weak priors
///    (fitGaussianProcess).
/// 3. Pending trials, kriging believer: each is added to the GP as an
///    observation equal to the posterior mean there, which collapses the
///    variance (so the expected improvement) around it; the incumbent value
///    includes these fantasies. Observed and pending points are also
///    excluded outright within SamplerSettings::minDistance, so concurrent
///    workers never receive the same or near-identical params.
/// 4. Acquisition: log expected improvement (Ament et al. 2023), maximised
///    over random, Sobol and near-incumbent candidates plus pattern-search
///    refinement (maximizeAcquisition). If every candidate is excluded
///    (a used-up discrete space), a random point is returned.
///
/// Cost is dominated by the hyperparameter fit, O(n^3) per likelihood
/// evaluation with (1 + fitRestarts) x fitIterations evaluations at most.
class BayesianSampler : public Sampler {
public:
    explicit BayesianSampler(const SamplerSettings& settings);
    std::string name() const override { return "bayesian"; }
    std::optional<Params> suggest(const SearchSpace& space,
                                  const std::vector<FinishedTrial>& history,
                                  const std::vector<Params>& pending, Random& rng) override;

    /// Size of the initial Sobol design for `space` under `settings`.
    static std::size_t initialDesignSize(const SearchSpace& space, const SamplerSettings& settings);

private:
    SamplerSettings m_settings;
};

}  // namespace hyperlab
