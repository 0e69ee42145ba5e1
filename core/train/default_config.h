#pragma once

#include "train/run_config.h"

namespace hyperlab {

/// The run HyperLab starts with: the spiral set and a small MLP that learns
/// it in a few seconds. The CLI's `demo` and the GUI's first start use it.
RunConfig defaultRunConfig();

}  // namespace hyperlab
