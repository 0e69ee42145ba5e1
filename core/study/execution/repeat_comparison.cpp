#include "study/execution/repeat_comparison.h"

namespace hyperlab {

std::optional<WelchTTest> compareRepeats(const Trial& a, const Trial& b) {
    if (a.state != TrialState::Completed || b.state != TrialState::Completed ||
        a.repeatValues.size() < 2 || b.repeatValues.size() < 2)
        return std::nullopt;
    return welchTTest(a.repeatValues, b.repeatValues);
}

bool tiesWithBest(const Trial& trial, const Trial& best) {
    if (trial.number == best.number)
        return false;
    const auto test = compareRepeats(trial, best);
    return test && test->p >= kRepeatSignificance;
}

}  // namespace hyperlab
