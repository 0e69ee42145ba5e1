// Initializers: sample moments against each scheme's theoretical variance,
// the shape of the distribution, determinism per seed, and the registry.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "common/errors.h"
#include "common/random.h"
#include "nn/initializers/initializer.h"

using namespace hyperlab;

namespace {

constexpr int kFanOut = 400;  // rows: one per output unit
constexpr int kFanIn = 300;   // columns: one per input

std::unique_ptr<Initializer> makeInitializer(const QString& name, double scale) {
    return initializerRegistry().create(name.toStdString(), "model.init", scale);
}

Matrix sample(const Initializer& initializer, std::uint64_t seed) {
    Matrix weights = Matrix::Zero(kFanOut, kFanIn);
    Random random(seed);
    initializer.fill(weights, kFanIn, kFanOut, random);
    return weights;
}

}  // namespace

class TestInitializers : public QObject {
    Q_OBJECT

private slots:
    void momentsMatchTheory_data();
    void momentsMatchTheory();
    void sameSeedSameDrawsOtherSeedOtherDraws_data();
    void sameSeedSameDrawsOtherSeedOtherDraws();
    void fillsBlockInPlace();
    void registryListsAllInitializers();
    void unknownNameThrowsWithValidNames();
    void invalidScaleThrows_data();
    void invalidScaleThrows();
    void nonPositiveFanThrows();
};

void TestInitializers::momentsMatchTheory_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("variance");
    QTest::addColumn<bool>("uniform");

    const double in = kFanIn, out = kFanOut;
    // Uniform on (-a, a) has variance a^2 / 3.
    const double xavierBound = std::sqrt(6.0 / (in + out));
    const double kaimingBound = std::sqrt(6.0 / in);
    QTest::newRow("xavier_uniform")
        << "xavier_uniform" << 0.0 << xavierBound * xavierBound / 3.0 << true;
    QTest::newRow("xavier_normal") << "xavier_normal" << 0.0 << 2.0 / (in + out) << false;
    QTest::newRow("kaiming_uniform")
        << "kaiming_uniform" << 0.0 << kaimingBound * kaimingBound / 3.0 << true;
    QTest::newRow("kaiming_normal") << "kaiming_normal" << 0.0 << 2.0 / in << false;
    QTest::newRow("lecun_normal") << "lecun_normal" << 0.0 << 1.0 / in << false;
    QTest::newRow("uniform 0.05") << "uniform" << 0.05 << 0.05 * 0.05 / 3.0 << true;
    QTest::newRow("uniform 0.5") << "uniform" << 0.5 << 0.5 * 0.5 / 3.0 << true;
    QTest::newRow("normal 0.05") << "normal" << 0.05 << 0.05 * 0.05 << false;
    QTest::newRow("normal 0.2") << "normal" << 0.2 << 0.2 * 0.2 << false;
}

void TestInitializers::momentsMatchTheory() {
    QFETCH(QString, name);
    QFETCH(double, scale);
    QFETCH(double, variance);
    QFETCH(bool, uniform);

    const auto initializer = makeInitializer(name, scale);
    QCOMPARE(QString::fromStdString(initializer->name()), name);
    const Matrix weights = sample(*initializer, 99);
    const Eigen::ArrayXd w = weights.reshaped().cast<double>().array();
    const double n = static_cast<double>(w.size());
    const double mean = w.mean();
    const double sampleVariance = (w - mean).square().sum() / (n - 1.0);
    const double stddev = std::sqrt(variance);

    // 120000 draws: the standard error of the mean is stddev / 346, so six of
    // them still make a tight check.
    QVERIFY2(std::abs(mean) < 6.0 * stddev / std::sqrt(n),
             qPrintable(QString("mean %1, stddev %2").arg(mean).arg(stddev)));
    // The variance's relative standard error is below 0.5% here.
    QVERIFY2(std::abs(sampleVariance / variance - 1.0) < 0.05,
             qPrintable(QString("variance %1, expected %2").arg(sampleVariance).arg(variance)));

    const double largest = w.abs().maxCoeff();
    const double beyondTwoSigma = (w.abs() > 2.0 * stddev).cast<double>().mean();
    if (uniform) {
        // Bounded by a = sqrt(3 variance) and filling the range.
        const double bound = std::sqrt(3.0 * variance);
        QVERIFY2(largest <= bound * (1.0 + 1e-6) && largest > 0.999 * bound,
                 qPrintable(QString("max |w| %1, bound %2").arg(largest).arg(bound)));
        QCOMPARE(beyondTwoSigma, 0.0);  // 2 sigma = 1.15 a
    } else {
        // P(|z| > 2) = 4.55% for a normal distribution; a uniform has none.
        QVERIFY2(beyondTwoSigma > 0.042 && beyondTwoSigma < 0.049,
                 qPrintable(QString("fraction beyond 2 sigma %1").arg(beyondTwoSigma)));
    }
}

void TestInitializers::sameSeedSameDrawsOtherSeedOtherDraws_data() {
    QTest::addColumn<QString>("name");
    for (const auto& name : initializerRegistry().names())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void TestInitializers::sameSeedSameDrawsOtherSeedOtherDraws() {
    QFETCH(QString, name);
    const auto initializer = makeInitializer(name, 0.1);
    const Matrix first = sample(*initializer, 5);
    const Matrix again = sample(*initializer, 5);
    const Matrix other = sample(*initializer, 6);
    QVERIFY(first == again);
    // Almost every entry must differ, not just a few.
    const auto differing = (first.array() != other.array()).count();
    QVERIFY2(differing > first.size() * 99 / 100, qPrintable(QString::number(differing)));
}

void TestInitializers::fillsBlockInPlace() {
    // Layers fill views into the network's flat parameter vector; a block
    // with an outer stride must get the same draws as a plain matrix and leave
    // its surroundings alone.
    const auto initializer = makeInitializer("xavier_normal", 0.0);
    Matrix plain(6, 4);
    Random first(11);
    initializer->fill(plain, 4, 6, first);

    Matrix big = Matrix::Constant(10, 8, 7.0f);
    Random second(11);
    initializer->fill(big.block(2, 3, 6, 4), 4, 6, second);
    QVERIFY(big.block(2, 3, 6, 4) == plain);
    QCOMPARE((big.array() == 7.0f).count(), Eigen::Index(10 * 8 - 6 * 4));
}

void TestInitializers::registryListsAllInitializers() {
    auto names = initializerRegistry().names();
    std::sort(names.begin(), names.end());
    const std::vector<std::string> expected{"kaiming_normal", "kaiming_uniform", "lecun_normal",
                                            "normal",         "uniform",         "xavier_normal",
                                            "xavier_uniform"};
    QCOMPARE(names, expected);
    QCOMPARE(&initializerRegistry(), &initializerRegistry());
}

void TestInitializers::unknownNameThrowsWithValidNames() {
    try {
        initializerRegistry().create("glorot", "model.init", 0.0);
        QFAIL("unknown initializer did not throw");
    } catch (const InputError& error) {
        QCOMPARE(error.field(), std::string("model.init"));
        const std::string message = error.what();
        QVERIFY2(message.find("glorot") != std::string::npos, error.what());
        for (const auto& name : initializerRegistry().names())
            QVERIFY2(message.find(name) != std::string::npos, error.what());
    }
}

void TestInitializers::invalidScaleThrows_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("scale");
    QTest::newRow("uniform zero") << "uniform" << 0.0;
    QTest::newRow("uniform negative") << "uniform" << -0.1;
    QTest::newRow("normal nan") << "normal" << std::nan("");
    QTest::newRow("normal infinite") << "normal" << HUGE_VAL;
}

void TestInitializers::invalidScaleThrows() {
    QFETCH(QString, name);
    QFETCH(double, scale);
    QVERIFY_THROWS_EXCEPTION(InputError, makeInitializer(name, scale));
}

void TestInitializers::nonPositiveFanThrows() {
    Matrix weights(3, 3);
    Random random(1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             makeInitializer("kaiming_uniform", 0.0)->fill(weights, 0, 3, random));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             makeInitializer("xavier_normal", 0.0)->fill(weights, 3, -1, random));
}

QTEST_APPLESS_MAIN(TestInitializers)
#include "tst_initializers.moc"
