#include "nn/initializers/kaiming_normal.h"

#include <cmath>

#include "nn/initializers/fill.h"

namespace hyperlab {

void KaimingNormal::fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const {
    requirePositiveFan(fanIn, "fanIn", "kaiming_normal");
    fillNormal(weights, std::sqrt(2.0 / fanIn), random);
}

}  // namespace hyperlab
