#include "train/memory_estimate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/errors.h"

namespace hyperlab {

namespace {

/// Bytes as "1.5 GiB" / "300.0 MiB".
std::string sizeText(double bytes) {
    char buffer[64];
    if (bytes >= 1024.0 * 1024 * 1024)
        std::snprintf(buffer, sizeof buffer, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    else
        std::snprintf(buffer, sizeof buffer, "%.1f MiB", bytes / (1024.0 * 1024));
    return buffer;
}

}  // namespace

double MemoryEstimate::bytes() const {
    return 4.0 * (4.0 * parameters + activations);
}

MemoryEstimate estimateTrialMemory(const ModelConfig& model, Shape input, int outputs,
                                   int batchSize) {
    // Doubles throughout: the products overflow any int long before memory
    // runs out.
    const double batch = std::max(batchSize, 1);
    double channels = input.channels, height = input.height, width = input.width;
    double convParameters = 0, convActivations = 0, largestIm2col = 0;
    // Layers after the weighted one that keep a same-sized output (batch
    // norm, activation).
    const double followers = model.batchNorm ? 2 : 1;
    for (const ConvLayerConfig& c : model.convLayers) {
        const double k = c.kernelSize, s = std::max(c.stride, 1);
        const double inChannels = channels;
        if (c.padding == "same") {
            height = std::ceil(height / s);
            width = std::ceil(width / s);
        } else {
            height = std::max(1.0, std::floor((height - k) / s) + 1);
            width = std::max(1.0, std::floor((width - k) / s) + 1);
        }
        channels = c.filters;
        convParameters +=
            channels * inChannels * k * k + channels + (model.batchNorm ? 2 * channels : 0);
        convActivations += (1 + followers) * channels * height * width;
        largestIm2col = std::max(largestIm2col, inChannels * k * k * height * width);
        if (c.pool == "global_avg") {
            height = width = 1;
        } else if (c.pool != "none") {
            const double p = c.poolSize, ps = c.poolStride > 0 ? c.poolStride : c.poolSize;
            height = std::max(1.0, std::floor((height - p) / ps) + 1);
            width = std::max(1.0, std::floor((width - p) / ps) + 1);
        }
        if (c.pool != "none")
            convActivations += channels * height * width;
    }
    double size = channels * height * width;
    double denseParameters = 0, denseActivations = 0;
    const double dropout = model.dropout > 0 ? 2 : 0;  // output and mask
    for (int units : model.hiddenLayers) {
        denseParameters += size * units + units + (model.batchNorm ? 2.0 * units : 0);
        denseActivations += (1 + followers + dropout) * units;
        size = units;
    }
    denseParameters += size * outputs + outputs;
    denseActivations += outputs;

    MemoryEstimate estimate;
    estimate.parameters = convParameters + denseParameters;
    estimate.activations = 2 * batch *
                               (input.channels * double(input.height) * input.width +
                                convActivations + denseActivations) +
                           largestIm2col;
    const double convBytes = 4 * convParameters + 2 * batch * convActivations + largestIm2col;
    const double denseBytes = 4 * denseParameters + 2 * batch * denseActivations;
    estimate.field = convBytes > denseBytes ? "model.conv_layers" : "model.hidden_layers";
    return estimate;
}

void checkTrialMemory(const ModelConfig& model, Shape input, int outputs, int batchSize) {
    const MemoryEstimate e = estimateTrialMemory(model, input, outputs, batchSize);
    if (e.bytes() <= kMaxTrialBytes)
        return;
    char parameters[32];
    std::snprintf(parameters, sizeof parameters, "%.3g", e.parameters);
    throw InputError(e.field, "a trial would need about " + sizeText(e.bytes()) + " of memory (" +
                                  parameters +
                                  " parameters with their gradients and optimizer state, plus "
                                  "the activations of a batch of " +
                                  std::to_string(std::max(batchSize, 1)) +
                                  "), more than the limit of " + sizeText(kMaxTrialBytes) +
                                  " per trial that keeps a run within a desktop's memory "
                                  "(allowed: smaller or fewer layers, or a smaller batch)");
}

}  // namespace hyperlab
