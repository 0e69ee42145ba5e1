#pragma once

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include "common/random.h"
#include "search/gp/matern52_kernel.h"

namespace hyperlab {

/// Gaussian-process regression with a zero prior mean and Gaussian noise
/// (Rasmussen and Williams 2006, algorithm 2.1). The caller standardises
/// the outputs (zero mean, unit variance), so "zero prior mean" means "the
/// average of what was seen", and scales inputs to the unit cube.
///
/// With K = k(X, X) + noise I = L L^T and alpha = K^-1 y:
///   mean(x)     = k(x, X) alpha
///   variance(x) = k(x, x) - |L^-1 k(X, x)|^2            (latent f, no noise)
///   log p(y|X)  = -y^T alpha / 2 - sum_i log L_ii - n log(2 pi) / 2
///   d log p / d theta_j = tr((alpha alpha^T - K^-1) dK/dtheta_j) / 2
///
/// Hyperparameters theta = [kernel theta (log lengthscales, log signal
/// variance), log noise variance].
class GaussianProcess {
public:
    explicit GaussianProcess(Matern52Kernel kernel = Matern52Kernel(1),
                             double noiseVariance = 1e-6);

    const Matern52Kernel& kernel() const { return m_kernel; }
    double noiseVariance() const { return std::exp(m_logNoise); }
    int hyperparameterCount() const { return m_kernel.hyperparameterCount() + 1; }
    Eigen::VectorXd hyperparameters() const;
    /// Sets theta and refactorises the data, if any.
    void setHyperparameters(const Eigen::Ref<const Eigen::VectorXd>& theta);

    /// Conditions on observations: rows of x, values y.
    void fit(const Eigen::Ref<const Eigen::MatrixXd>& x,
             const Eigen::Ref<const Eigen::VectorXd>& y);
    /// Adds one observation and refactorises (used for fantasies of
    /// pending points).
    void addObservation(const Eigen::Ref<const Eigen::VectorXd>& x, double y);
    Eigen::Index size() const { return m_x.rows(); }
    const Eigen::MatrixXd& inputs() const { return m_x; }
    const Eigen::VectorXd& outputs() const { return m_y; }

    /// Posterior mean and latent variance at the rows of `points`.
    void predict(const Eigen::Ref<const Eigen::MatrixXd>& points, Eigen::VectorXd& mean,
                 Eigen::VectorXd& variance) const;
    double predictMean(const Eigen::Ref<const Eigen::VectorXd>& x) const;
    /// Posterior mean only, at the rows of `points`: O(n) per point where
    /// predict() also solves for the variance, O(n^2) per point.
    Eigen::VectorXd predictMeans(const Eigen::Ref<const Eigen::MatrixXd>& points) const;
    double predictVariance(const Eigen::Ref<const Eigen::VectorXd>& x) const;

    double logMarginalLikelihood() const;
    /// d log p(y|X) / d theta, length hyperparameterCount().
    Eigen::VectorXd logMarginalLikelihoodGradient() const;

private:
    void factorize();

    Matern52Kernel m_kernel;
    double m_logNoise;
    Eigen::MatrixXd m_x;
    Eigen::VectorXd m_y;
    Eigen::LLT<Eigen::MatrixXd> m_llt;
    Eigen::VectorXd m_alpha;
};

/// Bounds, priors and effort of the hyperparameter fit.
struct GpFitOptions {
    int restarts = 2;              ///< random starts besides the default one...
    int restartsUpToPoints = 100;  ///< ...made only with at most this many observations
    int iterations = 60;           ///< L-BFGS iterations per start
    int maxFitPoints = 200;        ///< theta is fitted on a random subset of this many
    double minLengthscale = 0.01, maxLengthscale = 10.0;
    double minSignalVariance = 0.01, maxSignalVariance = 50.0;
    double minNoiseVariance = 1e-6, maxNoiseVariance = 1.0;
};

/// log prior density of theta (on the log scale) and its gradient, the
/// weak priors that keep fits on few points sane (BoTorch's choices, adapted
/// to standardised outputs): Gamma(3, 6) on each lengthscale (mode 1/3 of the
/// cube), log-normal(0, 1.5) on the signal variance, and
/// 0.1 log(noise) - 30 noise on the noise variance (prefers small noise).
double logHyperparameterPrior(const Eigen::Ref<const Eigen::VectorXd>& theta,
                              Eigen::VectorXd* gradient = nullptr);

/// A GP on (x, y) with theta maximising log p(y|X) + log prior inside the
/// bounds of `options` (MAP), by L-BFGS from the default start and
/// options.restarts random ones drawn from rng. Bounds are enforced by a
/// change of variables theta = low + (high - low) sigmoid(z).
GaussianProcess fitGaussianProcess(const Eigen::Ref<const Eigen::MatrixXd>& x,
                                   const Eigen::Ref<const Eigen::VectorXd>& y,
                                   const GpFitOptions& options, Random& rng);

}  // namespace hyperlab
