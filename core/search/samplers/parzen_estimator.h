#pragma once

#include <cstddef>
#include <vector>

#include "common/random.h"

namespace hyperlab {

/// The 1-D density model of TPE (Bergstra, Bardenet, Bengio and Kegl,
/// "Algorithms for Hyper-Parameter Optimization", NeurIPS 2011) on the
/// uniform coordinate [0, 1] of one dimension: an equally weighted mixture
/// of Gaussians truncated to [0, 1], one centred on each observation, plus a
/// prior component N(0.5, 1) of weight `priorWeight` that keeps some mass
/// everywhere. Each observation's bandwidth is the larger distance to its
/// neighbours (the prior's mean and the ends of [0, 1] count as
/// neighbours), clipped to [1 / min(100, n + 1), 1] as in Hyperopt's
/// "magic clip", so clusters get narrow kernels and isolated points wide ones.
class ParzenEstimator {
public:
    explicit ParzenEstimator(const std::vector<double>& observations, double priorWeight = 1.0);
    double sample(Random& rng) const;
    double logPdf(double x) const;

private:
    std::vector<double> m_mu, m_sigma, m_logWeight, m_logMass;
    std::vector<double> m_cumulative;
};

/// TPE's model of a categorical dimension: probability of choice k
/// proportional to (count of k among the observations) + priorWeight / K.
class CategoricalParzenEstimator {
public:
    CategoricalParzenEstimator(std::size_t choices, const std::vector<std::size_t>& observations,
                               double priorWeight = 1.0);
    std::size_t sample(Random& rng) const;
    double logPdf(std::size_t choice) const;

private:
    std::vector<double> m_probability;
};

}  // namespace hyperlab
