#include "nn/initializers/lecun_normal.h"

#include <cmath>

#include "nn/initializers/fill.h"

namespace hyperlab {

void LecunNormal::fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const {
    requirePositiveFan(fanIn, "fanIn", "lecun_normal");
    fillNormal(weights, std::sqrt(1.0 / fanIn), random);
}

}  // namespace hyperlab
