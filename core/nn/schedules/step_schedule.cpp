#include "nn/schedules/step_schedule.h"

#include <cmath>

#include "nn/schedules/schedule_support.h"

namespace hyperlab {

using namespace schedule_support;

StepSchedule::StepSchedule(const ScheduleSettings& settings)
    : m_baseLr(settings.baseLr),
      m_gamma(settings.gamma),
      m_stepSize(settings.stepSize),
      m_stepsPerEpoch(settings.stepsPerEpoch) {
    requireRunLength(settings);
    requireNonNegative("training.learning_rate", m_baseLr);
    requirePositive("training.lr_schedule.gamma", m_gamma);
    if (m_stepSize < 1)
        throw InputError(
            "training.lr_schedule.step_size",
            problem(ProblemCode::OutOfRange, {formatSetting(m_stepSize), "stepSize >= 1"}));
}

double StepSchedule::rateAt(long step) {
    const long decays = epochOfStep(step, m_stepsPerEpoch) / m_stepSize;
    return m_baseLr * std::pow(m_gamma, static_cast<double>(decays));
}

}  // namespace hyperlab
