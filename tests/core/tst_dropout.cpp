// Statistical and contract tests for inverted dropout.

#include <QtTest>

#include <cmath>
#include <limits>

#include "common/random.h"
#include "nn/layers/dropout.h"

using namespace hyperlab;

class TestDropout : public QObject {
    Q_OBJECT

private slots:
    void dropsTheRightFraction_data();
    void dropsTheRightFraction();
    void keptValuesAreScaled_data();
    void keptValuesAreScaled();
    void preservesTheMean_data();
    void preservesTheMean();
    void backwardUsesTheForwardMask();
    void identityAtEvaluation();
    void rateZeroIsIdentityAndDrawsNothing();
    void sameSeedSameMask();
    void masksDifferBetweenBatches();
    void rejectsBadRates();
    void trainingNeedsRandom();
    void describe();
};

namespace {
Matrix forwardOnce(Dropout& layer, const Matrix& input, Random& random, bool training = true) {
    Matrix output;
    ForwardContext context{training, &random};
    layer.forward(input, output, context);
    return output;
}

constexpr int kRows = 400;
constexpr int kCols = 250;  // 100k values: the dropped fraction has std <= 0.0016
}  // namespace

void TestDropout::dropsTheRightFraction_data() {
    QTest::addColumn<double>("rate");
    QTest::newRow("0.2") << 0.2;
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("0.8") << 0.8;
}

void TestDropout::dropsTheRightFraction() {
    QFETCH(double, rate);
    Dropout layer({kRows, 1, 1}, rate);
    Random random(3);
    const Matrix input = Matrix::Constant(kRows, kCols, 1.0f);
    const Matrix output = forwardOnce(layer, input, random);
    const double dropped = double((output.array() == 0.0f).count()) / double(output.size());
    // Six standard deviations of a binomial fraction over 100k draws.
    const double tolerance = 6.0 * std::sqrt(rate * (1 - rate) / double(output.size()));
    QVERIFY2(std::abs(dropped - rate) < tolerance,
             qPrintable(QString("dropped %1, expected %2").arg(dropped).arg(rate)));
    // Not every column drops the same number: the mask is not a fixed pattern.
    QVERIFY((output.col(0).array() == 0).count() != (output.col(1).array() == 0).count() ||
            (output.col(0).array() == 0).count() != (output.col(2).array() == 0).count());
}

void TestDropout::keptValuesAreScaled_data() {
    dropsTheRightFraction_data();
}

void TestDropout::keptValuesAreScaled() {
    QFETCH(double, rate);
    Dropout layer({kRows, 1, 1}, rate);
    Random random(5);
    Random values(6);
    Matrix input(kRows, 20);
    for (Eigen::Index i = 0; i < input.size(); ++i)
        input.data()[i] = Scalar(values.uniform(0.5, 2.0));  // never zero
    const Matrix output = forwardOnce(layer, input, random);
    const Scalar scale = Scalar(1.0 / (1.0 - rate));
    int kept = 0;
    for (Eigen::Index i = 0; i < input.size(); ++i) {
        const Scalar y = output.data()[i];
        if (y == 0.0f)
            continue;
        ++kept;
        QCOMPARE(y, input.data()[i] * scale);
    }
    QVERIFY(kept > 0);
}

void TestDropout::preservesTheMean_data() {
    dropsTheRightFraction_data();
}

void TestDropout::preservesTheMean() {
    QFETCH(double, rate);
    Dropout layer({kRows, 1, 1}, rate);
    Random random(7);
    const Matrix input = Matrix::Constant(kRows, kCols, 3.0f);
    const Matrix output = forwardOnce(layer, input, random);
    const double mean = output.cast<double>().mean();
    // Each output is 3/(1-p) with probability 1-p, else 0: variance
    // 9 p / (1 - p); six standard deviations of the mean of 100k of them.
    const double tolerance = 6.0 * 3.0 * std::sqrt(rate / (1 - rate) / double(output.size()));
    QVERIFY2(std::abs(mean - 3.0) < tolerance,
             qPrintable(QString("mean %1 (tolerance %2)").arg(mean).arg(tolerance)));
}

void TestDropout::backwardUsesTheForwardMask() {
    Dropout layer({50, 1, 1}, 0.5);
    Random random(9);
    const Matrix input = Matrix::Constant(50, 8, 1.0f);
    const Matrix output = forwardOnce(layer, input, random);
    Random values(10);
    Matrix dy(50, 8);
    for (Eigen::Index i = 0; i < dy.size(); ++i)
        dy.data()[i] = Scalar(values.uniform(-1, 1));
    Matrix dx;
    layer.backward(input, output, dy, dx, true);
    // With input 1 the output is the mask itself: dx = dy .* mask.
    QCOMPARE(dx, dy.cwiseProduct(output));
}

void TestDropout::identityAtEvaluation() {
    Dropout layer({30, 1, 1}, 0.5);
    Random random(11);
    Random values(12);
    Matrix input(30, 4);
    for (Eigen::Index i = 0; i < input.size(); ++i)
        input.data()[i] = Scalar(values.uniform(-1, 1));
    // A training pass first, so a stale mask would show.
    forwardOnce(layer, input, random);
    const Matrix output = forwardOnce(layer, input, random, false);
    QCOMPARE(output, input);
    Matrix dx;
    layer.backward(input, output, input * 2.0f, dx, true);
    QCOMPARE(dx, Matrix(input * 2.0f));
    // Evaluation needs no random engine.
    Matrix again;
    ForwardContext context{false, nullptr};
    layer.forward(input, again, context);
    QCOMPARE(again, input);
}

void TestDropout::rateZeroIsIdentityAndDrawsNothing() {
    Dropout layer({30, 1, 1}, 0.0);
    Random random(13);
    Random reference(13);
    const Matrix input = Matrix::Constant(30, 4, 2.5f);
    QCOMPARE(forwardOnce(layer, input, random), input);
    QCOMPARE(random.nextU64(), reference.nextU64());
}

void TestDropout::sameSeedSameMask() {
    Dropout first({64, 1, 1}, 0.3), second({64, 1, 1}, 0.3);
    Random a(17), b(17), c(18);
    const Matrix input = Matrix::Constant(64, 16, 1.0f);
    const Matrix fromA = forwardOnce(first, input, a);
    QCOMPARE(forwardOnce(second, input, b), fromA);
    QVERIFY(forwardOnce(second, input, c) != fromA);
}

void TestDropout::masksDifferBetweenBatches() {
    Dropout layer({64, 1, 1}, 0.5);
    Random random(19);
    const Matrix input = Matrix::Constant(64, 16, 1.0f);
    const Matrix first = forwardOnce(layer, input, random);
    QVERIFY(forwardOnce(layer, input, random) != first);
}

void TestDropout::rejectsBadRates() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dropout({4, 1, 1}, -0.1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dropout({4, 1, 1}, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Dropout({4, 1, 1}, std::numeric_limits<double>::quiet_NaN()));
    Dropout ok({4, 1, 1}, 0.99);
    QCOMPARE(ok.rate(), 0.99);
}

void TestDropout::trainingNeedsRandom() {
    Dropout layer({4, 1, 1}, 0.5);
    Matrix output;
    ForwardContext context{true, nullptr};
    QVERIFY_THROWS_EXCEPTION(std::logic_error, layer.forward(Matrix::Ones(4, 2), output, context));
}

void TestDropout::describe() {
    Dropout layer({4, 2, 2}, 0.25);
    QCOMPARE(QString::fromStdString(layer.kind()), QStringLiteral("dropout"));
    QCOMPARE(QString::fromStdString(layer.describe()), QStringLiteral("dropout 0.25"));
    QCOMPARE(layer.outputShape(), (Shape{4, 2, 2}));
    QCOMPARE(layer.parameterCount(), Eigen::Index(0));
}

QTEST_APPLESS_MAIN(TestDropout)
#include "tst_dropout.moc"
