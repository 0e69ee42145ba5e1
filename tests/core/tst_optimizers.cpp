// Optimizers: the first steps against values worked out by hand from the
// torch.optim formulas, convergence on a quadratic, block boundaries of the
// vectorised sweep, gradient clipping and the registry contract.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "common/errors.h"
#include "nn/optimizers/optimizer.h"

using namespace hyperlab;

namespace {

/// Expected parameters after each step, in order.
using Trajectory = std::vector<std::vector<double>>;

constexpr double kEps = 1e-8;  // the default OptimizerSettings::epsilon

// Every hand-computed case starts from p0 = [1, -2] and takes these
// gradients, one per step (fixed, so they do not depend on p).
const std::vector<std::vector<double>> kGradients = {{0.5, -1.0}, {0.1, 0.3}, {-0.2, 0.4}};

std::unique_ptr<Optimizer> makeOptimizer(const QString& name, const OptimizerSettings& settings) {
    return optimizerRegistry().create(name.toStdString(), "training.optimizer", settings);
}

Vector toVector(const std::vector<double>& values) {
    Vector v(static_cast<Eigen::Index>(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i)
        v(static_cast<Eigen::Index>(i)) = values[i];
    return v;
}

/// Empty when every entry of `actual` is within `relative` of `expected`
/// (relative to max(1, |expected|)), else a readable description.
QString mismatch(const Vector& actual, const std::vector<double>& expected,
                 double relative = 1e-6) {
    if (actual.size() != static_cast<Eigen::Index>(expected.size()))
        return QString("size %1, expected %2").arg(actual.size()).arg(expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const double a = actual(static_cast<Eigen::Index>(i));
        const double tolerance = relative * std::max(1.0, std::abs(expected[i]));
        if (!(std::abs(a - expected[i]) <= tolerance))
            return QString("entry %1: %2, expected %3")
                .arg(i)
                .arg(a, 0, 'g', 10)
                .arg(expected[i], 0, 'g', 10);
    }
    return {};
}

double halfSquaredNorm(const Vector& p) {
    return 0.5 * p.cast<double>().squaredNorm();
}

}  // namespace

Q_DECLARE_METATYPE(OptimizerSettings)
Q_DECLARE_METATYPE(Trajectory)

class TestOptimizers : public QObject {
    Q_OBJECT

private slots:
    void firstStepsMatchHandComputation_data();
    void firstStepsMatchHandComputation();
    void coupledAndDecoupledWeightDecayDiffer();
    void adamwWithoutDecayIsAdam();
    void minimisesQuadratic_data();
    void minimisesQuadratic();
    void blocksAgreeWithElementwiseUpdates_data();
    void blocksAgreeWithElementwiseUpdates();
    void sizeMismatchThrows();
    void invalidSettingsThrow_data();
    void invalidSettingsThrow();
    void clipScalesLargeGradientToMaxNorm();
    void clipLeavesSmallGradientAlone();
    void clipDisabledByNonPositiveMax();
    void registryListsAllOptimizers();
    void unknownNameThrowsWithValidNames();
};

void TestOptimizers::firstStepsMatchHandComputation_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<OptimizerSettings>("settings");
    QTest::addColumn<double>("lr");
    QTest::addColumn<Trajectory>("expected");

    // p0 = [1, -2]; g1 = [0.5, -1], g2 = [0.1, 0.3], g3 = [-0.2, 0.4].
    {
        // p1 = p0 - 0.1 g1 = [1 - 0.05, -2 + 0.1]; p2 = p1 - 0.1 g2 = [0.95 - 0.01, -1.9 - 0.03]
        QTest::newRow("sgd") << "sgd" << OptimizerSettings{} << 0.1
                             << Trajectory{{0.95, -1.9}, {0.94, -1.93}};
    }
    {
        OptimizerSettings s;
        s.momentum = 0.9;
        // b1 = g1 = [0.5, -1]                          p1 = [1 - 0.05, -2 + 0.1] = [0.95, -1.9]
        // b2 = 0.9 b1 + g2 = [0.45 + 0.1, -0.9 + 0.3] = [0.55, -0.6]
        //                                              p2 = [0.95 - 0.055, -1.9 + 0.06] = [0.895,
        //                                              -1.84]
        // b3 = 0.9 b2 + g3 = [0.495 - 0.2, -0.54 + 0.4] = [0.295, -0.14]
        //                                              p3 = [0.895 - 0.0295, -1.84 + 0.014]
        QTest::newRow("sgd momentum")
            << "sgd" << s << 0.1 << Trajectory{{0.95, -1.9}, {0.895, -1.84}, {0.8655, -1.826}};
    }
    {
        OptimizerSettings s;
        s.momentum = 0.9;
        s.nesterov = true;
        // b1 = [0.5, -1];    d1 = g1 + 0.9 b1 = [0.95, -1.9];     p1 = [1 - 0.095, -2 + 0.19]
        // b2 = [0.55, -0.6]; d2 = g2 + 0.9 b2 = [0.1 + 0.495, 0.3 - 0.54] = [0.595, -0.24]
        //                                                         p2 = [0.905 - 0.0595, -1.81 +
        //                                                         0.024]
        // b3 = [0.295, -0.14]; d3 = g3 + 0.9 b3 = [-0.2 + 0.2655, 0.4 - 0.126] = [0.0655, 0.274]
        //                                                         p3 = [0.8455 - 0.00655, -1.786 -
        //                                                         0.0274]
        QTest::newRow("sgd nesterov")
            << "sgd" << s << 0.1
            << Trajectory{{0.905, -1.81}, {0.8455, -1.786}, {0.83895, -1.8134}};
    }
    {
        OptimizerSettings s;
        s.momentum = 0.9;
        s.weightDecay = 0.1;
        // g'1 = g1 + 0.1 p0 = [0.5 + 0.1, -1 - 0.2] = [0.6, -1.2] = b1
        //                                  p1 = [1 - 0.06, -2 + 0.12] = [0.94, -1.88]
        // g'2 = g2 + 0.1 p1 = [0.1 + 0.094, 0.3 - 0.188] = [0.194, 0.112]
        // b2 = 0.9 b1 + g'2 = [0.54 + 0.194, -1.08 + 0.112] = [0.734, -0.968]
        //                                  p2 = [0.94 - 0.0734, -1.88 + 0.0968] = [0.8666, -1.7832]
        // g'3 = g3 + 0.1 p2 = [-0.2 + 0.08666, 0.4 - 0.17832] = [-0.11334, 0.22168]
        // b3 = 0.9 b2 + g'3 = [0.6606 - 0.11334, -0.8712 + 0.22168] = [0.54726, -0.64952]
        //                                  p3 = [0.8666 - 0.054726, -1.7832 + 0.064952]
        QTest::newRow("sgd momentum weight decay")
            << "sgd" << s << 0.1
            << Trajectory{{0.94, -1.88}, {0.8666, -1.7832}, {0.811874, -1.718248}};
    }
    {
        // Adam, lr 0.1, beta1 0.9, beta2 0.999.
        // m1 = 0.1 g1 = [0.05, -0.1]; v1 = 0.001 g1^2 = [0.00025, 0.001]
        // 1 - 0.9 = 0.1, 1 - 0.999 = 0.001, so the first step is lr * g / (|g| + eps):
        //   p1 = [1 - 0.1 * 0.5 / (0.5 + eps), -2 + 0.1 * 1 / (1 + eps)]
        const double p1a = 1 - 0.1 * 0.5 / (0.5 + kEps);
        const double p1b = -2 + 0.1 * 1 / (1 + kEps);
        // m2 = 0.9 m1 + 0.1 g2 = [0.045 + 0.01, -0.09 + 0.03] = [0.055, -0.06]
        // v2 = 0.999 v1 + 0.001 g2^2 = [0.00024975 + 0.00001, 0.000999 + 0.00009]
        //    = [0.00025975, 0.001089]
        // 1 - 0.9^2 = 0.19, 1 - 0.999^2 = 0.001999
        //   p2 = p1 - 0.1 / 0.19 * m2 / (sqrt(v2) / sqrt(0.001999) + eps)
        const double p2a =
            p1a - 0.1 / 0.19 * 0.055 / (std::sqrt(0.00025975) / std::sqrt(0.001999) + kEps);
        const double p2b =
            p1b + 0.1 / 0.19 * 0.06 / (std::sqrt(0.001089) / std::sqrt(0.001999) + kEps);
        QTest::newRow("adam") << "adam" << OptimizerSettings{} << 0.1
                              << Trajectory{{p1a, p1b}, {p2a, p2b}};
    }
    {
        OptimizerSettings s;
        s.weightDecay = 0.1;
        // Coupled: the penalty goes through the moments.
        // g'1 = g1 + 0.1 p0 = [0.6, -1.2]; m1 = [0.06, -0.12]; v1 = 0.001 g'1^2 = [0.00036,
        // 0.00144]
        //   p1 = [1 - 0.1 * 0.6 / (0.6 + eps), -2 + 0.1 * 1.2 / (1.2 + eps)]   (about [0.9, -1.9])
        const double p1a = 1 - 0.1 * 0.6 / (0.6 + kEps);
        const double p1b = -2 + 0.1 * 1.2 / (1.2 + kEps);
        // g'2 = g2 + 0.1 p1, about [0.1 + 0.09, 0.3 - 0.19] = [0.19, 0.11]
        const double g2a = 0.1 + 0.1 * p1a;
        const double g2b = 0.3 + 0.1 * p1b;
        // m2 = 0.9 m1 + 0.1 g'2, about [0.054 + 0.019, -0.108 + 0.011] = [0.073, -0.097]
        // v2 = 0.999 v1 + 0.001 g'2^2, about [0.00035964 + 0.0000361, 0.00143856 + 0.0000121]
        const double m2a = 0.054 + 0.1 * g2a;
        const double m2b = -0.108 + 0.1 * g2b;
        const double v2a = 0.00035964 + 0.001 * g2a * g2a;
        const double v2b = 0.00143856 + 0.001 * g2b * g2b;
        //   p2 = p1 - 0.1 / 0.19 * m2 / (sqrt(v2) / sqrt(0.001999) + eps)
        const double p2a = p1a - 0.1 / 0.19 * m2a / (std::sqrt(v2a) / std::sqrt(0.001999) + kEps);
        const double p2b = p1b - 0.1 / 0.19 * m2b / (std::sqrt(v2b) / std::sqrt(0.001999) + kEps);
        QTest::newRow("adam coupled weight decay")
            << "adam" << s << 0.1 << Trajectory{{p1a, p1b}, {p2a, p2b}};
    }
    {
        OptimizerSettings s;
        s.weightDecay = 0.1;
        // Decoupled: p shrinks by 1 - lr * wd = 0.99 first; the moments see only g.
        //   p1 = [0.99 - 0.1 * 0.5 / (0.5 + eps), -1.98 + 0.1 * 1 / (1 + eps)]  (about [0.89,
        //   -1.88])
        const double p1a = 0.99 * 1 - 0.1 * 0.5 / (0.5 + kEps);
        const double p1b = 0.99 * -2 + 0.1 * 1 / (1 + kEps);
        // m2, v2 as plain Adam: [0.055, -0.06], [0.00025975, 0.001089]
        //   p2 = 0.99 p1 - 0.1 / 0.19 * m2 / (sqrt(v2) / sqrt(0.001999) + eps)
        const double p2a =
            0.99 * p1a - 0.1 / 0.19 * 0.055 / (std::sqrt(0.00025975) / std::sqrt(0.001999) + kEps);
        const double p2b =
            0.99 * p1b + 0.1 / 0.19 * 0.06 / (std::sqrt(0.001089) / std::sqrt(0.001999) + kEps);
        QTest::newRow("adamw decoupled weight decay")
            << "adamw" << s << 0.1 << Trajectory{{p1a, p1b}, {p2a, p2b}};
    }
    {
        // RMSProp, lr 0.01, rho 0.99.
        // s1 = 0.01 g1^2 = [0.0025, 0.01], sqrt = [0.05, 0.1]
        //   p1 = [1 - 0.01 * 0.5 / (0.05 + eps), -2 + 0.01 * 1 / (0.1 + eps)]   (about [0.9, -1.9])
        const double p1a = 1 - 0.01 * 0.5 / (0.05 + kEps);
        const double p1b = -2 + 0.01 * 1 / (0.1 + kEps);
        // s2 = 0.99 s1 + 0.01 g2^2 = [0.002475 + 0.0001, 0.0099 + 0.0009] = [0.002575, 0.0108]
        //   p2 = p1 - 0.01 g2 / (sqrt(s2) + eps)
        const double p2a = p1a - 0.01 * 0.1 / (std::sqrt(0.002575) + kEps);
        const double p2b = p1b - 0.01 * 0.3 / (std::sqrt(0.0108) + kEps);
        QTest::newRow("rmsprop") << "rmsprop" << OptimizerSettings{} << 0.01
                                 << Trajectory{{p1a, p1b}, {p2a, p2b}};
    }
    {
        OptimizerSettings s;
        s.momentum = 0.9;
        // b1 = g1 / (sqrt(s1) + eps) = [0.5 / (0.05 + eps), -1 / (0.1 + eps)]  (about [10, -10])
        //   p1 = p0 - 0.01 b1                                                  (about [0.9, -1.9])
        const double b1a = 0.5 / (0.05 + kEps);
        const double b1b = -1 / (0.1 + kEps);
        const double p1a = 1 - 0.01 * b1a;
        const double p1b = -2 - 0.01 * b1b;
        // b2 = 0.9 b1 + g2 / (sqrt(s2) + eps), s2 = [0.002575, 0.0108] as above
        //    about [9 + 1.97066, -9 + 2.88675]
        const double b2a = 0.9 * b1a + 0.1 / (std::sqrt(0.002575) + kEps);
        const double b2b = 0.9 * b1b + 0.3 / (std::sqrt(0.0108) + kEps);
        //   p2 = p1 - 0.01 b2
        QTest::newRow("rmsprop momentum")
            << "rmsprop" << s << 0.01
            << Trajectory{{p1a, p1b}, {p1a - 0.01 * b2a, p1b - 0.01 * b2b}};
    }
    {
        OptimizerSettings s;
        s.weightDecay = 0.1;
        // g'1 = [0.6, -1.2]; s1 = 0.01 g'1^2 = [0.0036, 0.0144], sqrt = [0.06, 0.12]
        const double p1a = 1 - 0.01 * 0.6 / (0.06 + kEps);
        const double p1b = -2 + 0.01 * 1.2 / (0.12 + kEps);
        // g'2 = g2 + 0.1 p1 (about [0.19, 0.11]); s2 = 0.99 s1 + 0.01 g'2^2
        //    = [0.003564 + 0.01 g'2a^2, 0.014256 + 0.01 g'2b^2]
        const double g2a = 0.1 + 0.1 * p1a;
        const double g2b = 0.3 + 0.1 * p1b;
        const double s2a = 0.003564 + 0.01 * g2a * g2a;
        const double s2b = 0.014256 + 0.01 * g2b * g2b;
        QTest::newRow("rmsprop weight decay")
            << "rmsprop" << s << 0.01
            << Trajectory{{p1a, p1b},
                          {p1a - 0.01 * g2a / (std::sqrt(s2a) + kEps),
                           p1b - 0.01 * g2b / (std::sqrt(s2b) + kEps)}};
    }
    {
        OptimizerSettings s;
        s.epsilon = 1e-10;  // torch's Adagrad default
        // Adagrad, lr 0.1. s1 = g1^2 = [0.25, 1]
        //   p1 = [1 - 0.1 * 0.5 / (0.5 + 1e-10), -2 + 0.1 * 1 / (1 + 1e-10)]   (about [0.9, -1.9])
        const double p1a = 1 - 0.1 * 0.5 / (0.5 + 1e-10);
        const double p1b = -2 + 0.1 * 1 / (1 + 1e-10);
        // s2 = s1 + g2^2 = [0.26, 1.09];  p2 = p1 - 0.1 g2 / (sqrt(s2) + 1e-10)
        const double p2a = p1a - 0.1 * 0.1 / (std::sqrt(0.26) + 1e-10);
        const double p2b = p1b - 0.1 * 0.3 / (std::sqrt(1.09) + 1e-10);
        // s3 = s2 + g3^2 = [0.3, 1.25];   p3 = p2 - 0.1 g3 / (sqrt(s3) + 1e-10)
        const double p3a = p2a + 0.1 * 0.2 / (std::sqrt(0.3) + 1e-10);
        const double p3b = p2b - 0.1 * 0.4 / (std::sqrt(1.25) + 1e-10);
        QTest::newRow("adagrad") << "adagrad" << s << 0.1
                                 << Trajectory{{p1a, p1b}, {p2a, p2b}, {p3a, p3b}};
    }
    {
        OptimizerSettings s;
        s.weightDecay = 0.1;
        // g'1 = [0.6, -1.2]; s1 = [0.36, 1.44]
        const double p1a = 1 - 0.1 * 0.6 / (0.6 + kEps);
        const double p1b = -2 + 0.1 * 1.2 / (1.2 + kEps);
        // g'2 = g2 + 0.1 p1 (about [0.19, 0.11]); s2 = s1 + g'2^2 (about [0.3961, 1.4521])
        const double g2a = 0.1 + 0.1 * p1a;
        const double g2b = 0.3 + 0.1 * p1b;
        const double s2a = 0.36 + g2a * g2a;
        const double s2b = 1.44 + g2b * g2b;
        QTest::newRow("adagrad weight decay")
            << "adagrad" << s << 0.1
            << Trajectory{{p1a, p1b},
                          {p1a - 0.1 * g2a / (std::sqrt(s2a) + kEps),
                           p1b - 0.1 * g2b / (std::sqrt(s2b) + kEps)}};
    }
}

void TestOptimizers::firstStepsMatchHandComputation() {
    QFETCH(QString, name);
    QFETCH(OptimizerSettings, settings);
    QFETCH(double, lr);
    QFETCH(Trajectory, expected);

    auto optimizer = makeOptimizer(name, settings);
    Vector p = toVector({1.0, -2.0});
    for (std::size_t t = 0; t < expected.size(); ++t) {
        Vector g = toVector(kGradients[t]);
        optimizer->step(VectorMap(p.data(), p.size()), VectorMap(g.data(), g.size()), lr);
        const QString problem = mismatch(p, expected[t]);
        QVERIFY2(problem.isEmpty(), qPrintable(QString("step %1: %2").arg(t + 1).arg(problem)));
    }
}

void TestOptimizers::coupledAndDecoupledWeightDecayDiffer() {
    OptimizerSettings s;
    s.weightDecay = 0.1;
    auto adam = makeOptimizer("adam", s);
    auto adamw = makeOptimizer("adamw", s);
    Vector p = toVector({1.0, -2.0});
    Vector q = p;
    for (int t = 0; t < 2; ++t) {
        Vector g = toVector(kGradients[t]);
        adam->step(VectorMap(p.data(), p.size()), VectorMap(g.data(), g.size()), 0.1);
        adamw->step(VectorMap(q.data(), q.size()), VectorMap(g.data(), g.size()), 0.1);
    }
    // From the hand computation: about [0.814, -1.840] (coupled) vs [0.801, -1.818] (decoupled).
    QVERIFY(std::abs(p(0) - q(0)) > 1e-3);
    QVERIFY(std::abs(p(1) - q(1)) > 1e-3);
}

void TestOptimizers::adamwWithoutDecayIsAdam() {
    auto adam = makeOptimizer("adam", OptimizerSettings{});
    auto adamw = makeOptimizer("adamw", OptimizerSettings{});
    Vector p = toVector({1.0, -2.0});
    Vector q = p;
    for (const auto& gradient : kGradients) {
        Vector g = toVector(gradient);
        adam->step(VectorMap(p.data(), p.size()), VectorMap(g.data(), g.size()), 0.05);
        adamw->step(VectorMap(q.data(), q.size()), VectorMap(g.data(), g.size()), 0.05);
    }
    QCOMPARE(p, q);
}

void TestOptimizers::minimisesQuadratic_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<OptimizerSettings>("settings");
    QTest::addColumn<double>("lr");

    OptimizerSettings plain;
    OptimizerSettings momentum;
    momentum.momentum = 0.9;
    OptimizerSettings nesterov = momentum;
    nesterov.nesterov = true;
    OptimizerSettings decay;
    decay.weightDecay = 0.01;
    QTest::newRow("sgd") << "sgd" << plain << 0.1;
    QTest::newRow("sgd momentum") << "sgd" << momentum << 0.05;
    QTest::newRow("sgd nesterov") << "sgd" << nesterov << 0.05;
    QTest::newRow("sgd weight decay") << "sgd" << decay << 0.1;
    QTest::newRow("adam") << "adam" << plain << 0.1;
    QTest::newRow("adam weight decay") << "adam" << decay << 0.1;
    QTest::newRow("adamw weight decay") << "adamw" << decay << 0.1;
    QTest::newRow("rmsprop") << "rmsprop" << plain << 0.05;
    QTest::newRow("rmsprop momentum") << "rmsprop" << momentum << 0.01;
    QTest::newRow("adagrad") << "adagrad" << plain << 0.5;
}

void TestOptimizers::minimisesQuadratic() {
    QFETCH(QString, name);
    QFETCH(OptimizerSettings, settings);
    QFETCH(double, lr);

    // f(p) = |p|^2 / 2, so grad f = p and the minimum is f(0) = 0.
    auto optimizer = makeOptimizer(name, settings);
    Vector p = toVector({1.0, -2.0, 3.0, -0.5});
    const double initial = halfSquaredNorm(p);
    Vector g;
    for (int t = 0; t < 100; ++t) {
        g = p;
        optimizer->step(VectorMap(p.data(), p.size()), VectorMap(g.data(), g.size()), lr);
    }
    const double final = halfSquaredNorm(p);
    QVERIFY2(final < 0.01 * initial,
             qPrintable(QString("f went from %1 to %2").arg(initial).arg(final)));
}

void TestOptimizers::blocksAgreeWithElementwiseUpdates_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<OptimizerSettings>("settings");

    OptimizerSettings everything;
    everything.momentum = 0.9;
    everything.weightDecay = 0.05;
    OptimizerSettings nesterov = everything;
    nesterov.nesterov = true;
    QTest::newRow("sgd") << "sgd" << nesterov;
    QTest::newRow("adam") << "adam" << everything;
    QTest::newRow("adamw") << "adamw" << everything;
    QTest::newRow("rmsprop") << "rmsprop" << everything;
    QTest::newRow("adagrad") << "adagrad" << everything;
}

void TestOptimizers::blocksAgreeWithElementwiseUpdates() {
    QFETCH(QString, name);
    QFETCH(OptimizerSettings, settings);

    // Longer than two sweep blocks and not a multiple of one, so every block
    // edge and the tail are crossed. Each entry must move exactly as if it
    // were optimised on its own.
    const Eigen::Index n = 2500;
    Vector p(n);
    for (Eigen::Index i = 0; i < n; ++i)
        p(i) = static_cast<Scalar>(std::sin(0.37 * i) * 2.0);
    const Vector start = p;
    auto gradientAt = [](Scalar value, Eigen::Index i, int t) {
        return static_cast<Scalar>(value + std::cos(0.11 * i + t));
    };

    auto whole = makeOptimizer(name, settings);
    Vector g(n);
    for (int t = 0; t < 3; ++t) {
        for (Eigen::Index i = 0; i < n; ++i)
            g(i) = gradientAt(p(i), i, t);
        whole->step(VectorMap(p.data(), n), VectorMap(g.data(), n), 0.01);
    }
    for (Eigen::Index i : {Eigen::Index(0), Eigen::Index(1023), Eigen::Index(1024),
                           Eigen::Index(2047), Eigen::Index(2048), Eigen::Index(2499)}) {
        auto single = makeOptimizer(name, settings);
        Vector q(1);
        q(0) = start(i);
        Vector h(1);
        for (int t = 0; t < 3; ++t) {
            h(0) = gradientAt(q(0), i, t);
            single->step(VectorMap(q.data(), 1), VectorMap(h.data(), 1), 0.01);
        }
        const QString problem = mismatch(p.segment(i, 1), {q(0)});
        QVERIFY2(problem.isEmpty(), qPrintable(QString("index %1: %2").arg(i).arg(problem)));
    }
}

void TestOptimizers::sizeMismatchThrows() {
    for (const std::string& name : optimizerRegistry().names()) {
        OptimizerSettings s;
        s.momentum = 0.9;
        auto optimizer = optimizerRegistry().create(name, "training.optimizer", s);
        Vector p = toVector({1.0, 2.0});
        Vector g = toVector({1.0, 2.0, 3.0});
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            optimizer->step(VectorMap(p.data(), 2), VectorMap(g.data(), 3), 0.1));
        // State is sized by the first real step; a later step of another size is a bug.
        optimizer->step(VectorMap(p.data(), 2), VectorMap(g.data(), 2), 0.1);
        QVERIFY_THROWS_EXCEPTION(
            std::logic_error, optimizer->step(VectorMap(g.data(), 3), VectorMap(g.data(), 3), 0.1));
    }
}

void TestOptimizers::invalidSettingsThrow_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<OptimizerSettings>("settings");
    QTest::addColumn<QString>("field");

    auto with = [](auto change) {
        OptimizerSettings s;
        change(s);
        return s;
    };
    QTest::newRow("sgd momentum 1")
        << "sgd" << with([](auto& s) { s.momentum = 1.0; }) << "training.momentum";
    QTest::newRow("sgd negative decay")
        << "sgd" << with([](auto& s) { s.weightDecay = -0.1; }) << "training.weight_decay";
    QTest::newRow("adam beta1 1") << "adam" << with([](auto& s) { s.beta1 = 1.0; })
                                  << "training.beta1";
    QTest::newRow("adamw beta2 negative")
        << "adamw" << with([](auto& s) { s.beta2 = -0.1; }) << "training.beta2";
    QTest::newRow("adam epsilon NaN")
        << "adam" << with([](auto& s) { s.epsilon = std::nan(""); }) << "training.epsilon";
    QTest::newRow("rmsprop rho 1")
        << "rmsprop" << with([](auto& s) { s.rho = 1.0; }) << "training.rho";
    QTest::newRow("adagrad negative epsilon")
        << "adagrad" << with([](auto& s) { s.epsilon = -1.0; }) << "training.epsilon";
}

void TestOptimizers::invalidSettingsThrow() {
    QFETCH(QString, name);
    QFETCH(OptimizerSettings, settings);
    QFETCH(QString, field);
    try {
        makeOptimizer(name, settings);
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QCOMPARE(QString::fromStdString(error.field()), field);
        QVERIFY2(QString(error.what()).contains("allowed"), error.what());
    }
}

void TestOptimizers::clipScalesLargeGradientToMaxNorm() {
    Vector g = toVector({3.0, 4.0});
    const double before = clipGradientNorm(VectorMap(g.data(), g.size()), 1.0);
    QCOMPARE(before, 5.0);
    // Direction kept, length 1: [3, 4] / 5.
    QVERIFY2(mismatch(g, {0.6, 0.8}).isEmpty(), qPrintable(mismatch(g, {0.6, 0.8})));
    QVERIFY(g.cast<double>().norm() <= 1.0 + 1e-7);

    Vector many = Vector::Constant(1000, 1.0f);  // norm sqrt(1000)
    const double manyBefore = clipGradientNorm(VectorMap(many.data(), many.size()), 2.0);
    QVERIFY(std::abs(manyBefore - std::sqrt(1000.0)) < 1e-9);
    QVERIFY(std::abs(many.cast<double>().norm() - 2.0) < 2e-6);
}

void TestOptimizers::clipLeavesSmallGradientAlone() {
    const Vector original = toVector({0.3, -0.4});
    Vector g = original;
    const double norm = clipGradientNorm(VectorMap(g.data(), g.size()), 1.0);
    QVERIFY(std::abs(norm - 0.5) < 1e-7);
    QCOMPARE(g, original);  // bit-identical, not merely close
}

void TestOptimizers::clipDisabledByNonPositiveMax() {
    const Vector original = toVector({3.0, 4.0});
    for (double maxNorm : {0.0, -1.0}) {
        Vector g = original;
        QCOMPARE(clipGradientNorm(VectorMap(g.data(), g.size()), maxNorm), 5.0);
        QCOMPARE(g, original);
    }
}

void TestOptimizers::registryListsAllOptimizers() {
    const std::vector<std::string> expected{"adagrad", "adam", "adamw", "rmsprop", "sgd"};
    QCOMPARE(optimizerRegistry().names(), expected);
    for (const std::string& name : expected) {
        auto optimizer =
            optimizerRegistry().create(name, "training.optimizer", OptimizerSettings{});
        QCOMPARE(optimizer->name(), name);
    }
}

void TestOptimizers::unknownNameThrowsWithValidNames() {
    try {
        optimizerRegistry().create("nadam", "training.optimizer", OptimizerSettings{});
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QCOMPARE(error.field(), std::string("training.optimizer"));
        const QString message = error.what();
        QVERIFY2(message.startsWith("training.optimizer: "), error.what());
        QVERIFY2(message.contains("nadam"), error.what());
        for (const char* name : {"sgd", "adam", "adamw", "rmsprop", "adagrad"})
            QVERIFY2(message.contains(name), error.what());
    }
}

QTEST_APPLESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
