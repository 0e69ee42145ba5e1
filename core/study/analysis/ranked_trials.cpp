#include "study/analysis/ranked_trials.h"

#include <algorithm>
#include <cmath>

namespace hyperlab {

std::vector<TrialSnapshot> rankCompletedTrials(const std::vector<TrialSnapshot>& trials,
                                               const Objective& objective) {
    std::vector<TrialSnapshot> ranked;
    for (const TrialSnapshot& t : trials)
        if (t && t->state == TrialState::Completed && std::isfinite(t->value))
            ranked.push_back(t);
    std::sort(ranked.begin(), ranked.end(), [&](const TrialSnapshot& a, const TrialSnapshot& b) {
        const double x = objective.minimized(a->value), y = objective.minimized(b->value);
        return x != y ? x < y : a->number < b->number;
    });
    return ranked;
}

std::size_t topCount(std::size_t completed, double fraction) {
    if (completed == 0)
        return 0;
    const auto k = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(completed)));
    return std::clamp<std::size_t>(k, 1, completed);
}

std::vector<std::size_t> varyingDimensions(const SearchSpace& space) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < space.size(); ++i) {
        const Dimension& d = space[i];
        bool varies = false;
        if (const auto* f = d.as<FloatDimension>())
            varies = f->low < f->high;
        else if (const auto* n = d.as<IntDimension>())
            varies = n->count() > 1;
        else if (const auto* c = d.as<CategoricalDimension>())
            varies = c->values.size() > 1;
        if (varies)
            out.push_back(i);
    }
    return out;
}

}  // namespace hyperlab
