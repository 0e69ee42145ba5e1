#include "search/samplers/sobol_sampler.h"

#include "common/errors.h"
#include "search/samplers/sobol_sequence.h"
#include "search/transform.h"

namespace hyperlab {

SobolSampler::SobolSampler(const SamplerSettings& settings) : m_settings(settings) {}

std::optional<Params> SobolSampler::suggest(const SearchSpace& space,
                                            const std::vector<FinishedTrial>& history,
                                            const std::vector<Params>& pending, Random&) {
    if (space.size() > SobolSequence::kMaxDimensions)
        throw InputError("strategy.type",
                         "sobol supports at most " + std::to_string(SobolSequence::kMaxDimensions) +
                             " dimensions, the space has " + std::to_string(space.size()) +
                             " (allowed: random, bayesian, tpe)");
    const SobolSequence sequence(space.size(), m_settings.scramble, m_settings.seed);
    const auto u = sequence.point(history.size() + pending.size());
    return UnitCubeTransform(space).fromUniform(u);
}

}  // namespace hyperlab
