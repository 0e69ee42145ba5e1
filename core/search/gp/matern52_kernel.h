#pragma once

#include <Eigen/Core>

namespace hyperlab {

/// Matern 5/2 kernel with automatic relevance determination (one lengthscale
/// per input column), Rasmussen and Williams, "Gaussian Processes for
/// Machine Learning" (2006), eq. 4.17:
///
///   k(x, x') = s2 (1 + sqrt5 r + 5/3 r^2) exp(-sqrt5 r),
///   r^2 = sum_i (x_i - x'_i)^2 / l_i^2.
///
/// Hyperparameters are kept in log space, theta = [log l_1 .. log l_d,
/// log s2], which makes them positive and their optimisation well scaled.
/// Derivatives (no singularity at r = 0):
///
///   dk/d log s2  = k
///   dk/d log l_i = s2 (5/3) (1 + sqrt5 r) exp(-sqrt5 r) (x_i - x'_i)^2 / l_i^2
///
/// Points are rows of matrices, in double precision.
class Matern52Kernel {
public:
    /// Lengthscales 0.5 (on unit-cube inputs) and signal variance 1.
    explicit Matern52Kernel(int dimensions = 1);

    int dimensions() const { return static_cast<int>(m_logLengthscales.size()); }
    /// d + 1: the lengthscales, then the signal variance.
    int hyperparameterCount() const { return dimensions() + 1; }
    /// theta = [log l_1 .. log l_d, log s2].
    Eigen::VectorXd hyperparameters() const;
    void setHyperparameters(const Eigen::Ref<const Eigen::VectorXd>& theta);
    double signalVariance() const { return m_signalVariance; }
    Eigen::VectorXd lengthscales() const { return m_logLengthscales.array().exp(); }

    double operator()(const Eigen::Ref<const Eigen::VectorXd>& x,
                      const Eigen::Ref<const Eigen::VectorXd>& y) const;
    /// dk(x, y)/dtheta, length hyperparameterCount().
    Eigen::VectorXd gradient(const Eigen::Ref<const Eigen::VectorXd>& x,
                             const Eigen::Ref<const Eigen::VectorXd>& y) const;
    /// K_ij = k(a_i, b_j) for the rows of a and b.
    Eigen::MatrixXd cross(const Eigen::Ref<const Eigen::MatrixXd>& a,
                          const Eigen::Ref<const Eigen::MatrixXd>& b) const;
    /// K_ij = k(x_i, x_j).
    Eigen::MatrixXd matrix(const Eigen::Ref<const Eigen::MatrixXd>& x) const { return cross(x, x); }

    /// sum_ij W_ij dK_ij/dtheta for every hyperparameter, for symmetric W
    /// and K = matrix(x), in O(n^2 d) without forming the n x n derivative
    /// matrices (the contraction the marginal likelihood gradient needs).
    Eigen::VectorXd contractGradient(const Eigen::Ref<const Eigen::MatrixXd>& x,
                                     const Eigen::Ref<const Eigen::MatrixXd>& w) const;

private:
    Eigen::VectorXd m_logLengthscales;
    double m_logSignalVariance = 0.0;
    double m_signalVariance = 1.0;
    Eigen::VectorXd m_inverseLengthscales;
};

}  // namespace hyperlab
