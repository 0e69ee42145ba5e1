#include "data/generators/generator_common.h"

#include <cmath>

#include "common/errors.h"

namespace hyperlab {

void checkGeneratorArguments(int samples, double noise) {
    if (samples < 2 || samples > kMaxGeneratedSamples)
        throw InputError("dataset.samples", "must be between 2 and " +
                                                std::to_string(kMaxGeneratedSamples) + ", got " +
                                                std::to_string(samples));
    if (!std::isfinite(noise) || noise < 0.0 || noise > kMaxGeneratorNoise)
        throw InputError("dataset.noise", "must be between 0 and " +
                                              std::to_string(int(kMaxGeneratorNoise)) + ", got " +
                                              std::to_string(noise));
}

std::shared_ptr<Dataset> makeEmpty2dDataset(std::string name, Task task, int samples,
                                            std::vector<std::string> classNames) {
    auto data = std::make_shared<Dataset>();
    data->name = std::move(name);
    data->task = task;
    data->inputShape = Shape{2, 1, 1};
    data->featureNames = {"x0", "x1"};
    data->features.resize(2, samples);
    if (task == Task::Classification) {
        data->classNames = std::move(classNames);
        data->labels.resize(std::size_t(samples));
    } else {
        data->targets.resize(1, samples);
    }
    return data;
}

}  // namespace hyperlab
