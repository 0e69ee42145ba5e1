#pragma once

#include <string>
#include <vector>

#include "common/registry.h"
#include "search/pruners/pruner_settings.h"
#include "search/trial_state.h"

namespace hyperlab {

/// The intermediate objective values a trial has reported, one per finished
/// epoch (values[e - 1] is epoch e), in the MINIMISED sense: the study negates
/// metrics it maximises, so every pruner minimises (as every sampler does).
struct PrunerTrial {
    int number = 0;
    TrialState state = TrialState::Running;
    std::vector<double> values;
};

/// Decides, after each epoch of a running trial, whether to stop it early
/// (Optuna's BasePruner). Stateless: the decision depends only on the trial's
/// own curve and the curves of the other trials, so a resumed study prunes as
/// the original would have. Pruned trials keep their history and rank below
/// completed ones.
class Pruner {
public:
    virtual ~Pruner() = default;
    virtual std::string name() const = 0;
    /// `trial` has just reported epoch trial.values.size(); `others` holds
    /// every other trial of the study (any state). Called from worker
    /// threads, possibly concurrently: implementations must be const-safe.
    virtual bool shouldPrune(const PrunerTrial& trial,
                             const std::vector<PrunerTrial>& others) const = 0;
};

/// Registry by name: none, median, asha (PrunerSpec::fromJson also accepts
/// "successive_halving" for asha).
const Registry<Pruner, const PrunerSettings&>& prunerRegistry();

}  // namespace hyperlab
