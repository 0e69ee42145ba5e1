#pragma once

#include <vector>

#include "train/training_result.h"

namespace hyperlab {

/// The metrics of a run at `epoch` (1-based), or of its last epoch before
/// it when the run stopped earlier (pruned, diverged, early-stopped, still
/// training); null when it has no epoch up to `epoch`. `history` is in epoch
/// order, as every history is.
const EpochMetrics* metricsAtEpoch(const std::vector<EpochMetrics>& history, int epoch);

}  // namespace hyperlab
