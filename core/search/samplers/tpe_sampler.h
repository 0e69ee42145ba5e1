#pragma once

#include "search/samplers/sampler.h"

namespace hyperlab {

/// Tree-structured Parzen Estimator (Bergstra et al., NeurIPS 2011), the
/// independent variant Optuna uses by default:
///
/// * The first SamplerSettings::tpeStartupTrials completed trials are random.
/// * Then completed trials, sorted by value, are split into the good ones,
///   the best min(ceil(gamma n), tpeMaxGood), and the rest. With
///   constantLiar, pending trials join the rest, so parallel workers are
///   pushed away from what is already being tried.
/// * For each active dimension on its own (in dependency order, using only
///   trials where that dimension was active): l(x) = ParzenEstimator of the
///   good values, g(x) = of the others (on the uniform coordinate; a
///   CategoricalParzenEstimator for choices); draw tpeCandidates values from
///   l and keep the one maximising l(x) / g(x), which maximises expected
///   improvement under the TPE model.
class TpeSampler : public Sampler {
public:
    explicit TpeSampler(const SamplerSettings& settings);
    std::string name() const override { return "tpe"; }
    std::optional<Params> suggest(const SearchSpace& space,
                                  const std::vector<FinishedTrial>& history,
                                  const std::vector<Params>& pending, Random& rng) override;

private:
    SamplerSettings m_settings;
};

}  // namespace hyperlab
