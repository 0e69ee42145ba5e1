#include "data/generators/sine.h"

#include <cmath>
#include <numbers>

#include "common/random.h"
#include "data/generators/generator_common.h"

namespace hyperlab {

double sineTarget(double x0, double x1) {
    return std::sin(std::numbers::pi * x0) * std::cos(0.5 * std::numbers::pi * x1);
}

std::shared_ptr<const Dataset> makeSineDataset(int samples, double noise, std::uint64_t seed) {
    checkGeneratorArguments(samples, noise);
    auto data = makeEmpty2dDataset("sine", Task::Regression, samples);
    Random random(seed);
    const double spread = 0.5 * noise;
    for (int i = 0; i < samples; ++i) {
        const double x0 = random.uniform(-1.0, 1.0);
        const double x1 = random.uniform(-1.0, 1.0);
        data->features(0, i) = Scalar(x0);
        data->features(1, i) = Scalar(x1);
        data->targets(0, i) = Scalar(sineTarget(x0, x1) + spread * random.normal());
    }
    return data;
}

}  // namespace hyperlab
