#include "data/generators/spiral.h"

#include <cmath>
#include <numbers>

#include "common/random.h"
#include "data/generators/generator_common.h"

namespace hyperlab {

std::shared_ptr<const Dataset> makeSpiralDataset(int samples, double noise, std::uint64_t seed) {
    checkGeneratorArguments(samples, noise);
    auto data = makeEmpty2dDataset("spiral", Task::Classification, samples, {"class 0", "class 1"});
    Random random(seed);
    const double jitter = 0.2 * noise;
    constexpr double turns = 1.75;
    // Position along the arm comes from the sample's rank within its class,
    // so every arm is covered evenly whatever the sample count.
    const int perClass[2] = {(samples + 1) / 2, samples / 2};
    for (int i = 0; i < samples; ++i) {
        const int label = alternatingClass(i, 2);
        const double along = double(i / 2) / double(perClass[label]);
        const double angle = turns * 2.0 * std::numbers::pi * along + label * std::numbers::pi;
        const double x = along * std::sin(angle) + jitter * random.normal();
        const double y = along * std::cos(angle) + jitter * random.normal();
        data->features(0, i) = Scalar(x);
        data->features(1, i) = Scalar(y);
        data->labels[std::size_t(i)] = label;
    }
    return data;
}

}  // namespace hyperlab
