#include "search/gp/acquisition.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hyperlab {

namespace {
const double kLogSqrt2Pi = 0.5 * std::log(2.0 * std::numbers::pi);
}

double logH(double z) {
    const double logPhi = -0.5 * z * z - kLogSqrt2Pi;
    if (z > -1.0) {
        const double pdf = std::exp(logPhi);
        const double cdf = 0.5 * std::erfc(-z / std::numbers::sqrt2);
        return std::log(pdf + z * cdf);
    }
    if (z > -25.0) {
        const double t = -z / std::numbers::sqrt2;
        const double erfcx = std::exp(t * t) * std::erfc(t);
        return logPhi + std::log1p(z * std::sqrt(std::numbers::pi / 2.0) * erfcx);
    }
    // 1 - |z| sqrt(pi/2) erfcx(|z|/sqrt2) = z^-2 (1 - 3 z^-2 + 15 z^-4 - 105 z^-6 ...),
    // terms (-1)^k (2k+1)!! z^-2k; at |z| >= 25 eight terms reach double precision.
    const double w = 1.0 / (z * z);
    double term = 1.0, sum = 1.0;
    for (int k = 1; k <= 8; ++k) {
        term *= -(2.0 * k + 1.0) * w;
        sum += term;
    }
    return logPhi + std::log(w) + std::log(sum);
}

double logExpectedImprovement(double mean, double variance, double best) {
    const double sigma = std::sqrt(std::max(variance, 1e-18));
    return std::log(sigma) + logH((best - mean) / sigma);
}

Eigen::VectorXd LogExpectedImprovement::operator()(
    const Eigen::Ref<const Eigen::MatrixXd>& points) const {
    Eigen::VectorXd mean, variance;
    m_gp.predict(points, mean, variance);
    Eigen::VectorXd out(points.rows());
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        out[i] = logExpectedImprovement(mean[i], variance[i], m_best);
    return out;
}

}  // namespace hyperlab
