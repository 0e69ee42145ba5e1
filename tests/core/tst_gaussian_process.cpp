// Gaussian process pieces: the posterior on a two-point case worked by hand,
// kernel and marginal-likelihood gradients against central finite
// differences, log expected improvement against the plain formula and far in
// the tail, L-BFGS on Rosenbrock, and a hyperparameter fit that generalises.

#include <QtTest>

#include <cmath>
#include <numbers>

#include "common/random.h"
#include "search/gp/acquisition.h"
#include "search/gp/gaussian_process.h"
#include "search/gp/lbfgs.h"
#include "search/gp/matern52_kernel.h"

using namespace hyperlab;

namespace {

// Matern 5/2 with lengthscale 1 and signal variance 1, as a function of r.
double matern(double r) {
    const double s5 = std::sqrt(5.0);
    return (1.0 + s5 * r + 5.0 / 3.0 * r * r) * std::exp(-s5 * r);
}

Eigen::VectorXd randomVector(Eigen::Index n, double low, double high, Random& rng) {
    Eigen::VectorXd v(n);
    for (Eigen::Index i = 0; i < n; ++i)
        v[i] = rng.uniform(low, high);
    return v;
}

double plainLogH(double z) {
    const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
    const double cdf = 0.5 * std::erfc(-z / std::numbers::sqrt2);
    return std::log(pdf + z * cdf);
}

}  // namespace

class TestGaussianProcess : public QObject {
    Q_OBJECT

private slots:
    void posteriorMatchesTwoPointHandComputation();
    void posteriorInterpolatesWithTinyNoise();
    void kernelGradientMatchesFiniteDifferences_data();
    void kernelGradientMatchesFiniteDifferences();
    void logMarginalLikelihoodGradientMatchesFiniteDifferences_data();
    void logMarginalLikelihoodGradientMatchesFiniteDifferences();
    void priorGradientMatchesFiniteDifferences();
    void logEiMatchesPlainFormula_data();
    void logEiMatchesPlainFormula();
    void logEiStaysFiniteFarInTheTail();
    void lbfgsMinimisesRosenbrock();
    void fittedHyperparametersGeneralise();
};

void TestGaussianProcess::posteriorMatchesTwoPointHandComputation() {
    // One input, lengthscale 1, signal variance 1, noise 0.01.
    // Data: x1 = 0, y1 = 1; x2 = 0.5, y2 = -1.  Query x* = 0.1.
    //   K = [[a, k], [k, a]] with a = 1 + 0.01, k = m(0.5) (m = Matern 5/2 of r),
    //   K^-1 = [[a, -k], [-k, a]] / (a^2 - k^2),
    //   k* = (c1, c2) with c1 = m(0.1), c2 = m(0.4).
    //   mean = k*^T K^-1 y = (c1 (a + k) - c2 (k + a)) / (a^2 - k^2) = (c1 - c2) / (a - k)
    //   var  = 1 - k*^T K^-1 k* = 1 - (a c1^2 - 2 k c1 c2 + a c2^2) / (a^2 - k^2)
    // Numerically m(0.5) = 0.82864914, m(0.1) = 0.99175924, m(0.4) = 0.88354533,
    // mean = 0.59671020, var = 0.01136845.
    QVERIFY(std::abs(matern(0.5) - 0.8286491424181253) < 1e-14);
    Eigen::VectorXd theta(2);
    theta << 0.0, 0.0;  // log l, log s2
    Matern52Kernel kernel(1);
    kernel.setHyperparameters(theta);
    GaussianProcess gp(kernel, 0.01);
    Eigen::MatrixXd x(2, 1);
    x << 0.0, 0.5;
    Eigen::VectorXd y(2);
    y << 1.0, -1.0;
    gp.fit(x, y);

    const double a = 1.01, k = matern(0.5), c1 = matern(0.1), c2 = matern(0.4);
    const double mean = (c1 - c2) / (a - k);
    const double var = 1.0 - (a * c1 * c1 - 2.0 * k * c1 * c2 + a * c2 * c2) / (a * a - k * k);
    Eigen::VectorXd query(1);
    query << 0.1;
    QVERIFY(std::abs(gp.predictMean(query) - mean) < 1e-12);
    QVERIFY(std::abs(gp.predictVariance(query) - var) < 1e-12);
    QVERIFY(std::abs(mean - 0.5967102014361608) < 1e-12);
    QVERIFY(std::abs(var - 0.01136845218193383) < 1e-12);

    // The marginal likelihood by the same algebra:
    // log p = -y^T K^-1 y / 2 - log det K / 2 - log(2 pi),
    // y^T K^-1 y = (a + a + 2k) / (a^2 - k^2) = 2 / (a - k).
    const double lml =
        -1.0 / (a - k) - 0.5 * std::log(a * a - k * k) - std::log(2.0 * std::numbers::pi);
    QVERIFY(std::abs(gp.logMarginalLikelihood() - lml) < 1e-12);

    // Far from the data the posterior returns to the prior.
    query << 50.0;
    QVERIFY(std::abs(gp.predictMean(query)) < 1e-12);
    QVERIFY(std::abs(gp.predictVariance(query) - 1.0) < 1e-12);
}

void TestGaussianProcess::posteriorInterpolatesWithTinyNoise() {
    Random rng(4);
    Eigen::MatrixXd x(10, 3);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x(i) = rng.uniform();
    Eigen::VectorXd y = randomVector(10, -1, 1, rng);
    GaussianProcess gp(Matern52Kernel(3), 1e-8);
    gp.fit(x, y);
    Eigen::VectorXd mean, variance;
    gp.predict(x, mean, variance);
    QVERIFY((mean - y).cwiseAbs().maxCoeff() < 1e-5);
    QVERIFY(variance.maxCoeff() < 1e-5);
    // Adding an observation (as for a pending trial) collapses the variance there.
    const Eigen::VectorXd p = randomVector(3, 0, 1, rng);
    QVERIFY(gp.predictVariance(p) > 1e-3);
    gp.addObservation(p, gp.predictMean(p));
    QCOMPARE(gp.size(), Eigen::Index{11});
    QVERIFY(gp.predictVariance(p) < 1e-6);
}

void TestGaussianProcess::kernelGradientMatchesFiniteDifferences_data() {
    QTest::addColumn<int>("dims");
    QTest::addColumn<int>("seed");
    QTest::newRow("1-D") << 1 << 1;
    QTest::newRow("3-D") << 3 << 2;
    QTest::newRow("6-D") << 6 << 3;
    QTest::newRow("close points") << 4 << 4;
}

void TestGaussianProcess::kernelGradientMatchesFiniteDifferences() {
    QFETCH(int, dims);
    QFETCH(int, seed);
    Random rng(static_cast<std::uint64_t>(seed));
    Matern52Kernel kernel(dims);
    const Eigen::VectorXd theta = randomVector(dims + 1, -1.5, 1.0, rng);
    kernel.setHyperparameters(theta);
    const Eigen::VectorXd x = randomVector(dims, 0, 1, rng);
    Eigen::VectorXd y = randomVector(dims, 0, 1, rng);
    if (seed == 4)
        y = x + randomVector(dims, -1e-3, 1e-3, rng);
    const Eigen::VectorXd analytic = kernel.gradient(x, y);
    const double h = 1e-6;
    for (int p = 0; p < dims + 1; ++p) {
        Eigen::VectorXd plus = theta, minus = theta;
        plus[p] += h;
        minus[p] -= h;
        Matern52Kernel kp(dims), km(dims);
        kp.setHyperparameters(plus);
        km.setHyperparameters(minus);
        const double numeric = (kp(x, y) - km(x, y)) / (2 * h);
        QVERIFY2(std::abs(numeric - analytic[p]) < 1e-8 * (1.0 + std::abs(numeric)),
                 qPrintable(QString("theta %1: %2 vs %3").arg(p).arg(analytic[p]).arg(numeric)));
    }
    // The matrix form agrees with the pointwise kernel.
    Eigen::MatrixXd pts(2, dims);
    pts.row(0) = x.transpose();
    pts.row(1) = y.transpose();
    const Eigen::MatrixXd k = kernel.matrix(pts);
    QVERIFY(std::abs(k(0, 1) - kernel(x, y)) < 1e-12);
    QVERIFY(std::abs(k(0, 0) - kernel.signalVariance()) < 1e-12);
}

void TestGaussianProcess::logMarginalLikelihoodGradientMatchesFiniteDifferences_data() {
    QTest::addColumn<int>("dims");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("seed");
    QTest::newRow("2-D, 6 points") << 2 << 6 << 1;
    QTest::newRow("3-D, 12 points") << 3 << 12 << 2;
    QTest::newRow("6-D, 25 points") << 6 << 25 << 3;
}

void TestGaussianProcess::logMarginalLikelihoodGradientMatchesFiniteDifferences() {
    QFETCH(int, dims);
    QFETCH(int, points);
    QFETCH(int, seed);
    Random rng(static_cast<std::uint64_t>(seed));
    Eigen::MatrixXd x(points, dims);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x(i) = rng.uniform();
    Eigen::VectorXd y(points);
    for (int i = 0; i < points; ++i)
        y[i] = std::sin(3.0 * x.row(i).sum()) + 0.1 * rng.normal();
    GaussianProcess gp(Matern52Kernel(dims), 0.05);
    Eigen::VectorXd theta(dims + 2);
    theta.head(dims) = randomVector(dims, -1.5, 0.5, rng);
    theta[dims] = rng.uniform(-0.5, 0.5);
    theta[dims + 1] = std::log(0.05);
    gp.fit(x, y);
    gp.setHyperparameters(theta);
    const Eigen::VectorXd analytic = gp.logMarginalLikelihoodGradient();
    const double h = 1e-5;
    for (int p = 0; p < dims + 2; ++p) {
        Eigen::VectorXd plus = theta, minus = theta;
        plus[p] += h;
        minus[p] -= h;
        gp.setHyperparameters(plus);
        const double fp = gp.logMarginalLikelihood();
        gp.setHyperparameters(minus);
        const double fm = gp.logMarginalLikelihood();
        const double numeric = (fp - fm) / (2 * h);
        QVERIFY2(std::abs(numeric - analytic[p]) < 1e-6 * (1.0 + std::abs(numeric)),
                 qPrintable(QString("theta %1: %2 vs %3").arg(p).arg(analytic[p]).arg(numeric)));
    }
}

void TestGaussianProcess::priorGradientMatchesFiniteDifferences() {
    Random rng(9);
    const Eigen::VectorXd theta = randomVector(5, -3.0, 1.0, rng);
    Eigen::VectorXd analytic;
    logHyperparameterPrior(theta, &analytic);
    for (int p = 0; p < 5; ++p) {
        Eigen::VectorXd plus = theta, minus = theta;
        plus[p] += 1e-6;
        minus[p] -= 1e-6;
        const double numeric =
            (logHyperparameterPrior(plus) - logHyperparameterPrior(minus)) / 2e-6;
        QVERIFY(std::abs(numeric - analytic[p]) < 1e-6 * (1.0 + std::abs(numeric)));
    }
}

void TestGaussianProcess::logEiMatchesPlainFormula_data() {
    QTest::addColumn<double>("z");
    for (double z : {-20.0, -10.0, -5.0, -2.0, -1.0001, -0.9999, -0.5, 0.0, 0.7, 2.0, 5.0})
        QTest::newRow(qPrintable(QString::number(z))) << z;
}

void TestGaussianProcess::logEiMatchesPlainFormula() {
    QFETCH(double, z);
    // Where the plain formula is still accurate (|z| <= 20, h(z) >= 1e-90 and
    // no worse than ~1e-7 relative cancellation), the two agree.
    const double plain = plainLogH(z);
    QVERIFY2(std::abs(logH(z) - plain) < 1e-6 * std::max(1.0, std::abs(plain)),
             qPrintable(QString("%1 vs %2").arg(logH(z), 0, 'g', 17).arg(plain, 0, 'g', 17)));
    // EI = sigma h(z) with z = (best - mean) / sigma.
    const double mean = 0.3, sigma = 0.2, best = mean + z * sigma;
    QVERIFY(std::abs(logExpectedImprovement(mean, sigma * sigma, best) -
                     (std::log(sigma) + logH(z))) < 1e-12);
}

void TestGaussianProcess::logEiStaysFiniteFarInTheTail() {
    // Plain log(EI) is -inf here: phi(-40) = 1.5e-348 underflows.
    QVERIFY(std::isinf(plainLogH(-40.0)));
    const double z = -40.0;
    const double value = logH(z);
    QVERIFY(std::isfinite(value));
    // Asymptotically h(z) ~ phi(z) / z^2 (1 - 3 / z^2).
    const double asymptotic = -0.5 * z * z - 0.5 * std::log(2 * std::numbers::pi) -
                              2 * std::log(40.0) + std::log(1.0 - 3.0 / (z * z));
    QVERIFY2(std::abs(value - asymptotic) < 1e-4, qPrintable(QString::number(value, 'g', 17)));
    // Increasing in z everywhere, and continuous across the regime switches
    // at z = -25 and z = -1.
    double previous = logH(-1000.0);
    QVERIFY(std::isfinite(previous));
    for (double t = -999.0; t <= 10.0; t += 0.25) {
        const double v = logH(t);
        QVERIFY2(v > previous, qPrintable(QString::number(t)));
        previous = v;
    }
    for (double edge : {-25.0, -1.0})
        QVERIFY(std::abs(logH(edge - 1e-9) - logH(edge + 1e-9)) < 1e-6);
    QVERIFY(std::isfinite(logExpectedImprovement(5.0, 0.0, 0.0)));  // zero variance
}

void TestGaussianProcess::lbfgsMinimisesRosenbrock() {
    DifferentiableFunction f = [](const Eigen::VectorXd& x, Eigen::VectorXd& g) {
        const double a = x[1] - x[0] * x[0], b = 1 - x[0];
        g[0] = -400 * x[0] * a - 2 * b;
        g[1] = 200 * a;
        return 100 * a * a + b * b;
    };
    Eigen::VectorXd x0(2);
    x0 << -1.2, 1.0;
    LbfgsOptions options;
    options.maxIterations = 200;
    options.relativeTolerance = 0.0;
    const LbfgsResult result = minimizeLbfgs(f, x0, options);
    QVERIFY2(
        (result.x - Eigen::Vector2d(1, 1)).norm() < 1e-4,
        qPrintable(
            QString("%1 %2 after %3").arg(result.x[0]).arg(result.x[1]).arg(result.iterations)));
    QVERIFY(result.value < 1e-8);
}

void TestGaussianProcess::fittedHyperparametersGeneralise() {
    // 1-D f(x) = sin(6x) on 15 points: the fitted GP predicts held-out points
    // well, and has a higher (penalised) likelihood than the default start.
    Random rng(1);
    const int n = 15;
    Eigen::MatrixXd x(n, 2);
    Eigen::VectorXd y(n);
    for (int i = 0; i < n; ++i) {
        x(i, 0) = (i + 0.5) / n;  // evenly spread: no extrapolation below
        x(i, 1) = rng.uniform();  // an irrelevant input
        y[i] = std::sin(6.0 * x(i, 0));
    }
    GpFitOptions options;
    const GaussianProcess gp = fitGaussianProcess(x, y, options, rng);
    GaussianProcess start(Matern52Kernel(2), 1e-3);
    start.fit(x, y);
    QVERIFY(gp.logMarginalLikelihood() > start.logMarginalLikelihood());
    // The irrelevant input gets the longer lengthscale.
    const Eigen::VectorXd l = gp.kernel().lengthscales();
    QVERIFY2(l[1] > 2.0 * l[0], qPrintable(QString("%1 %2").arg(l[0]).arg(l[1])));
    double worst = 0.0;
    for (int k = 0; k < 50; ++k) {
        Eigen::VectorXd q(2);
        q << 0.1 + 0.8 * k / 49.0, rng.uniform();
        worst = std::max(worst, std::abs(gp.predictMean(q) - std::sin(6.0 * q[0])));
    }
    QVERIFY2(worst < 0.1, qPrintable(QString::number(worst)));
}

QTEST_APPLESS_MAIN(TestGaussianProcess)
#include "tst_gaussian_process.moc"
