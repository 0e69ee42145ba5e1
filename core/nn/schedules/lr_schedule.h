#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/registry.h"

namespace hyperlab {

/// Settings a schedule may use; each schedule documents which.
struct ScheduleSettings {
    double baseLr = 0.01;         ///< the configured learning rate
    int epochs = 1;               ///< total epochs of the run
    long stepsPerEpoch = 1;       ///< batches per epoch
    int stepSize = 10;            ///< step: epochs between decays
    double gamma = 0.5;           ///< step/multi_step/exponential: decay factor
    std::vector<int> milestones;  ///< multi_step: epochs at which to decay
    double minLr = 0.0;           ///< cosine: floor (eta_min); plateau: floor
    int warmupEpochs = 0;         ///< cosine: linear warm-up from ~0 to baseLr
    double factor = 0.5;          ///< plateau: multiply by this on a plateau
    int patience = 5;             ///< plateau: epochs without improvement
    double threshold = 1e-4;      ///< plateau: relative improvement that counts
    double maxLr = 0.0;           ///< one_cycle: peak (0 = baseLr)
    double pctStart = 0.3;        ///< one_cycle: fraction of steps rising
    double divFactor = 25.0;      ///< one_cycle: initial = max/divFactor
    double finalDivFactor = 1e4;  ///< one_cycle: final = initial/finalDivFactor
};

/// A learning-rate schedule in the manner of PyTorch's lr_scheduler. The
/// trainer asks for the rate before every optimisation step, and reports
/// each finished epoch's validation loss (only reduce-on-plateau uses it).
class LrSchedule {
public:
    virtual ~LrSchedule() = default;
    virtual std::string name() const = 0;
    /// Learning rate for global step `step` (0-based; epoch = step / stepsPerEpoch).
    virtual double rateAt(long step) = 0;
    /// Called after epoch `epoch` (0-based) with its validation loss.
    virtual void epochEnded(int epoch, double validationLoss) {}
};

/// Registry by config name: constant, step, multi_step, exponential, cosine,
/// plateau, one_cycle.
const Registry<LrSchedule, const ScheduleSettings&>& scheduleRegistry();

}  // namespace hyperlab
