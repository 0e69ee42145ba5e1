#pragma once

#include "search/samplers/sampler.h"

namespace hyperlab {

/// Quasi-random search: trial number n (counting finished and pending trials)
/// gets point n of a scrambled Sobol sequence (see SobolSequence) mapped
/// through the uniform coordinates of UnitCubeTransform. Covers the space
/// more evenly than random search for the same budget; powers of two are
/// the best budgets. Scrambling is seeded by SamplerSettings::seed;
/// "scramble": false gives the raw sequence (which starts at the all-low
/// corner). At most SobolSequence::kMaxDimensions dimensions.
class SobolSampler : public Sampler {
public:
    explicit SobolSampler(const SamplerSettings& settings);
    std::string name() const override { return "sobol"; }
    std::optional<Params> suggest(const SearchSpace& space,
                                  const std::vector<FinishedTrial>& history,
                                  const std::vector<Params>& pending, Random& rng) override;

private:
    SamplerSettings m_settings;
};

}  // namespace hyperlab
