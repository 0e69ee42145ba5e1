#include "nn/schedules/plateau_schedule.h"

#include <algorithm>

#include "nn/schedules/schedule_support.h"

namespace hyperlab {

using namespace schedule_support;

PlateauSchedule::PlateauSchedule(const ScheduleSettings& settings)
    : m_rate(settings.baseLr),
      m_factor(settings.factor),
      m_patience(settings.patience),
      m_threshold(settings.threshold),
      m_minLr(settings.minLr) {
    requireNonNegative("training.learning_rate", m_rate);
    if (!(m_factor > 0.0 && m_factor < 1.0))
        throw InputError(
            "training.lr_schedule.factor",
            problem(ProblemCode::OutOfRange, {formatSetting(m_factor), "0 < factor < 1"}));
    if (m_patience < 0)
        throw InputError(
            "training.lr_schedule.patience",
            problem(ProblemCode::OutOfRange, {formatSetting(m_patience), "patience >= 0"}));
    requireNonNegative("training.lr_schedule.threshold", m_threshold);
    requireNonNegative("training.lr_schedule.min_lr", m_minLr);
}

void PlateauSchedule::epochEnded(int epoch, double validationLoss) {
    // Written so that NaN compares false, i.e. counts as a bad epoch.
    if (validationLoss < m_best * (1.0 - m_threshold)) {
        m_best = validationLoss;
        m_badEpochs = 0;
    } else {
        ++m_badEpochs;
    }
    if (m_badEpochs > m_patience) {
        const double reduced = std::max(m_rate * m_factor, m_minLr);
        // torch's eps: near the floor, skip changes too small to matter.
        if (m_rate - reduced > 1e-8)
            m_rate = reduced;
        m_badEpochs = 0;
    }
}

}  // namespace hyperlab
