#include "search/pruners/successive_halving_pruner.h"

#include <algorithm>
#include <cmath>

namespace hyperlab {

bool SuccessiveHalvingPruner::isRung(int epoch) const {
    long long rung = m_settings.minResource;
    while (rung < epoch)
        rung *= m_settings.reductionFactor;
    return rung == epoch;
}

bool SuccessiveHalvingPruner::shouldPrune(const PrunerTrial& trial,
                                          const std::vector<PrunerTrial>& others) const {
    const std::size_t epoch = trial.values.size();
    if (epoch == 0 || int(epoch) <= m_settings.warmupEpochs || !isRung(int(epoch)))
        return false;
    const double value = trial.values[epoch - 1];
    if (!std::isfinite(value))
        return false;
    std::vector<double> competing;
    for (const PrunerTrial& other : others)
        if (other.number != trial.number && other.values.size() >= epoch &&
            std::isfinite(other.values[epoch - 1]))
            competing.push_back(other.values[epoch - 1]);
    if (int(competing.size()) < m_settings.bootstrapTrials)
        return false;
    competing.push_back(value);
    std::sort(competing.begin(), competing.end());
    // The best floor(n / eta) go on; with fewer than eta arrivals only the
    // best so far does (ASHA cannot wait for the rung to fill).
    const std::size_t promoted =
        std::max<std::size_t>(1, competing.size() / std::size_t(m_settings.reductionFactor));
    return value > competing[promoted - 1];
}

}  // namespace hyperlab
