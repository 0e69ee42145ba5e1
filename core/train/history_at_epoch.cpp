#include "train/history_at_epoch.h"

#include <algorithm>

namespace hyperlab {

const EpochMetrics* metricsAtEpoch(const std::vector<EpochMetrics>& history, int epoch) {
    // The first epoch after `epoch`; the one before it is the answer.
    const auto after = std::upper_bound(history.begin(), history.end(), epoch,
                                        [](int e, const EpochMetrics& m) { return e < m.epoch; });
    return after == history.begin() ? nullptr : &*(after - 1);
}

}  // namespace hyperlab
