#include "nn/schedules/one_cycle_schedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "nn/schedules/schedule_support.h"

namespace hyperlab {

using namespace schedule_support;

namespace {

/// From `start` at fraction 0 to `end` at fraction 1 along half a cosine.
double cosAnneal(double start, double end, double fraction) {
    return end + (start - end) * (1.0 + std::cos(std::numbers::pi * fraction)) / 2.0;
}

/// Fraction of a phase covered; a phase without length is complete (torch
/// would divide by zero for runs of a step or two).
double phaseFraction(double done, double length) {
    return length > 0.0 ? std::clamp(done / length, 0.0, 1.0) : 1.0;
}

}  // namespace

OneCycleSchedule::OneCycleSchedule(const ScheduleSettings& settings)
    : m_maxLr(settings.maxLr > 0.0 ? settings.maxLr : settings.baseLr) {
    requireRunLength(settings);
    requireNonNegative("training.lr_schedule.max_lr", settings.maxLr);
    requirePositive(settings.maxLr > 0.0 ? "training.lr_schedule.max_lr" : "training.learning_rate",
                    m_maxLr);
    if (!(settings.pctStart > 0.0 && settings.pctStart < 1.0))
        throw InputError("training.lr_schedule.pct_start",
                         problem(ProblemCode::OutOfRange,
                                 {formatSetting(settings.pctStart), "0 < pctStart < 1"}));
    requirePositive("training.lr_schedule.div_factor", settings.divFactor);
    requirePositive("training.lr_schedule.final_div_factor", settings.finalDivFactor);

    m_initialLr = m_maxLr / settings.divFactor;
    m_finalLr = m_initialLr / settings.finalDivFactor;
    const long totalSteps = static_cast<long>(settings.epochs) * settings.stepsPerEpoch;
    m_lastStep = totalSteps - 1;
    m_peakStep = settings.pctStart * static_cast<double>(totalSteps) - 1.0;
}

double OneCycleSchedule::rateAt(long step) {
    const double s = static_cast<double>(std::clamp(step, 0L, m_lastStep));
    if (s <= m_peakStep)
        return cosAnneal(m_initialLr, m_maxLr, phaseFraction(s, m_peakStep));
    return cosAnneal(m_maxLr, m_finalLr,
                     phaseFraction(s - m_peakStep, static_cast<double>(m_lastStep) - m_peakStep));
}

}  // namespace hyperlab
