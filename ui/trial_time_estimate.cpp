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
        double flopsPerSample = 6.0 * double(net.parameterCount());
        if (!config.model.convLayers.empty())
            flopsPerSample *= double(preview->inputShape.height * preview->inputShape.width) / 4.0;
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
