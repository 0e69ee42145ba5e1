#include "nn/schedules/exponential_schedule.h"

#include <cmath>

#include "nn/schedules/schedule_support.h"

namespace hyperlab {

using namespace schedule_support;

ExponentialSchedule::ExponentialSchedule(const ScheduleSettings& settings)
    : m_baseLr(settings.baseLr), m_gamma(settings.gamma), m_stepsPerEpoch(settings.stepsPerEpoch) {
    requireRunLength(settings);
    requireNonNegative("training.learning_rate", m_baseLr);
    requirePositive("training.lr_schedule.gamma", m_gamma);
}

double ExponentialSchedule::rateAt(long step) {
    return m_baseLr * std::pow(m_gamma, static_cast<double>(epochOfStep(step, m_stepsPerEpoch)));
}

}  // namespace hyperlab
