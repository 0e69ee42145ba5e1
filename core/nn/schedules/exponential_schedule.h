#pragma once

#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// Decays by gamma every epoch, as torch.optim.lr_scheduler.ExponentialLR:
///
///     lr = baseLr * gamma^epoch,   epoch = step / stepsPerEpoch
///
/// The rate is constant within an epoch.
///
/// Uses settings: baseLr (>= 0), gamma (> 0), epochs (>= 1), stepsPerEpoch.
class ExponentialSchedule final : public LrSchedule {
public:
    explicit ExponentialSchedule(const ScheduleSettings& settings);
    std::string name() const override { return "exponential"; }
    double rateAt(long step) override;

private:
    double m_baseLr;
    double m_gamma;
    long m_stepsPerEpoch;
};

}  // namespace hyperlab
