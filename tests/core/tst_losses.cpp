// Losses: hand-computed values, gradients against central finite differences,
// numerical stability for huge logits, Huber's two regions, and the registry.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "common/errors.h"
#include "common/random.h"
#include "nn/losses/loss.h"

using namespace hyperlab;

namespace {

std::unique_ptr<Loss> makeLoss(const QString& name, double parameter = 1.0) {
    return lossRegistry().create(name.toStdString(), "training.loss", parameter);
}

Matrix fromRows(std::initializer_list<std::initializer_list<double>> rows) {
    Matrix m(static_cast<Eigen::Index>(rows.size()),
             static_cast<Eigen::Index>(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto& row : rows) {
        Eigen::Index c = 0;
        for (double v : row)
            m(r, c++) = static_cast<Scalar>(v);
        ++r;
    }
    return m;
}

bool allFinite(const Matrix& m) {
    return m.allFinite();
}

}  // namespace

class TestLosses : public QObject {
    Q_OBJECT

private slots:
    void crossEntropyValues();
    void binaryCrossEntropyValues();
    void mseMeansOverBatchAndOutputs();
    void huberRegions_data();
    void huberRegions();
    void l1Values();
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void crossEntropyStableForHugeLogits();
    void binaryCrossEntropyStableForHugeLogits();
    void nullGradientGivesSameLoss();
    void outputKinds_data();
    void outputKinds();
    void registryListsAllLosses();
    void unknownNameThrowsWithValidNames();
    void invalidHuberDeltaThrows();
    void mismatchedShapesThrow();
};

void TestLosses::crossEntropyValues() {
    const auto loss = makeLoss("cross_entropy");
    // Logits [1, 2, 3]; softmax = [0.09003057, 0.24472847, 0.66524096].
    const Matrix logits = fromRows({{1, 1}, {2, 2}, {3, 3}});
    const Matrix classTwo = fromRows({{0}, {0}, {1}});
    QCOMPARE_LE(std::abs(loss->evaluate(logits.col(0), classTwo, nullptr) - 0.40760596), 1e-6);

    // Batch of two: class 2 and class 0 -> mean of 0.40760596 and 2.40760596.
    const Matrix targets = fromRows({{0, 1}, {0, 0}, {1, 0}});
    Matrix gradient;
    QCOMPARE_LE(std::abs(loss->evaluate(logits, targets, &gradient) - 1.40760596), 1e-6);
    const Matrix expected = fromRows({{0.09003057 / 2, (0.09003057 - 1) / 2},
                                      {0.24472847 / 2, 0.24472847 / 2},
                                      {(0.66524096 - 1) / 2, 0.66524096 / 2}});
    QVERIFY(gradient.isApprox(expected, 1e-5f));

    // Equal logits: log(K).
    const Matrix flat = Matrix::Zero(4, 1);
    const Matrix first = fromRows({{1}, {0}, {0}, {0}});
    QCOMPARE_LE(std::abs(loss->evaluate(flat, first, nullptr) - std::log(4.0)), 1e-6);
}

void TestLosses::binaryCrossEntropyValues() {
    const auto loss = makeLoss("binary_cross_entropy");
    const Matrix logits = fromRows({{0.5, -1.0, 2.0}});
    const Matrix targets = fromRows({{1, 0, 0}});
    // -log sigmoid(0.5), -log(1 - sigmoid(-1)), -log(1 - sigmoid(2)):
    // 0.47407698, 0.31326169, 2.12692801.
    Matrix gradient;
    QCOMPARE_LE(std::abs(loss->evaluate(logits, targets, &gradient) - 0.97142223), 1e-6);
    const Matrix expected = fromRows({{(0.62245933 - 1) / 3, 0.26894142 / 3, 0.88079708 / 3}});
    QVERIFY(gradient.isApprox(expected, 1e-5f));
}

void TestLosses::mseMeansOverBatchAndOutputs() {
    const auto loss = makeLoss("mse");
    const Matrix outputs = fromRows({{1, 2}, {3, 4}});
    const Matrix targets = Matrix::Zero(2, 2);
    Matrix gradient;
    // (1 + 4 + 9 + 16) / 4 elements, as PyTorch MSELoss('mean'), not / 2 samples.
    QCOMPARE(loss->evaluate(outputs, targets, &gradient), 7.5);
    QVERIFY(gradient.isApprox(fromRows({{0.5, 1.0}, {1.5, 2.0}})));
}

void TestLosses::huberRegions_data() {
    QTest::addColumn<double>("delta");
    QTest::addColumn<double>("error");  // output - target
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("slope");

    // Quadratic region: d^2 / 2, slope d.
    QTest::newRow("quadratic +") << 1.0 << 0.5 << 0.125 << 0.5;
    QTest::newRow("quadratic -") << 1.0 << -0.5 << 0.125 << -0.5;
    QTest::newRow("quadratic small delta") << 0.5 << 0.2 << 0.02 << 0.2;
    // Boundary: both pieces agree.
    QTest::newRow("boundary") << 1.0 << 1.0 << 0.5 << 1.0;
    // Linear region: delta * (|d| - delta / 2), slope +-delta.
    QTest::newRow("linear +") << 1.0 << 3.0 << 2.5 << 1.0;
    QTest::newRow("linear -") << 1.0 << -2.0 << 1.5 << -1.0;
    QTest::newRow("linear delta 2") << 2.0 << 3.0 << 4.0 << 2.0;
    QTest::newRow("linear delta 0.5") << 0.5 << -4.0 << 1.875 << -0.5;
}

void TestLosses::huberRegions() {
    QFETCH(double, delta);
    QFETCH(double, error);
    QFETCH(double, value);
    QFETCH(double, slope);

    const auto loss = makeLoss("huber", delta);
    // Same error in every element of a 2x3 batch: the mean is the value and
    // each gradient entry is the slope over the 6 elements.
    const Matrix targets = Matrix::Constant(2, 3, 0.25f);
    const Matrix outputs = targets.array() + static_cast<Scalar>(error);
    Matrix gradient;
    QCOMPARE_LE(std::abs(loss->evaluate(outputs, targets, &gradient) - value), 1e-6);
    QVERIFY(gradient.isApprox(Matrix::Constant(2, 3, static_cast<Scalar>(slope / 6.0)), 1e-6f));
}

void TestLosses::l1Values() {
    const auto loss = makeLoss("l1");
    const Matrix outputs = fromRows({{1.0, -2.0, 0.5, 0.75}});
    const Matrix targets = fromRows({{0.0, 0.0, 0.0, 0.75}});
    Matrix gradient;
    QCOMPARE_LE(std::abs(loss->evaluate(outputs, targets, &gradient) - 3.5 / 4), 1e-7);
    // Subgradient 0 where the output equals the target, as PyTorch.
    QCOMPARE(gradient, fromRows({{0.25, -0.25, 0.25, 0.0}}));
}

void TestLosses::gradientMatchesFiniteDifferences_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("parameter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<QString>("targetKind");

    QTest::newRow("cross_entropy one-hot") << "cross_entropy" << 0.0 << 4 << 5 << "one-hot";
    QTest::newRow("cross_entropy soft") << "cross_entropy" << 0.0 << 3 << 4 << "distribution";
    QTest::newRow("binary_cross_entropy") << "binary_cross_entropy" << 0.0 << 1 << 12 << "binary";
    QTest::newRow("binary_cross_entropy soft")
        << "binary_cross_entropy" << 0.0 << 1 << 8 << "probability";
    QTest::newRow("mse") << "mse" << 0.0 << 3 << 5 << "regression";
    QTest::newRow("huber delta 1") << "huber" << 1.0 << 3 << 6 << "regression";
    QTest::newRow("huber delta 0.3") << "huber" << 0.3 << 2 << 6 << "regression";
    QTest::newRow("l1") << "l1" << 0.0 << 3 << 5 << "regression";
}

void TestLosses::gradientMatchesFiniteDifferences() {
    QFETCH(QString, name);
    QFETCH(double, parameter);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(QString, targetKind);

    const auto loss = makeLoss(name, parameter);
    Random random(2024);
    Matrix outputs(rows, cols), targets = Matrix::Zero(rows, cols);
    // Huber: errors up to 3 delta, so both regions get samples.
    const double spread = name == "huber" ? 3.0 * parameter : 3.0;
    int quadratic = 0, linear = 0;
    for (int c = 0; c < cols; ++c) {
        if (targetKind == "one-hot")
            targets(static_cast<Eigen::Index>(random.below(rows)), c) = 1.0f;
        for (int r = 0; r < rows; ++r) {
            if (targetKind == "regression") {
                // Keep |error| away from 0 (L1 kink) and from delta (Huber
                // kink): finite differences across a kink are not slopes.
                double error;
                do {
                    error = random.uniform(-spread, spread);
                } while (std::abs(error) < 0.05 || std::abs(std::abs(error) - parameter) < 0.05);
                (std::abs(error) < parameter ? quadratic : linear)++;
                targets(r, c) = static_cast<Scalar>(random.uniform(-2.0, 2.0));
                outputs(r, c) = targets(r, c) + static_cast<Scalar>(error);
            } else {
                outputs(r, c) = static_cast<Scalar>(random.uniform(-4.0, 4.0));
                if (targetKind == "binary")
                    targets(r, c) = static_cast<Scalar>(random.below(2));
                else if (targetKind != "one-hot")
                    targets(r, c) = static_cast<Scalar>(random.uniform());
            }
        }
        if (targetKind == "distribution")
            targets.col(c) /= targets.col(c).sum();
    }
    if (name == "huber") {
        QVERIFY(quadratic > 0);
        QVERIFY(linear > 0);
    }

    Matrix gradient;
    loss->evaluate(outputs, targets, &gradient);
    QCOMPARE(gradient.rows(), outputs.rows());
    QCOMPARE(gradient.cols(), outputs.cols());

    const Scalar h = 1e-3f;
    for (Eigen::Index i = 0; i < outputs.size(); ++i) {
        Matrix plus = outputs, minus = outputs;
        plus(i) += h;
        minus(i) -= h;
        const double numeric =
            (loss->evaluate(plus, targets, nullptr) - loss->evaluate(minus, targets, nullptr)) /
            (double(plus(i)) - double(minus(i)));
        const double analytic = gradient(i);
        QVERIFY2(
            std::abs(numeric - analytic) <= 5e-5 + 5e-4 * std::abs(numeric),
            qPrintable(
                QString("element %1: analytic %2, numeric %3").arg(i).arg(analytic).arg(numeric)));
    }
}

void TestLosses::crossEntropyStableForHugeLogits() {
    const auto loss = makeLoss("cross_entropy");
    // exp(1000) overflows even in double; the fused log-sum-exp never forms it.
    const Matrix logits =
        fromRows({{1000, 1000, 1000, 1000}, {0, 0, 0, 1000}, {-1000, -1000, -1000, 1000}});
    const Matrix targets = fromRows({{1, 0, 0, 0}, {0, 1, 0, 1}, {0, 0, 1, 0}});
    Matrix gradient;
    const double value = loss->evaluate(logits, targets, &gradient);
    // Per column: 0 (confidently right), 1000, 2000, log 3.
    QVERIFY(std::isfinite(value));
    QCOMPARE_LE(std::abs(value - (0.0 + 1000.0 + 2000.0 + std::log(3.0)) / 4.0), 1e-4);
    QVERIFY(allFinite(gradient));
    const Matrix expected = fromRows(
        {{0, 0.25, 0.25, 1.0 / 12}, {0, -0.25, 0, 1.0 / 12 - 0.25}, {0, 0, -0.25, 1.0 / 12}});
    QVERIFY((gradient - expected).cwiseAbs().maxCoeff() < 1e-6f);
}

void TestLosses::binaryCrossEntropyStableForHugeLogits() {
    const auto loss = makeLoss("binary_cross_entropy");
    const Matrix logits = fromRows({{1000, -1000, 1000, -1000}});
    const Matrix targets = fromRows({{0, 1, 1, 0}});
    Matrix gradient;
    const double value = loss->evaluate(logits, targets, &gradient);
    // Two confidently wrong (1000 each), two confidently right (0).
    QVERIFY(std::isfinite(value));
    QCOMPARE_LE(std::abs(value - 500.0), 1e-4);
    QVERIFY(allFinite(gradient));
    QVERIFY((gradient - fromRows({{0.25, -0.25, 0, 0}})).cwiseAbs().maxCoeff() < 1e-6f);
}

void TestLosses::nullGradientGivesSameLoss() {
    Random random(3);
    for (const auto& name : lossRegistry().names()) {
        const auto loss = lossRegistry().create(name, "training.loss", 1.0);
        // One row of logits with 0/1 targets is valid input for every loss.
        Matrix outputs(1, 6), targets(1, 6);
        for (Eigen::Index i = 0; i < outputs.size(); ++i) {
            outputs(i) = static_cast<Scalar>(random.uniform(-1.0, 1.0));
            targets(i) = static_cast<Scalar>(random.below(2));
        }
        Matrix gradient;
        QCOMPARE(loss->evaluate(outputs, targets, nullptr),
                 loss->evaluate(outputs, targets, &gradient));
    }
}

void TestLosses::outputKinds_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("cross_entropy") << "cross_entropy" << int(OutputKind::ClassLogits);
    QTest::newRow("binary_cross_entropy") << "binary_cross_entropy" << int(OutputKind::BinaryLogit);
    QTest::newRow("mse") << "mse" << int(OutputKind::Regression);
    QTest::newRow("huber") << "huber" << int(OutputKind::Regression);
    QTest::newRow("l1") << "l1" << int(OutputKind::Regression);
}

void TestLosses::outputKinds() {
    QFETCH(QString, name);
    QFETCH(int, kind);
    const auto loss = makeLoss(name);
    QCOMPARE(int(loss->outputKind()), kind);
    QCOMPARE(QString::fromStdString(loss->name()), name);
}

void TestLosses::registryListsAllLosses() {
    auto names = lossRegistry().names();
    std::sort(names.begin(), names.end());
    const std::vector<std::string> expected{"binary_cross_entropy", "cross_entropy", "huber", "l1",
                                            "mse"};
    QCOMPARE(names, expected);
    QCOMPARE(&lossRegistry(), &lossRegistry());
}

void TestLosses::unknownNameThrowsWithValidNames() {
    try {
        lossRegistry().create("hinge", "training.loss", 1.0);
        QFAIL("unknown loss did not throw");
    } catch (const InputError& error) {
        QCOMPARE(error.field(), std::string("training.loss"));
        const std::string message = error.what();
        QVERIFY2(message.find("hinge") != std::string::npos, error.what());
        for (const auto& name : lossRegistry().names())
            QVERIFY2(message.find(name) != std::string::npos, error.what());
    }
}

void TestLosses::invalidHuberDeltaThrows() {
    for (double delta : {0.0, -1.0, std::nan(""), HUGE_VAL}) {
        try {
            makeLoss("huber", delta);
            QFAIL(qPrintable(QString("delta %1 did not throw").arg(delta)));
        } catch (const InputError& error) {
            QCOMPARE(error.field(), std::string("training.huber_delta"));
        }
    }
}

void TestLosses::mismatchedShapesThrow() {
    for (const auto& name : lossRegistry().names()) {
        const auto loss = lossRegistry().create(name, "training.loss", 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 loss->evaluate(Matrix::Zero(3, 4), Matrix::Zero(3, 5), nullptr));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 loss->evaluate(Matrix::Zero(3, 4), Matrix::Zero(2, 4), nullptr));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 loss->evaluate(Matrix(3, 0), Matrix(3, 0), nullptr));
    }
}

QTEST_APPLESS_MAIN(TestLosses)
#include "tst_losses.moc"
