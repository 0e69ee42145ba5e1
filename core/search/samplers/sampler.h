#pragma once

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/random.h"
#include "common/registry.h"
#include "search/params.h"
#include "search/samplers/sampler_settings.h"
#include "search/search_space.h"
#include "search/trial_state.h"

namespace hyperlab {

/// A trial a sampler may learn from.
///
/// `value` is the objective to MINIMISE: the study negates metrics it
/// maximises (val_accuracy -> -val_accuracy) before handing trials to a
/// sampler, so every sampler minimises and none needs to know the direction.
/// It is meaningful for Completed trials; model-based samplers ignore other
/// states (and non-finite values), while the grid sampler treats every
/// finished trial's params as visited.
struct FinishedTrial {
    Params params;
    double value = std::numeric_limits<double>::quiet_NaN();
    TrialState state = TrialState::Completed;
};

/// Proposes the params of the next trial (Optuna's BaseSampler, ask-style).
///
/// Contract:
/// * The study calls suggest() from one thread at a time.
/// * `history` is every finished trial so far, `pending` the params of trials
///   proposed but not finished (queued or running). A sampler must not
///   propose params equal or near-identical to pending ones when it has a
///   choice (model-based samplers model them; the grid skips them).
/// * The result depends only on (settings, space, history, pending, rng
///   state): the same inputs and an rng in the same state give the same
///   Params (the sampler contract test checks it). Samplers keep no hidden
///   history between calls, so a resumed study proposes what it would have.
///   Per-study randomness that must stay fixed across calls (grid shuffle,
///   Sobol scrambling) comes from SamplerSettings::seed; per-call
///   randomness from `rng`, which the study seeds per trial.
/// * Returns Params valid for `space` (SearchSpace::isValid), or
///   std::nullopt when the sampler has nothing left to propose (a finished
///   grid): the study then stops creating trials.
class Sampler {
public:
    virtual ~Sampler() = default;
    virtual std::string name() const = 0;
    virtual std::optional<Params> suggest(const SearchSpace& space,
                                          const std::vector<FinishedTrial>& history,
                                          const std::vector<Params>& pending, Random& rng) = 0;
};

/// Registry by strategy name: grid, random, sobol, bayesian, tpe.
const Registry<Sampler, const SamplerSettings&>& samplerRegistry();

/// Completed trials with a finite value: what model-based samplers learn from.
std::vector<const FinishedTrial*> completedTrials(const std::vector<FinishedTrial>& history);

}  // namespace hyperlab
