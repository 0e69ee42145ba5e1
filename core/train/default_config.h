#pragma once

#include "train/run_config.h"

namespace hyperlab {

/// The run HyperLab starts with: the spiral set and a small MLP (64, 64,
/// Adam at 0.01, 60 epochs) that learns it in a few seconds. The CLI's
/// `demo` and `defaults`, the GUI's first start, and a config file `{}`
/// all mean this run: it is RunConfig's own defaults.
RunConfig defaultRunConfig();

}  // namespace hyperlab
