#pragma once

#include <vector>

#include "study/model/trial.h"
#include "train/diagnosis.h"

namespace hyperlab {

/// The diagnosis (train/diagnosis.h) of a trained trial that ran to an end:
/// completed, or failed. None for analytic-function trials (no training
/// curves) and for queued, running, pruned or cancelled ones: a verdict on
/// curves cut short would be about the cut.
std::vector<Finding> diagnoseTrial(const Trial& trial);

}  // namespace hyperlab
