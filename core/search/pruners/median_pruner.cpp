#include "search/pruners/median_pruner.h"

#include <algorithm>
#include <cmath>

namespace hyperlab {

double MedianPruner::median(std::vector<double> values) {
    const std::size_t n = values.size();
    std::sort(values.begin(), values.end());
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

bool MedianPruner::shouldPrune(const PrunerTrial& trial,
                               const std::vector<PrunerTrial>& others) const {
    const std::size_t epoch = trial.values.size();
    if (epoch == 0 || int(epoch) <= m_settings.warmupEpochs)
        return false;
    const double value = trial.values[epoch - 1];
    // A NaN will fail the trial on its own; pruning it would hide the reason.
    if (!std::isfinite(value))
        return false;
    std::vector<double> reference;
    for (const PrunerTrial& other : others)
        if (other.number != trial.number && other.state == TrialState::Completed &&
            other.values.size() >= epoch && std::isfinite(other.values[epoch - 1]))
            reference.push_back(other.values[epoch - 1]);
    if (reference.empty() || int(reference.size()) < m_settings.minTrials)
        return false;
    return value > median(std::move(reference));
}

}  // namespace hyperlab
