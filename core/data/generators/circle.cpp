#include "data/generators/circle.h"

#include <cmath>
#include <numbers>

#include "common/random.h"
#include "data/generators/generator_common.h"

namespace hyperlab {

std::shared_ptr<const Dataset> makeCircleDataset(int samples, double noise, std::uint64_t seed) {
    checkGeneratorArguments(samples, noise);
    auto data = makeEmpty2dDataset("circle", Task::Classification, samples, {"inner", "outer"});
    Random random(seed);
    const double jitter = 0.2 * noise;
    for (int i = 0; i < samples; ++i) {
        const int label = alternatingClass(i, 2);
        const double radius = label == 0 ? random.uniform(0.0, 0.5) : random.uniform(0.7, 1.0);
        const double angle = random.uniform(0.0, 2.0 * std::numbers::pi);
        const double x = radius * std::sin(angle) + jitter * random.normal();
        const double y = radius * std::cos(angle) + jitter * random.normal();
        data->features(0, i) = Scalar(x);
        data->features(1, i) = Scalar(y);
        data->labels[std::size_t(i)] = label;
    }
    return data;
}

}  // namespace hyperlab
