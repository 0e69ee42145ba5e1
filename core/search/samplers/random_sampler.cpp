#include "search/samplers/random_sampler.h"

#include "search/transform.h"

namespace hyperlab {

std::optional<Params> RandomSampler::suggest(const SearchSpace& space,
                                             const std::vector<FinishedTrial>&,
                                             const std::vector<Params>&, Random& rng) {
    // One draw per dimension, active or not, so a dimension's value does not
    // depend on whether an earlier one switched a condition.
    std::vector<double> u(space.size());
    for (auto& x : u)
        x = rng.uniform();
    return UnitCubeTransform(space).fromUniform(u);
}

}  // namespace hyperlab
