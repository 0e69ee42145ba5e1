#include "nn/activations/leaky_relu.h"

#include <cmath>

namespace hyperlab {

LeakyRelu::LeakyRelu(double negativeSlope) : m_slope(static_cast<Scalar>(negativeSlope)) {
    if (!std::isfinite(negativeSlope))
        throw InputError("model.activation_parameter",
                         "leaky_relu negative slope must be a finite number (allowed: e.g. 0.01)");
}

void LeakyRelu::apply(const Matrix& x, Matrix& y) const {
    // Branch-free: exactly one of the two terms is non-zero.
    y = x.cwiseMax(Scalar(0)) + m_slope * x.cwiseMin(Scalar(0));
}

void LeakyRelu::gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const {
    dx = (x.array() > Scalar(0)).select(dy, m_slope * dy.array());
}

}  // namespace hyperlab
