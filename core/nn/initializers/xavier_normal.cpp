#include "nn/initializers/xavier_normal.h"

#include <cmath>

#include "nn/initializers/fill.h"

namespace hyperlab {

void XavierNormal::fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const {
    requirePositiveFan(fanIn, "fanIn", "xavier_normal");
    requirePositiveFan(fanOut, "fanOut", "xavier_normal");
    fillNormal(weights, std::sqrt(2.0 / (fanIn + fanOut)), random);
}

}  // namespace hyperlab
