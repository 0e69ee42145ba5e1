#include "nn/initializers/uniform.h"

#include <cmath>

#include "nn/initializers/fill.h"

namespace hyperlab {

Uniform::Uniform(double scale) : m_scale(scale) {
    if (!std::isfinite(scale) || scale <= 0.0)
        throw InputError("model.init_scale",
                         "uniform scale must be a finite number > 0 (allowed: e.g. 0.05)");
}

void Uniform::fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const {
    fillUniform(weights, m_scale, random);
}

}  // namespace hyperlab
