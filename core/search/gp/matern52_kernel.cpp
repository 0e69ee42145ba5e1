#include "search/gp/matern52_kernel.h"

#include <cmath>

namespace hyperlab {

namespace {
const double kSqrt5 = std::sqrt(5.0);
}

Matern52Kernel::Matern52Kernel(int dimensions) {
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(dimensions + 1);
    theta.head(dimensions).setConstant(std::log(0.5));
    setHyperparameters(theta);
}

Eigen::VectorXd Matern52Kernel::hyperparameters() const {
    Eigen::VectorXd theta(hyperparameterCount());
    theta << m_logLengthscales, m_logSignalVariance;
    return theta;
}

void Matern52Kernel::setHyperparameters(const Eigen::Ref<const Eigen::VectorXd>& theta) {
    const Eigen::Index d = theta.size() - 1;
    m_logLengthscales = theta.head(d);
    m_logSignalVariance = theta[d];
    m_signalVariance = std::exp(m_logSignalVariance);
    m_inverseLengthscales = (-m_logLengthscales.array()).exp();
}

double Matern52Kernel::operator()(const Eigen::Ref<const Eigen::VectorXd>& x,
                                  const Eigen::Ref<const Eigen::VectorXd>& y) const {
    const double r = ((x - y).array() * m_inverseLengthscales.array()).matrix().norm();
    return m_signalVariance * (1.0 + kSqrt5 * r + 5.0 / 3.0 * r * r) * std::exp(-kSqrt5 * r);
}

Eigen::VectorXd Matern52Kernel::gradient(const Eigen::Ref<const Eigen::VectorXd>& x,
                                         const Eigen::Ref<const Eigen::VectorXd>& y) const {
    const Eigen::ArrayXd scaled2 = ((x - y).array() * m_inverseLengthscales.array()).square();
    const double r = std::sqrt(scaled2.sum());
    const double e = std::exp(-kSqrt5 * r);
    Eigen::VectorXd g(hyperparameterCount());
    g.head(dimensions()) = (m_signalVariance * 5.0 / 3.0 * (1.0 + kSqrt5 * r) * e) * scaled2;
    g[dimensions()] = m_signalVariance * (1.0 + kSqrt5 * r + 5.0 / 3.0 * r * r) * e;
    return g;
}

Eigen::MatrixXd Matern52Kernel::cross(const Eigen::Ref<const Eigen::MatrixXd>& a,
                                      const Eigen::Ref<const Eigen::MatrixXd>& b) const {
    // Squared scaled distances through |a|^2 + |b|^2 - 2 a.b^T: one matrix
    // product instead of n*m small loops; clamped because rounding can make
    // tiny distances slightly negative.
    const Eigen::MatrixXd as = a * m_inverseLengthscales.asDiagonal();
    const Eigen::MatrixXd bs = b * m_inverseLengthscales.asDiagonal();
    Eigen::MatrixXd r2 = (-2.0 * as) * bs.transpose();
    r2.colwise() += as.rowwise().squaredNorm();
    r2.rowwise() += bs.rowwise().squaredNorm().transpose();
    const Eigen::ArrayXXd r = r2.array().max(0.0).sqrt();
    return (m_signalVariance * (1.0 + kSqrt5 * r + 5.0 / 3.0 * r.square()) * (-kSqrt5 * r).exp())
        .matrix();
}

Eigen::VectorXd Matern52Kernel::contractGradient(const Eigen::Ref<const Eigen::MatrixXd>& x,
                                                 const Eigen::Ref<const Eigen::MatrixXd>& w) const {
    const Eigen::Index n = x.rows();
    const int d = dimensions();
    const Eigen::MatrixXd xs = x * m_inverseLengthscales.asDiagonal();
    Eigen::VectorXd g = Eigen::VectorXd::Zero(hyperparameterCount());
    // Only the upper triangle: W and K are symmetric, and the diagonal
    // (r = 0) contributes to the signal variance term only.
    Eigen::VectorXd diff(d);
    for (Eigen::Index j = 0; j < n; ++j) {
        g[d] += w(j, j) * m_signalVariance;
        for (Eigen::Index i = 0; i < j; ++i) {
            diff = (xs.row(i) - xs.row(j)).transpose();
            const Eigen::ArrayXd sq = diff.array().square();
            const double r = std::sqrt(sq.sum());
            const double e = std::exp(-kSqrt5 * r);
            const double wij = 2.0 * w(i, j);
            g[d] += wij * m_signalVariance * (1.0 + kSqrt5 * r + 5.0 / 3.0 * r * r) * e;
            g.head(d) +=
                (wij * m_signalVariance * 5.0 / 3.0 * (1.0 + kSqrt5 * r) * e) * sq.matrix();
        }
    }
    return g;
}

}  // namespace hyperlab
