#include "data/generators/plane.h"

#include "common/random.h"
#include "data/generators/generator_common.h"

namespace hyperlab {

std::shared_ptr<const Dataset> makePlaneDataset(int samples, double noise, std::uint64_t seed) {
    checkGeneratorArguments(samples, noise);
    auto data = makeEmpty2dDataset("plane", Task::Regression, samples);
    Random random(seed);
    const double spread = 0.5 * noise;
    for (int i = 0; i < samples; ++i) {
        const double x0 = random.uniform(-1.0, 1.0);
        const double x1 = random.uniform(-1.0, 1.0);
        data->features(0, i) = Scalar(x0);
        data->features(1, i) = Scalar(x1);
        data->targets(0, i) =
            Scalar(kPlaneSlope0 * x0 + kPlaneSlope1 * x1 + spread * random.normal());
    }
    return data;
}

}  // namespace hyperlab
