#pragma once

#include "data/dataset.h"
#include "nn/losses/loss.h"
#include "nn/network.h"
#include "train/run_config.h"

namespace hyperlab {

/// How many outputs the last layer needs for this loss and dataset: one per
/// class for cross-entropy, one logit for binary cross-entropy, one per
/// target for regression losses.
int outputCount(OutputKind kind, const Dataset& data);

/// Builds the network a ModelConfig describes for inputs of `inputShape`:
///   per conv layer: Conv2D -> [BatchNorm] -> activation -> [pool]
///   then Flatten (when there were conv layers)
///   per hidden layer: Dense -> [BatchNorm] -> activation -> [Dropout]
///   then Dense(outputs), whose raw outputs the loss interprets.
/// Dropout applies to the dense part only (the usual place for it). The
/// network is finalised but not initialised. Throws InputError before
/// allocating anything when its parameters alone exceed kMaxTrialBytes
/// (checkTrialMemory with a batch of 1).
Network buildNetwork(const ModelConfig& model, Shape inputShape, int outputs);

}  // namespace hyperlab
