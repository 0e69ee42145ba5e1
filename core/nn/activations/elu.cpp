// GCC 12 falsely reports "__Y is used uninitialized" inside its own AVX-512
// intrinsics when Eigen's vectorised expm1 is inlined (GCC bug 105593). The
// pragma must precede the includes that bring in the intrinsics.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

#include "nn/activations/elu.h"

#include <cmath>

namespace hyperlab {

Elu::Elu(double alpha) : m_alpha(static_cast<Scalar>(alpha)) {
    if (!std::isfinite(alpha) || alpha < 0.0)
        throw InputError("model.activation_parameter",
                         "elu alpha must be a finite number >= 0 (allowed: e.g. 1.0)");
}

void Elu::apply(const Matrix& x, Matrix& y) const {
    // expm1 of min(x, 0) never overflows for large positive x and keeps full
    // precision for small negative x, where exp(x) - 1 would cancel.
    y = x.cwiseMax(Scalar(0)).array() + m_alpha * x.cwiseMin(Scalar(0)).array().expm1();
}

void Elu::gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const {
    dx = (x.array() > Scalar(0)).select(dy.array(), dy.array() * (y.array() + m_alpha));
}

}  // namespace hyperlab
