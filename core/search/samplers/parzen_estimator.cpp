#include "search/samplers/parzen_estimator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace hyperlab {

namespace {

double normalCdf(double z) {
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

}  // namespace

ParzenEstimator::ParzenEstimator(const std::vector<double>& observations, double priorWeight) {
    const double priorMean = 0.5, priorSigma = 1.0;
    std::vector<double> points = observations;
    for (auto& p : points)
        p = std::clamp(p, 0.0, 1.0);
    // Bandwidths from neighbour distances among the sorted observations and
    // the prior mean.
    std::vector<double> sorted = points;
    sorted.push_back(priorMean);
    std::sort(sorted.begin(), sorted.end());
    const double minSigma = 1.0 / std::min(100.0, static_cast<double>(points.size()) + 1.0);
    const double total = static_cast<double>(points.size()) + priorWeight;
    for (double p : points) {
        auto it = std::lower_bound(sorted.begin(), sorted.end(), p);
        const double left = it == sorted.begin() ? p : p - *std::prev(it);
        auto next = std::upper_bound(sorted.begin(), sorted.end(), p);
        const double right = next == sorted.end() ? 1.0 - p : *next - p;
        m_mu.push_back(p);
        m_sigma.push_back(std::clamp(std::max(left, right), minSigma, 1.0));
        m_logWeight.push_back(std::log(1.0 / total));
    }
    m_mu.push_back(priorMean);
    m_sigma.push_back(priorSigma);
    m_logWeight.push_back(std::log(priorWeight / total));
    double cumulative = 0.0;
    for (std::size_t i = 0; i < m_mu.size(); ++i) {
        const double mass =
            normalCdf((1.0 - m_mu[i]) / m_sigma[i]) - normalCdf(-m_mu[i] / m_sigma[i]);
        m_logMass.push_back(std::log(std::max(mass, 1e-300)));
        cumulative += std::exp(m_logWeight[i]);
        m_cumulative.push_back(cumulative);
    }
}

double ParzenEstimator::sample(Random& rng) const {
    const double pick = rng.uniform() * m_cumulative.back();
    std::size_t i = static_cast<std::size_t>(
        std::upper_bound(m_cumulative.begin(), m_cumulative.end(), pick) - m_cumulative.begin());
    i = std::min(i, m_mu.size() - 1);
    // Rejection sampling of the truncated normal: the mean lies in [0, 1] and
    // sigma <= 1, so at least a third of the draws land inside.
    for (int attempt = 0; attempt < 64; ++attempt) {
        const double x = rng.normal(m_mu[i], m_sigma[i]);
        if (x >= 0.0 && x <= 1.0)
            return x;
    }
    return m_mu[i];
}

double ParzenEstimator::logPdf(double x) const {
    double maxTerm = -std::numeric_limits<double>::infinity();
    std::vector<double> terms(m_mu.size());
    for (std::size_t i = 0; i < m_mu.size(); ++i) {
        const double z = (x - m_mu[i]) / m_sigma[i];
        terms[i] = m_logWeight[i] - 0.5 * z * z - std::log(m_sigma[i]) -
                   0.5 * std::log(2.0 * std::numbers::pi) - m_logMass[i];
        maxTerm = std::max(maxTerm, terms[i]);
    }
    double sum = 0.0;
    for (double t : terms)
        sum += std::exp(t - maxTerm);
    return maxTerm + std::log(sum);
}

CategoricalParzenEstimator::CategoricalParzenEstimator(std::size_t choices,
                                                       const std::vector<std::size_t>& observations,
                                                       double priorWeight)
    : m_probability(choices, priorWeight / static_cast<double>(choices)) {
    for (auto k : observations)
        m_probability[k] += 1.0;
    const double total = static_cast<double>(observations.size()) + priorWeight;
    for (auto& p : m_probability)
        p /= total;
}

std::size_t CategoricalParzenEstimator::sample(Random& rng) const {
    double pick = rng.uniform();
    for (std::size_t k = 0; k < m_probability.size(); ++k) {
        pick -= m_probability[k];
        if (pick < 0.0)
            return k;
    }
    return m_probability.size() - 1;
}

double CategoricalParzenEstimator::logPdf(std::size_t choice) const {
    return std::log(m_probability[choice]);
}

}  // namespace hyperlab
