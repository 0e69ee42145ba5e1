#pragma once

#include <vector>

#include "study/model/objective.h"
#include "study/model/trial.h"

namespace hyperlab {

/// The leaderboard order of two trials (a strict weak order): completed
/// trials first, best objective first; then pruned trials by their last
/// intermediate value; then running, queued, failed and cancelled trials.
/// Within a group a trial without a value comes after those with one, and
/// equal values are broken by the trial number, so the order is total and
/// stable across runs.
bool ranksBefore(const Trial& a, const Trial& b, const Objective& objective);

/// The trials sorted by ranksBefore.
std::vector<TrialSnapshot> rankTrials(std::vector<TrialSnapshot> trials,
                                      const Objective& objective);

/// Group of a state in the order above (completed 0 ... cancelled 5).
int rankGroup(TrialState state);

}  // namespace hyperlab
