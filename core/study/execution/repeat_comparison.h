#pragma once

#include <optional>

#include "common/student_t.h"
#include "study/model/trial.h"

namespace hyperlab {

/// The significance level below which two configs' repeat values count as
/// different: the usual 5%.
inline constexpr double kRepeatSignificance = 0.05;

/// Welch's t-test (common/student_t.h) of two completed trials' objective
/// values over their repeats (seeds): do the configs differ, or only the
/// seeds? Nothing when either trial is not completed or has fewer than two
/// repeat values.
std::optional<WelchTTest> compareRepeats(const Trial& a, const Trial& b);

/// True when `trial` is completed, is not `best`, and Welch's test cannot
/// tell their repeat values apart at kRepeatSignificance (p >= 0.05).
bool tiesWithBest(const Trial& trial, const Trial& best);

}  // namespace hyperlab
