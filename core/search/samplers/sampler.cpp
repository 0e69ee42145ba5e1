#include "search/samplers/sampler.h"

#include <cmath>

#include "search/samplers/bayesian_sampler.h"
#include "search/samplers/grid_sampler.h"
#include "search/samplers/random_sampler.h"
#include "search/samplers/sobol_sampler.h"
#include "search/samplers/tpe_sampler.h"

namespace hyperlab {

const Registry<Sampler, const SamplerSettings&>& samplerRegistry() {
    static const auto registry = [] {
        Registry<Sampler, const SamplerSettings&> r;
        r.add("grid", [](const SamplerSettings& s) { return std::make_unique<GridSampler>(s); });
        r.add("random",
              [](const SamplerSettings& s) { return std::make_unique<RandomSampler>(s); });
        r.add("sobol", [](const SamplerSettings& s) { return std::make_unique<SobolSampler>(s); });
        r.add("bayesian",
              [](const SamplerSettings& s) { return std::make_unique<BayesianSampler>(s); });
        r.add("tpe", [](const SamplerSettings& s) { return std::make_unique<TpeSampler>(s); });
        return r;
    }();
    return registry;
}

std::vector<const FinishedTrial*> completedTrials(const std::vector<FinishedTrial>& history) {
    std::vector<const FinishedTrial*> out;
    for (const auto& t : history)
        if (t.state == TrialState::Completed && std::isfinite(t.value))
            out.push_back(&t);
    return out;
}

}  // namespace hyperlab
