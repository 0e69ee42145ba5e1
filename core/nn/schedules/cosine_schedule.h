#pragma once

#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// Cosine annealing from baseLr down to minLr over the epochs after an
/// optional linear warm-up, as torch.optim.lr_scheduler.CosineAnnealingLR
/// (T_max = the annealing steps, eta_min = minLr, no restarts) preceded by a
/// LinearLR-style warm-up. With W = warmupEpochs * stepsPerEpoch warm-up steps
/// and T = (epochs - warmupEpochs) * stepsPerEpoch annealing steps:
///
///     lr = baseLr * (step + 1) / W                                   step < W
///     lr = minLr + (baseLr - minLr) * (1 + cos(pi * min(t, T) / T)) / 2,  t = step - W
///
/// Both phases are evaluated per step, not per epoch, so the rate falls
/// smoothly rather than in epoch-sized stairs (torch's version is usually
/// stepped per epoch). The warm-up starts at baseLr / W, not 0, so the first
/// batch already learns, and reaches baseLr on its last step. The annealing
/// reaches minLr at t = T, i.e. just after the last step of the run, and stays
/// there for any later step.
/// Loshchilov & Hutter, "SGDR: Stochastic Gradient Descent with Warm
/// Restarts", ICLR 2017; warm-up: Goyal et al., "Accurate, Large Minibatch
/// SGD: Training ImageNet in 1 Hour", 2017.
///
/// Uses settings: baseLr (>= 0), minLr (>= 0), warmupEpochs (0 <= w < epochs),
/// epochs (>= 1), stepsPerEpoch.
class CosineSchedule final : public LrSchedule {
public:
    explicit CosineSchedule(const ScheduleSettings& settings);
    std::string name() const override { return "cosine"; }
    double rateAt(long step) override;

private:
    double m_baseLr;
    double m_minLr;
    long m_warmupSteps;     ///< W
    long m_annealingSteps;  ///< T (>= 1)
};

}  // namespace hyperlab
