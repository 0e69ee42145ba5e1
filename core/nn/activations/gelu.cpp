#include "nn/activations/gelu.h"

#include <numbers>

// Eigen's vectorised erf (a rational approximation accurate to a few ulp in
// float) lives in the SpecialFunctions module.
#include <unsupported/Eigen/SpecialFunctions>

namespace hyperlab {

namespace {
constexpr Scalar kInvSqrt2 = Scalar(1.0 / std::numbers::sqrt2);
constexpr Scalar kInvSqrt2Pi = Scalar(std::numbers::inv_sqrtpi / std::numbers::sqrt2);
}  // namespace

void Gelu::apply(const Matrix& x, Matrix& y) const {
    y = Scalar(0.5) * x.array() * (Scalar(1) + (x.array() * kInvSqrt2).erf());
}

void Gelu::gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const {
    const auto xa = x.array();
    const auto cdf = Scalar(0.5) * (Scalar(1) + (xa * kInvSqrt2).erf());
    const auto pdf = kInvSqrt2Pi * (Scalar(-0.5) * xa.square()).exp();
    dx = dy.array() * (cdf + xa * pdf);
}

}  // namespace hyperlab
