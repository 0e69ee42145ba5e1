#pragma once

#include "search/samplers/sampler.h"

namespace hyperlab {

/// Random search (Bergstra and Bengio, "Random search for hyper-parameter
/// optimization", JMLR 13, 2012): every active dimension drawn independently,
/// uniform (log-uniform for log ranges, each integer and choice equally
/// likely) from the trial's rng. Ignores the history.
class RandomSampler : public Sampler {
public:
    explicit RandomSampler(const SamplerSettings& settings = {}) {}
    std::string name() const override { return "random"; }
    std::optional<Params> suggest(const SearchSpace& space,
                                  const std::vector<FinishedTrial>& history,
                                  const std::vector<Params>& pending, Random& rng) override;
};

}  // namespace hyperlab
