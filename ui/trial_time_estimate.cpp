#include "trial_time_estimate.h"

#include <algorithm>

#include "train/model_builder.h"

namespace hyperlab::ui {

double estimateTrialSeconds(const RunConfig& config, const Dataset* preview) {
    if (!preview)
        return 0.0;
    try {
        const Network net =
            buildNetwork(config.model, preview->inputShape, std::max(1, preview->classCount()));
        // A weight is used once per sample in a dense layer and once per
        // output position in a conv layer (its kernel slides over the map);
        // each use costs ~6 flops over forward and backward.
        double flopsPerSample = 0.0;
        for (std::size_t i = 0; i < net.layerCount(); ++i) {
            const Layer& layer = net.layer(i);
            const Shape out = layer.outputShape();
            const double uses = layer.kind() == "conv2d" ? double(out.height) * out.width : 1.0;
            flopsPerSample += 6.0 * double(layer.parameterCount()) * uses;
        }
        double samples = config.dataset.samples;
        if (config.dataset.name == "fashion-mnist")
            samples = config.dataset.limit > 0 ? config.dataset.limit * 6.0 / 7.0 : 60000.0;
        else if (config.dataset.limit > 0)
            samples = std::min<double>(samples, config.dataset.limit);
        samples *= 1.0 - config.dataset.testFraction;
        return flopsPerSample * samples * config.training.epochs / 1e9 + 0.2;
    } catch (const std::exception&) {
        return 0.0;  // an invalid model: the form says why
    }
}

}  // namespace hyperlab::ui
