#pragma once

// Completed trials at seeded uniform random points of a space, valued by a
// given function: the analysis tests' synthetic studies (no training).

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "common/random.h"
#include "search/search_space.h"
#include "search/transform.h"
#include "study/model/trial.h"

namespace hyperlab {

/// `count` completed trials at uniform random points of `space` (seeded),
/// valued by `f`; every trial minimises.
inline std::vector<TrialSnapshot> randomTrials(const SearchSpace& space, int count,
                                               std::uint64_t seed,
                                               const std::function<double(const Params&)>& f) {
    const UnitCubeTransform transform(space);
    Random rng(seed);
    std::vector<TrialSnapshot> trials;
    for (int n = 0; n < count; ++n) {
        std::vector<double> u(space.size());
        for (double& x : u)
            x = rng.uniform();
        auto t = std::make_shared<Trial>();
        t->number = n;
        t->state = TrialState::Completed;
        t->params = transform.fromUniform(u);
        t->value = f(t->params);
        trials.push_back(t);
    }
    return trials;
}

}  // namespace hyperlab
