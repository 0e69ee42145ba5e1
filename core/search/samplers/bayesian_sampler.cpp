#include "search/samplers/bayesian_sampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "search/gp/acquisition.h"
#include "search/gp/acquisition_optimizer.h"
#include "search/gp/gaussian_process.h"
#include "search/samplers/sobol_sequence.h"
#include "search/transform.h"

namespace hyperlab {

namespace {

// Uniform coordinates of design point `index`: Sobol for the first
// kMaxDimensions dimensions, the trial's rng for any beyond.
std::vector<double> designPoint(std::size_t dims, std::uint64_t seed, std::uint64_t index,
                                Random& rng) {
    std::vector<double> u(dims);
    const std::size_t sobolDims = std::min(dims, SobolSequence::kMaxDimensions);
    SobolSequence(sobolDims, true, seed).point(index, std::span<double>(u.data(), sobolDims));
    for (std::size_t j = sobolDims; j < dims; ++j)
        u[j] = rng.uniform();
    return u;
}

}  // namespace

BayesianSampler::BayesianSampler(const SamplerSettings& settings) : m_settings(settings) {}

std::size_t BayesianSampler::initialDesignSize(const SearchSpace& space,
                                               const SamplerSettings& settings) {
    if (settings.initialTrials > 0)
        return static_cast<std::size_t>(settings.initialTrials);
    std::size_t searched = 0;
    for (const auto& d : space.dimensions())
        searched += d.as<FixedDimension>() ? 0 : 1;
    return std::max<std::size_t>(5, searched + 1);
}

std::optional<Params> BayesianSampler::suggest(const SearchSpace& space,
                                               const std::vector<FinishedTrial>& history,
                                               const std::vector<Params>& pending, Random& rng) {
    const UnitCubeTransform transform(space);
    const auto completed = completedTrials(history);
    const std::uint64_t designSeed = Random::deriveSeed(m_settings.seed, 0x626f);  // "bo"
    if (transform.encodedSize() == 0 || completed.size() < initialDesignSize(space, m_settings))
        return transform.fromUniform(
            designPoint(space.size(), designSeed, history.size() + pending.size(), rng));

    // --- model of the completed trials, outputs standardised ---
    const auto n = static_cast<Eigen::Index>(completed.size());
    const auto width = static_cast<Eigen::Index>(transform.encodedSize());
    Eigen::MatrixXd x(n, width);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x.row(i) = transform.encode(completed[static_cast<std::size_t>(i)]->params).transpose();
        y[i] = completed[static_cast<std::size_t>(i)]->value;
    }
    const double mean = y.mean();
    const double stddev = std::sqrt((y.array() - mean).square().sum() / static_cast<double>(n));
    y = (y.array() - mean) / (stddev > 1e-12 ? stddev : 1.0);

    GpFitOptions fit;
    fit.restarts = m_settings.fitRestarts;
    fit.iterations = m_settings.fitIterations;
    GaussianProcess gp = fitGaussianProcess(x, y, fit, rng);

    // The best observed points seed the local candidates.
    std::vector<Eigen::Index> ranked(static_cast<std::size_t>(n));
    std::iota(ranked.begin(), ranked.end(), Eigen::Index{0});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](Eigen::Index a, Eigen::Index b) { return y[a] < y[b]; });
    const Eigen::Index top = std::min<Eigen::Index>(5, n);
    Eigen::MatrixXd incumbents(top, width);
    for (Eigen::Index i = 0; i < top; ++i)
        incumbents.row(i) = x.row(ranked[static_cast<std::size_t>(i)]);

    // --- kriging believer for pending trials ---
    Eigen::MatrixXd avoid(n + static_cast<Eigen::Index>(pending.size()), width);
    avoid.topRows(n) = x;
    double best = y.minCoeff();
    for (std::size_t k = 0; k < pending.size(); ++k) {
        const Eigen::VectorXd p = transform.encode(pending[k]);
        avoid.row(n + static_cast<Eigen::Index>(k)) = p.transpose();
        const double believed = gp.predictMean(p);
        gp.addObservation(p, believed);
        best = std::min(best, believed);
    }

    const LogExpectedImprovement logEi(gp, best);
    AcquisitionOptimizerOptions options;
    options.randomCandidates = m_settings.candidates / 2;
    options.sobolCandidates = m_settings.candidates - options.randomCandidates;
    options.localCandidates = std::max(m_settings.candidates / 10, 20);
    options.refineStarts = m_settings.refineStarts;
    options.minDistance = m_settings.minDistance;
    auto point = maximizeAcquisition(
        transform, [&](const Eigen::MatrixXd& points) { return logEi(points); }, avoid, incumbents,
        options, rng);
    if (point)
        return transform.decode(*point);
    std::vector<double> u(space.size());
    for (auto& v : u)
        v = rng.uniform();
    return transform.fromUniform(u);
}

}  // namespace hyperlab
