#include "nn/schedules/constant_schedule.h"

#include "nn/schedules/schedule_support.h"

namespace hyperlab {

ConstantSchedule::ConstantSchedule(const ScheduleSettings& settings) : m_baseLr(settings.baseLr) {
    schedule_support::requireNonNegative("training.learning_rate", m_baseLr);
}

}  // namespace hyperlab
