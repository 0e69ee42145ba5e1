#include "data/generators/moons.h"

#include <cmath>
#include <numbers>

#include "common/random.h"
#include "data/generators/generator_common.h"

namespace hyperlab {

std::shared_ptr<const Dataset> makeMoonsDataset(int samples, double noise, std::uint64_t seed) {
    checkGeneratorArguments(samples, noise);
    auto data = makeEmpty2dDataset("moons", Task::Classification, samples, {"class 0", "class 1"});
    Random random(seed);
    // The unscaled moons cover x in [-1, 2] and y in [-0.5, 1]; one common
    // scale keeps their shape (and the meaning of noise) intact.
    constexpr double centreX = 0.5, centreY = 0.25, scale = 1.0 / 1.5;
    for (int i = 0; i < samples; ++i) {
        const int label = alternatingClass(i, 2);
        const double t = random.uniform(0.0, std::numbers::pi);
        double x = label == 0 ? std::cos(t) : 1.0 - std::cos(t);
        double y = label == 0 ? std::sin(t) : 0.5 - std::sin(t);
        x += noise * random.normal();
        y += noise * random.normal();
        data->features(0, i) = Scalar((x - centreX) * scale);
        data->features(1, i) = Scalar((y - centreY) * scale);
        data->labels[std::size_t(i)] = label;
    }
    return data;
}

}  // namespace hyperlab
