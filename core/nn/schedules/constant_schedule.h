#pragma once

#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// The configured rate at every step: lr_t = baseLr.
/// (PyTorch: no scheduler at all.)
///
/// Uses settings: baseLr (>= 0).
class ConstantSchedule final : public LrSchedule {
public:
    explicit ConstantSchedule(const ScheduleSettings& settings);
    std::string name() const override { return "constant"; }
    double rateAt(long step) override { return m_baseLr; }

private:
    double m_baseLr;
};

}  // namespace hyperlab
