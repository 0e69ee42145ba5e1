#include "data/generators/gaussians.h"

#include "common/random.h"
#include "data/generators/generator_common.h"

namespace hyperlab {

std::shared_ptr<const Dataset> makeGaussiansDataset(int samples, double noise, std::uint64_t seed) {
    checkGeneratorArguments(samples, noise);
    auto data =
        makeEmpty2dDataset("gaussians", Task::Classification, samples, {"class 0", "class 1"});
    Random random(seed);
    const double spread = 0.1 + 0.4 * noise;
    for (int i = 0; i < samples; ++i) {
        const int label = alternatingClass(i, 2);
        const double centre = label == 0 ? 0.35 : -0.35;
        data->features(0, i) = Scalar(random.normal(centre, spread));
        data->features(1, i) = Scalar(random.normal(centre, spread));
        data->labels[std::size_t(i)] = label;
    }
    return data;
}

}  // namespace hyperlab
