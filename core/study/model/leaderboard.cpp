#include "study/model/leaderboard.h"

#include <algorithm>
#include <cmath>

namespace hyperlab {

int rankGroup(TrialState state) {
    switch (state) {
        case TrialState::Completed:
            return 0;
        case TrialState::Pruned:
            return 1;
        case TrialState::Running:
            return 2;
        case TrialState::Queued:
            return 3;
        case TrialState::Failed:
            return 4;
        case TrialState::Cancelled:
            return 5;
    }
    return 6;
}

bool ranksBefore(const Trial& a, const Trial& b, const Objective& objective) {
    const int ga = rankGroup(a.state);
    const int gb = rankGroup(b.state);
    if (ga != gb)
        return ga < gb;
    if (ga <= 1) {
        const bool va = !std::isnan(a.value);
        const bool vb = !std::isnan(b.value);
        if (va != vb)
            return va;
        if (va && objective.minimized(a.value) != objective.minimized(b.value))
            return objective.minimized(a.value) < objective.minimized(b.value);
    }
    return a.number < b.number;
}

std::vector<TrialSnapshot> rankTrials(std::vector<TrialSnapshot> trials,
                                      const Objective& objective) {
    std::sort(trials.begin(), trials.end(), [&](const TrialSnapshot& a, const TrialSnapshot& b) {
        return ranksBefore(*a, *b, objective);
    });
    return trials;
}

}  // namespace hyperlab
