#pragma once

#include <string>

#include "common/tensor.h"
#include "train/run_config.h"

namespace hyperlab {

/// Memory one trial needs, estimated from the config alone, before a layer
/// is built. Every value is a 4-byte float:
///   parameters x 4: weights, gradients and up to two optimizer moments (Adam);
///   activations x 2: each layer's output for one batch, kept for backward,
///   and its gradient; plus one convolution's im2col buffer.
/// Layer sizes follow model_builder.h exactly; a kernel or pool that does
/// not fit counts as 1x1 (validateAgainstInput reports it).
struct MemoryEstimate {
    double parameters = 0;   ///< weights and biases of every layer
    double activations = 0;  ///< values of one batch, outputs and gradients
    /// The field whose layers hold the most: "model.conv_layers" or
    /// "model.hidden_layers" (the output layer counts with the hidden ones).
    std::string field = "model.hidden_layers";

    double bytes() const;
};

/// More than this (4 GiB) is refused: a desktop runs several trials at once
/// next to the data and the GUI, and a larger trial would be killed by the
/// system or die in std::bad_alloc halfway through building the network.
constexpr double kMaxTrialBytes = 4.0 * 1024 * 1024 * 1024;

MemoryEstimate estimateTrialMemory(const ModelConfig& model, Shape input, int outputs,
                                   int batchSize);

/// Throws InputError(estimate.field, "a trial would need about 64.0 GiB ...
/// (allowed: up to 4 GiB ...)") when the estimate exceeds kMaxTrialBytes.
void checkTrialMemory(const ModelConfig& model, Shape input, int outputs, int batchSize);

}  // namespace hyperlab
