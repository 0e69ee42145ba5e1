#include "nn/schedules/multi_step_schedule.h"

#include <algorithm>
#include <cmath>

#include "nn/schedules/schedule_support.h"

namespace hyperlab {

using namespace schedule_support;

MultiStepSchedule::MultiStepSchedule(const ScheduleSettings& settings)
    : m_baseLr(settings.baseLr),
      m_gamma(settings.gamma),
      m_milestones(settings.milestones),
      m_stepsPerEpoch(settings.stepsPerEpoch) {
    requireRunLength(settings);
    requireNonNegative("training.learning_rate", m_baseLr);
    requirePositive("training.lr_schedule.gamma", m_gamma);
    for (int milestone : m_milestones) {
        if (milestone < 0)
            throw InputError("training.lr_schedule.milestones",
                             problem(ProblemCode::OutOfRange,
                                     {formatSetting(milestone), "epochs >= 0, in any order"}));
    }
    std::sort(m_milestones.begin(), m_milestones.end());
}

double MultiStepSchedule::rateAt(long step) {
    const long epoch = epochOfStep(step, m_stepsPerEpoch);
    // upper_bound: a milestone at epoch e already applies during epoch e.
    const auto passed =
        std::upper_bound(m_milestones.begin(), m_milestones.end(), epoch) - m_milestones.begin();
    return m_baseLr * std::pow(m_gamma, static_cast<double>(passed));
}

}  // namespace hyperlab
