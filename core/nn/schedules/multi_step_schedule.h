#pragma once

#include <vector>

#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// Decays by gamma at each milestone epoch, as
/// torch.optim.lr_scheduler.MultiStepLR:
///
///     lr = baseLr * gamma^(number of milestones <= epoch),   epoch = step / stepsPerEpoch
///
/// Milestones may come in any order; a milestone listed twice decays twice
/// (as torch's Counter does).
///
/// Uses settings: baseLr (>= 0), milestones (each >= 0), gamma (> 0), epochs
/// (>= 1), stepsPerEpoch.
class MultiStepSchedule final : public LrSchedule {
public:
    explicit MultiStepSchedule(const ScheduleSettings& settings);
    std::string name() const override { return "multi_step"; }
    double rateAt(long step) override;

private:
    double m_baseLr;
    double m_gamma;
    std::vector<int> m_milestones;  ///< sorted ascending
    long m_stepsPerEpoch;
};

}  // namespace hyperlab
