#include "nn/initializers/normal.h"

#include <cmath>

#include "nn/initializers/fill.h"

namespace hyperlab {

Normal::Normal(double scale) : m_scale(scale) {
    if (!std::isfinite(scale) || scale <= 0.0)
        throw InputError("model.init_scale",
                         "normal scale must be a finite number > 0 (allowed: e.g. 0.05)");
}

void Normal::fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const {
    fillNormal(weights, m_scale, random);
}

}  // namespace hyperlab
