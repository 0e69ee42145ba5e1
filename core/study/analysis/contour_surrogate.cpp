#include "study/analysis/contour_surrogate.h"

#include <cmath>

#include "common/errors.h"
#include "common/random.h"
#include "study/analysis/ranked_trials.h"

namespace hyperlab {

ContourSurrogate::ContourSurrogate(const SearchSpace& space,
                                   const std::vector<TrialSnapshot>& trials, std::uint64_t seed)
    : m_transform(space) {
    if (trials.size() < kMinimumTrials)
        throw InputError("trials", "the contour surrogate needs at least " +
                                       std::to_string(kMinimumTrials) +
                                       " completed trials (the study has " +
                                       std::to_string(trials.size()) + ")");
    const auto n = Eigen::Index(trials.size());
    Eigen::MatrixXd x(n, Eigen::Index(m_transform.encodedSize()));
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x.row(i) = m_transform.encode(trials[std::size_t(i)]->params).transpose();
        y[i] = trials[std::size_t(i)]->value;
    }
    m_mean = y.mean();
    const double sd =
        std::sqrt((y.array() - m_mean).square().sum() / double(std::max<Eigen::Index>(1, n - 1)));
    m_scale = sd > 1e-12 ? sd : 1.0;
    Random rng(Random::deriveSeed(seed, 0x636f6e746f7572));  // "contour"
    m_gp = fitGaussianProcess(x, (y.array() - m_mean) / m_scale, GpFitOptions{}, rng);
}

double ContourSurrogate::predict(const Params& params) const {
    return m_mean + m_scale * m_gp.predictMean(m_transform.encode(params));
}

ContourGrid ContourSurrogate::grid(std::size_t xDimension, std::size_t yDimension, int resolution,
                                   const Params& anchor) const {
    ContourGrid g;
    g.xDimension = xDimension;
    g.yDimension = yDimension;
    g.resolution = std::max(2, resolution);
    const int r = g.resolution;
    for (int i = 0; i < r; ++i)
        g.u.push_back((i + 0.5) / r);
    const Eigen::VectorXd base = m_transform.encode(anchor);
    const auto cx = Eigen::Index(m_transform.firstColumn(xDimension));
    const auto cy = Eigen::Index(m_transform.firstColumn(yDimension));
    Eigen::MatrixXd points(Eigen::Index(r) * r, base.size());
    for (int row = 0; row < r; ++row)
        for (int col = 0; col < r; ++col) {
            auto p = points.row(Eigen::Index(row) * r + col);
            p = base.transpose();
            p[cx] = g.u[std::size_t(col)];
            p[cy] = g.u[std::size_t(row)];
        }
    const Eigen::VectorXd mean = m_gp.predictMeans(points);
    g.mean.resize(r, r);
    for (int row = 0; row < r; ++row)
        for (int col = 0; col < r; ++col)
            g.mean(row, col) = m_mean + m_scale * mean[Eigen::Index(row) * r + col];
    return g;
}

std::vector<std::size_t> ContourSurrogate::numericDimensions(const SearchSpace& space) {
    std::vector<std::size_t> out;
    for (std::size_t index : varyingDimensions(space))
        if (!space[index].as<CategoricalDimension>())
            out.push_back(index);
    return out;
}

}  // namespace hyperlab
