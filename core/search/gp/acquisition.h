#pragma once

#include <Eigen/Core>

#include "search/gp/gaussian_process.h"

namespace hyperlab {

/// log h(z) with h(z) = phi(z) + z Phi(z) (phi, Phi: standard normal pdf and
/// cdf), accurate for every z. Expected improvement is sigma h(z), and for
/// z below about -38 h(z) underflows to 0, so plain log(EI) becomes -inf and
/// flat: the optimiser then sees no gradient anywhere far from the best
/// point. Following Ament et al., "Unexpected Improvements to Expected
/// Improvement for Bayesian Optimization" (NeurIPS 2023), in three regimes:
///   z > -1:        log(phi(z) + z Phi(z)) directly (no cancellation);
///   -25 < z <= -1: log phi(z) + log1p(-|z| sqrt(pi/2) erfcx(|z|/sqrt2)),
///                  erfcx(t) = exp(t^2) erfc(t), since Phi(z) = erfc(-z/sqrt2)/2;
///   z <= -25:      log phi(z) - 2 log|z| + log(1 - 3/z^2 + 15/z^4 - ...), the
///                  asymptotic series of the same expression (Mills ratio).
double logH(double z);

/// log EI for minimisation: EI = E[max(best - f, 0)] for f ~ N(mean,
/// variance), i.e. sigma h((best - mean) / sigma). Variance is floored at
/// 1e-18 so observed points get a very low but finite value.
double logExpectedImprovement(double mean, double variance, double best);

/// log EI of a GP posterior against the best (lowest) standardised value.
class LogExpectedImprovement {
public:
    LogExpectedImprovement(const GaussianProcess& gp, double best) : m_gp(gp), m_best(best) {}
    /// log EI at each row of `points`.
    Eigen::VectorXd operator()(const Eigen::Ref<const Eigen::MatrixXd>& points) const;

private:
    const GaussianProcess& m_gp;
    double m_best;
};

}  // namespace hyperlab
