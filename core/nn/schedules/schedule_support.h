#pragma once

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>

#include "common/errors.h"
#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// Helpers shared by the schedules in this folder (not part of the
/// LrSchedule interface).
namespace schedule_support {

/// `value` as a user would type it ("0.9", not "0.900000").
inline std::string formatSetting(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// Checks the run geometry every step-based schedule divides by. The number of
/// epochs is user input; batches per epoch is derived by the trainer, so a bad
/// value there is a programming error.
inline void requireRunLength(const ScheduleSettings& settings) {
    if (settings.epochs < 1)
        throw InputError(
            "training.epochs",
            problem(ProblemCode::OutOfRange, {formatSetting(settings.epochs), "epochs >= 1"}));
    if (settings.stepsPerEpoch < 1)
        throw std::invalid_argument("schedule: stepsPerEpoch must be >= 1, got " +
                                    std::to_string(settings.stepsPerEpoch));
}

/// Throws InputError(field) unless value > 0. NaN fails too.
inline void requirePositive(const char* field, double value) {
    if (!(value > 0.0))
        throw InputError(field,
                         problem(ProblemCode::OutOfRange, {formatSetting(value), "value > 0"}));
}

/// Throws InputError(field) unless value >= 0. NaN fails too.
inline void requireNonNegative(const char* field, double value) {
    if (!(value >= 0.0))
        throw InputError(field,
                         problem(ProblemCode::OutOfRange, {formatSetting(value), "value >= 0"}));
}

/// The 0-based epoch a 0-based global step falls in (negative steps count as 0).
inline long epochOfStep(long step, long stepsPerEpoch) {
    return std::max(step, 0L) / stepsPerEpoch;
}

}  // namespace schedule_support
}  // namespace hyperlab
