#include "nn/initializers/xavier_uniform.h"

#include <cmath>

#include "nn/initializers/fill.h"

namespace hyperlab {

void XavierUniform::fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const {
    requirePositiveFan(fanIn, "fanIn", "xavier_uniform");
    requirePositiveFan(fanOut, "fanOut", "xavier_uniform");
    fillUniform(weights, std::sqrt(6.0 / (fanIn + fanOut)), random);
}

}  // namespace hyperlab
