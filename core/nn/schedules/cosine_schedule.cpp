#include "nn/schedules/cosine_schedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "nn/schedules/schedule_support.h"

namespace hyperlab {

using namespace schedule_support;

CosineSchedule::CosineSchedule(const ScheduleSettings& settings)
    : m_baseLr(settings.baseLr), m_minLr(settings.minLr) {
    requireRunLength(settings);
    requireNonNegative("training.learning_rate", m_baseLr);
    requireNonNegative("training.lr_schedule.min_lr", m_minLr);
    // Refused rather than clamped: no annealing phase left means the user's
    // numbers disagree, and guessing which one they meant would hide it.
    if (settings.warmupEpochs < 0 || settings.warmupEpochs >= settings.epochs)
        throw InputError("training.lr_schedule.warmup_epochs",
                         problem(ProblemCode::OutOfRange, {formatSetting(settings.warmupEpochs),
                                                           "0 <= warmupEpochs < epochs = " +
                                                               formatSetting(settings.epochs)}));
    m_warmupSteps = static_cast<long>(settings.warmupEpochs) * settings.stepsPerEpoch;
    m_annealingSteps =
        static_cast<long>(settings.epochs - settings.warmupEpochs) * settings.stepsPerEpoch;
}

double CosineSchedule::rateAt(long step) {
    step = std::max(step, 0L);
    if (step < m_warmupSteps)
        return m_baseLr * static_cast<double>(step + 1) / static_cast<double>(m_warmupSteps);
    const long t = std::min(step - m_warmupSteps, m_annealingSteps);
    const double progress = static_cast<double>(t) / static_cast<double>(m_annealingSteps);
    return m_minLr + (m_baseLr - m_minLr) * (1.0 + std::cos(std::numbers::pi * progress)) / 2.0;
}

}  // namespace hyperlab
