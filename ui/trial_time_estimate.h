#pragma once

#include "data/dataset.h"
#include "train/run_config.h"

namespace hyperlab::ui {

/// A rough time in seconds for one training run of `config` before any trial
/// has been measured, from the network's size and the data: about six flops
/// per use of a weight (forward and backward) at ~1 GFLOP/s effective: a
/// dense weight is used once per sample, a conv weight once per output
/// position of its layer. `preview` gives the input
/// shape and classes; 0 when unknown. The Search panel replaces it with
/// measured times as soon as trials finish.
double estimateTrialSeconds(const RunConfig& config, const Dataset* preview);

}  // namespace hyperlab::ui
