#include "nn/initializers/kaiming_uniform.h"

#include <cmath>

#include "nn/initializers/fill.h"

namespace hyperlab {

void KaimingUniform::fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const {
    requirePositiveFan(fanIn, "fanIn", "kaiming_uniform");
    fillUniform(weights, std::sqrt(6.0 / fanIn), random);
}

}  // namespace hyperlab
