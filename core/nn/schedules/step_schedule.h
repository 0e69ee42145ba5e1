#pragma once

#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// Decays by gamma every stepSize epochs, as torch.optim.lr_scheduler.StepLR:
///
///     lr = baseLr * gamma^floor(epoch / stepSize),   epoch = step / stepsPerEpoch
///
/// The rate is constant within an epoch.
///
/// Uses settings: baseLr (>= 0), stepSize (>= 1), gamma (> 0), epochs (>= 1),
/// stepsPerEpoch.
class StepSchedule final : public LrSchedule {
public:
    explicit StepSchedule(const ScheduleSettings& settings);
    std::string name() const override { return "step"; }
    double rateAt(long step) override;

private:
    double m_baseLr;
    double m_gamma;
    int m_stepSize;
    long m_stepsPerEpoch;
};

}  // namespace hyperlab
