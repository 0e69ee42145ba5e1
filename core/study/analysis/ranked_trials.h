#pragma once

#include <cstddef>
#include <vector>

#include "search/search_space.h"
#include "study/model/objective.h"
#include "study/model/trial.h"

namespace hyperlab {

/// The trials a study analysis learns from: the completed ones with a finite
/// objective, best first (ties by trial number, so the order is
/// deterministic). Pruned trials are left out: their value is an
/// intermediate one, not comparable with finished runs.
std::vector<TrialSnapshot> rankCompletedTrials(const std::vector<TrialSnapshot>& trials,
                                               const Objective& objective);

/// How many of `completed` trials form the "top" set of an analysis: the
/// best `fraction` of them, at least 1 (for completed > 0).
std::size_t topCount(std::size_t completed, double fraction);

/// The dimensions that can vary (float and int ranges with low < high,
/// categorical with two or more values), as indices into the space. Fixed
/// dimensions and one-value ranges tell nothing about importance.
std::vector<std::size_t> varyingDimensions(const SearchSpace& space);

}  // namespace hyperlab
