#include "search/gp/gaussian_process.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "search/gp/lbfgs.h"

namespace hyperlab {

GaussianProcess::GaussianProcess(Matern52Kernel kernel, double noiseVariance)
    : m_kernel(std::move(kernel)), m_logNoise(std::log(noiseVariance)) {}

Eigen::VectorXd GaussianProcess::hyperparameters() const {
    Eigen::VectorXd theta(hyperparameterCount());
    theta << m_kernel.hyperparameters(), m_logNoise;
    return theta;
}

void GaussianProcess::setHyperparameters(const Eigen::Ref<const Eigen::VectorXd>& theta) {
    m_kernel.setHyperparameters(theta.head(theta.size() - 1));
    m_logNoise = theta[theta.size() - 1];
    if (m_x.rows() > 0)
        factorize();
}

void GaussianProcess::fit(const Eigen::Ref<const Eigen::MatrixXd>& x,
                          const Eigen::Ref<const Eigen::VectorXd>& y) {
    m_x = x;
    m_y = y;
    factorize();
}

void GaussianProcess::addObservation(const Eigen::Ref<const Eigen::VectorXd>& x, double y) {
    m_x.conservativeResize(m_x.rows() + 1, x.size());
    m_x.row(m_x.rows() - 1) = x.transpose();
    m_y.conservativeResize(m_y.size() + 1);
    m_y[m_y.size() - 1] = y;
    factorize();
}

void GaussianProcess::factorize() {
    Eigen::MatrixXd k = m_kernel.matrix(m_x);
    k.diagonal().array() += noiseVariance();
    m_llt.compute(k);
    // Near-duplicate inputs with tiny noise can make K numerically singular:
    // add growing jitter until the factorisation succeeds.
    double jitter = 1e-9 * m_kernel.signalVariance();
    while (m_llt.info() != Eigen::Success && jitter < m_kernel.signalVariance()) {
        k.diagonal().array() += jitter;
        m_llt.compute(k);
        jitter *= 10.0;
    }
    m_alpha = m_llt.solve(m_y);
}

void GaussianProcess::predict(const Eigen::Ref<const Eigen::MatrixXd>& points,
                              Eigen::VectorXd& mean, Eigen::VectorXd& variance) const {
    if (m_x.rows() == 0) {
        mean = Eigen::VectorXd::Zero(points.rows());
        variance = Eigen::VectorXd::Constant(points.rows(), m_kernel.signalVariance());
        return;
    }
    const Eigen::MatrixXd ks = m_kernel.cross(m_x, points);  // n x m
    mean = ks.transpose() * m_alpha;
    const Eigen::MatrixXd v = m_llt.matrixL().solve(ks);
    variance = (m_kernel.signalVariance() - v.colwise().squaredNorm().array())
                   .max(0.0)
                   .matrix()
                   .transpose();
}

Eigen::VectorXd GaussianProcess::predictMeans(
    const Eigen::Ref<const Eigen::MatrixXd>& points) const {
    if (m_x.rows() == 0)
        return Eigen::VectorXd::Zero(points.rows());
    return m_kernel.cross(points, m_x) * m_alpha;
}

double GaussianProcess::predictMean(const Eigen::Ref<const Eigen::VectorXd>& x) const {
    Eigen::VectorXd mean, variance;
    predict(x.transpose(), mean, variance);
    return mean[0];
}

double GaussianProcess::predictVariance(const Eigen::Ref<const Eigen::VectorXd>& x) const {
    Eigen::VectorXd mean, variance;
    predict(x.transpose(), mean, variance);
    return variance[0];
}

double GaussianProcess::logMarginalLikelihood() const {
    const double n = static_cast<double>(m_y.size());
    const double logDet = m_llt.matrixLLT().diagonal().array().log().sum();
    return -0.5 * m_y.dot(m_alpha) - logDet - 0.5 * n * std::log(2.0 * std::numbers::pi);
}

Eigen::VectorXd GaussianProcess::logMarginalLikelihoodGradient() const {
    const Eigen::Index n = m_y.size();
    Eigen::MatrixXd w = m_llt.solve(Eigen::MatrixXd::Identity(n, n));
    w = m_alpha * m_alpha.transpose() - w;
    Eigen::VectorXd g(hyperparameterCount());
    g.head(m_kernel.hyperparameterCount()) = 0.5 * m_kernel.contractGradient(m_x, w);
    g[m_kernel.hyperparameterCount()] = 0.5 * noiseVariance() * w.trace();
    return g;
}

double logHyperparameterPrior(const Eigen::Ref<const Eigen::VectorXd>& theta,
                              Eigen::VectorXd* gradient) {
    const Eigen::Index d = theta.size() - 2;
    double lp = 0.0;
    if (gradient)
        gradient->resize(theta.size());
    for (Eigen::Index i = 0; i < d; ++i) {
        // Gamma(3, 6) on l, written for t = log l (density times dl/dt = l).
        lp += 3.0 * theta[i] - 6.0 * std::exp(theta[i]);
        if (gradient)
            (*gradient)[i] = 3.0 - 6.0 * std::exp(theta[i]);
    }
    const double s = theta[d], noise = theta[d + 1];
    lp += -0.5 * (s / 1.5) * (s / 1.5);
    lp += 0.1 * noise - 30.0 * std::exp(noise);
    if (gradient) {
        (*gradient)[d] = -s / 2.25;
        (*gradient)[d + 1] = 0.1 - 30.0 * std::exp(noise);
    }
    return lp;
}

GaussianProcess fitGaussianProcess(const Eigen::Ref<const Eigen::MatrixXd>& x,
                                   const Eigen::Ref<const Eigen::VectorXd>& y,
                                   const GpFitOptions& options, Random& rng) {
    const int dims = static_cast<int>(x.cols());
    const Eigen::Index p = dims + 2;
    Eigen::VectorXd low(p), high(p);
    low.head(dims).setConstant(std::log(options.minLengthscale));
    high.head(dims).setConstant(std::log(options.maxLengthscale));
    low[dims] = std::log(options.minSignalVariance);
    high[dims] = std::log(options.maxSignalVariance);
    low[dims + 1] = std::log(options.minNoiseVariance);
    high[dims + 1] = std::log(options.maxNoiseVariance);
    const Eigen::ArrayXd range = (high - low).array();

    // Cost cap: theta is fitted on at most maxFitPoints observations (a
    // random subset, enough to pin down lengthscales), and random restarts
    // only run while the data are few, when the likelihood is most
    // multimodal. The returned GP is conditioned on all the data.
    GaussianProcess gp(Matern52Kernel(dims), 1e-3);
    const Eigen::Index n = x.rows();
    const int restarts = n <= options.restartsUpToPoints ? options.restarts : 0;
    if (n > options.maxFitPoints) {
        std::vector<Eigen::Index> rows(static_cast<std::size_t>(n));
        for (Eigen::Index i = 0; i < n; ++i)
            rows[static_cast<std::size_t>(i)] = i;
        rng.shuffle(rows);
        rows.resize(static_cast<std::size_t>(options.maxFitPoints));
        std::sort(rows.begin(), rows.end());
        Eigen::MatrixXd xs(options.maxFitPoints, x.cols());
        Eigen::VectorXd ys(options.maxFitPoints);
        for (Eigen::Index i = 0; i < options.maxFitPoints; ++i) {
            xs.row(i) = x.row(rows[static_cast<std::size_t>(i)]);
            ys[i] = y[rows[static_cast<std::size_t>(i)]];
        }
        gp.fit(xs, ys);
    } else {
        gp.fit(x, y);
    }

    auto thetaOf = [&](const Eigen::VectorXd& z) -> Eigen::VectorXd {
        return (low.array() + range / (1.0 + (-z.array()).exp())).matrix();
    };
    // Objective in z: -(log p(y|X) + log prior), chained through the sigmoid.
    DifferentiableFunction objective = [&](const Eigen::VectorXd& z, Eigen::VectorXd& grad) {
        const Eigen::VectorXd theta = thetaOf(z);
        gp.setHyperparameters(theta);
        Eigen::VectorXd priorGrad;
        const double value = gp.logMarginalLikelihood() + logHyperparameterPrior(theta, &priorGrad);
        const Eigen::ArrayXd sig = 1.0 / (1.0 + (-z.array()).exp());
        grad =
            -((gp.logMarginalLikelihoodGradient() + priorGrad).array() * range * sig * (1.0 - sig))
                 .matrix();
        return std::isfinite(value) ? -value : std::numeric_limits<double>::infinity();
    };
    auto zOf = [&](const Eigen::VectorXd& theta) -> Eigen::VectorXd {
        const Eigen::ArrayXd t = ((theta - low).array() / range).max(1e-6).min(1.0 - 1e-6);
        return (t / (1.0 - t)).log().matrix();
    };

    Eigen::VectorXd start(p);
    start.head(dims).setConstant(std::log(0.5));
    start[dims] = 0.0;
    start[dims + 1] = std::log(1e-3);
    LbfgsOptions lbfgs;
    lbfgs.maxIterations = options.iterations;
    lbfgs.gradientTolerance = 1e-5;
    LbfgsResult best = minimizeLbfgs(objective, zOf(start), lbfgs);
    for (int r = 0; r < restarts; ++r) {
        Eigen::VectorXd z(p);
        for (Eigen::Index i = 0; i < p; ++i)
            z[i] = rng.normal(0.0, 1.5);
        LbfgsResult candidate = minimizeLbfgs(objective, z, lbfgs);
        if (candidate.value < best.value)
            best = candidate;
    }
    gp.setHyperparameters(thetaOf(best.x));
    if (n > options.maxFitPoints)
        gp.fit(x, y);
    return gp;
}

}  // namespace hyperlab
