#include "data/generators/xor.h"

#include "common/random.h"
#include "data/generators/generator_common.h"

namespace hyperlab {

std::shared_ptr<const Dataset> makeXorDataset(int samples, double noise, std::uint64_t seed) {
    checkGeneratorArguments(samples, noise);
    auto data = makeEmpty2dDataset("xor", Task::Classification, samples, {"class 0", "class 1"});
    Random random(seed);
    const double jitter = 0.2 * noise;
    for (int i = 0; i < samples; ++i) {
        const int label = alternatingClass(i, 2);
        const double signX = random.below(2) == 0 ? 1.0 : -1.0;
        const double signY = label == 0 ? signX : -signX;
        const double x = signX * random.uniform(0.05, 1.0) + jitter * random.normal();
        const double y = signY * random.uniform(0.05, 1.0) + jitter * random.normal();
        data->features(0, i) = Scalar(x);
        data->features(1, i) = Scalar(y);
        data->labels[std::size_t(i)] = label;
    }
    return data;
}

}  // namespace hyperlab
