#pragma once

#include "common/tensor.h"
#include "data/dataset.h"
#include "train/run_config.h"

namespace hyperlab {

/// Checks every value of a config on its own: ranges, names against the
/// registries, combinations that cannot train (test + validation fractions
/// leaving no training data, a warm-up as long as the run...). Throws the
/// first problem as InputError(dotted field path, "what is wrong (allowed:
/// ...)"), e.g. "training.learning_rate: 1e+09 is out of range (allowed:
/// 1e-07 to 10)". runConfigFromJson calls it; call it yourself on configs
/// built in code.
void validate(const RunConfig& config);

/// The checks that need the loaded data: walks the conv stack computing each
/// layer's spatial size exactly as the layers will (same padding: out =
/// ceil(in / stride), which for odd k is floor((in + 2*pad - k) / stride) + 1
/// with pad = (k-1)/2 per side; valid: floor((in - k) / stride) + 1; pooling:
/// floor((in - size) / stride) + 1; global_avg gives 1x1) and rejects
/// a kernel or pool larger than its input, conv layers on point data
/// (height = width = 1), and a loss or early-stopping monitor that does not
/// fit the task (mse on classes, cross_entropy on regression,
/// binary_cross_entropy on other than 2 classes), and a model whose trial
/// would need more memory than kMaxTrialBytes (train/memory_estimate.h).
void validateAgainstInput(const RunConfig& config, Shape inputShape, Task task, int classCount);

}  // namespace hyperlab
