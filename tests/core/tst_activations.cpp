// Activations: values at hand-picked points, gradients against central finite
// differences, and the registry contract.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

#include "common/errors.h"
#include "common/random.h"
#include "nn/activations/activation.h"

using namespace hyperlab;

namespace {

std::unique_ptr<Activation> makeActivation(const QString& name, double parameter) {
    return activationRegistry().create(name.toStdString(), "model.activation", parameter);
}

// Random inputs in [-3, 3] kept at least `margin` away from 0, where relu,
// leaky_relu and elu have their kink: finite differences across it are not
// derivatives.
Matrix inputsAwayFromZero(Eigen::Index rows, Eigen::Index cols, double margin, Random& random) {
    Matrix x(rows, cols);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        double v;
        do {
            v = random.uniform(-3.0, 3.0);
        } while (std::abs(v) < margin);
        x(i) = static_cast<Scalar>(v);
    }
    return x;
}

}  // namespace

class TestActivations : public QObject {
    Q_OBJECT

private slots:
    void valueAtPoint_data();
    void valueAtPoint();
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void gradientAllowsInPlaceOutput();
    void registryListsAllActivations();
    void registryCreatesNamedActivations();
    void unknownNameThrowsWithValidNames();
    void invalidParameterThrows_data();
    void invalidParameterThrows();
};

void TestActivations::valueAtPoint_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("parameter");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");  // absolute

    QTest::newRow("relu negative") << "relu" << 0.0 << -1.5 << 0.0 << 2e-7;
    QTest::newRow("relu positive") << "relu" << 0.0 << 2.0 << 2.0 << 2e-7;
    QTest::newRow("leaky_relu negative") << "leaky_relu" << 0.1 << -2.0 << -0.2 << 2e-7;
    QTest::newRow("leaky_relu positive") << "leaky_relu" << 0.1 << 3.0 << 3.0 << 2e-7;
    QTest::newRow("elu -1 alpha 1") << "elu" << 1.0 << -1.0 << -0.6321205588 << 2e-7;
    QTest::newRow("elu -2 alpha 0.5") << "elu" << 0.5 << -2.0 << -0.4323323584 << 2e-7;
    QTest::newRow("elu positive") << "elu" << 1.0 << 2.0 << 2.0 << 2e-7;
    QTest::newRow("elu tiny negative") << "elu" << 1.0 << -1e-6 << -9.999995000001667e-7 << 1e-11;
    QTest::newRow("gelu 1") << "gelu" << 0.0 << 1.0 << 0.8413447461 << 2e-7;
    QTest::newRow("gelu -1") << "gelu" << 0.0 << -1.0 << -0.1586552539 << 2e-7;
    QTest::newRow("gelu 2") << "gelu" << 0.0 << 2.0 << 1.9544997361 << 2e-7;
    QTest::newRow("gelu 0") << "gelu" << 0.0 << 0.0 << 0.0 << 2e-7;
    QTest::newRow("sigmoid 0") << "sigmoid" << 0.0 << 0.0 << 0.5 << 2e-7;
    QTest::newRow("sigmoid 2") << "sigmoid" << 0.0 << 2.0 << 0.8807970780 << 2e-7;
    QTest::newRow("sigmoid -2") << "sigmoid" << 0.0 << -2.0 << 0.1192029220 << 2e-7;
    QTest::newRow("sigmoid -20") << "sigmoid" << 0.0 << -20.0 << 2.0611536182e-9 << 1e-13;
    QTest::newRow("sigmoid 50") << "sigmoid" << 0.0 << 50.0 << 1.0 << 2e-7;
    QTest::newRow("tanh 0.5") << "tanh" << 0.0 << 0.5 << 0.4621171573 << 2e-7;
    QTest::newRow("tanh -2") << "tanh" << 0.0 << -2.0 << -0.9640275801 << 2e-7;
    QTest::newRow("linear") << "linear" << 0.0 << -3.5 << -3.5 << 2e-7;
}

void TestActivations::valueAtPoint() {
    QFETCH(QString, name);
    QFETCH(double, parameter);
    QFETCH(double, x);
    QFETCH(double, expected);
    QFETCH(double, tolerance);

    const auto activation = makeActivation(name, parameter);
    // A whole batch of the same value also exercises the vectorised path.
    const Matrix input = Matrix::Constant(3, 7, static_cast<Scalar>(x));
    Matrix output;
    activation->apply(input, output);

    QCOMPARE(output.rows(), input.rows());
    QCOMPARE(output.cols(), input.cols());
    for (Eigen::Index i = 0; i < output.size(); ++i) {
        QVERIFY2(std::abs(output(i) - expected) <= tolerance,
                 qPrintable(QString("%1(%2) = %3, expected %4")
                                .arg(name)
                                .arg(x)
                                .arg(double(output(i)), 0, 'g', 10)
                                .arg(expected, 0, 'g', 10)));
    }
}

void TestActivations::gradientMatchesFiniteDifferences_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("parameter");

    QTest::newRow("relu") << "relu" << 0.0;
    QTest::newRow("leaky_relu") << "leaky_relu" << 0.05;
    QTest::newRow("elu alpha 1") << "elu" << 1.0;
    QTest::newRow("elu alpha 0.3") << "elu" << 0.3;
    QTest::newRow("gelu") << "gelu" << 0.0;
    QTest::newRow("sigmoid") << "sigmoid" << 0.0;
    QTest::newRow("tanh") << "tanh" << 0.0;
    QTest::newRow("linear") << "linear" << 0.0;
}

void TestActivations::gradientMatchesFiniteDifferences() {
    QFETCH(QString, name);
    QFETCH(double, parameter);

    const auto activation = makeActivation(name, parameter);
    Random random(1234);
    const Scalar h = 1e-3f;
    const Matrix x = inputsAwayFromZero(5, 40, 0.01, random);
    Matrix dy(x.rows(), x.cols());
    for (Eigen::Index i = 0; i < dy.size(); ++i)
        dy(i) = static_cast<Scalar>(random.uniform(-2.0, 2.0));

    Matrix y, dx;
    activation->apply(x, y);
    activation->gradient(x, y, dy, dx);
    QCOMPARE(dx.rows(), x.rows());
    QCOMPARE(dx.cols(), x.cols());

    // Element-wise functions: one perturbation of the whole matrix gives every
    // element's derivative at once.
    const Matrix xPlus = x.array() + h;
    const Matrix xMinus = x.array() - h;
    Matrix yPlus, yMinus;
    activation->apply(xPlus, yPlus);
    activation->apply(xMinus, yMinus);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        // Divide by the step actually taken after float rounding.
        const double slope =
            (double(yPlus(i)) - double(yMinus(i))) / (double(xPlus(i)) - double(xMinus(i)));
        const double numeric = slope * dy(i);
        const double analytic = dx(i);
        QVERIFY2(std::abs(numeric - analytic) <= 1e-3 + 1e-3 * std::abs(numeric),
                 qPrintable(QString("%1 at x = %2: analytic %3, numeric %4")
                                .arg(name)
                                .arg(double(x(i)))
                                .arg(analytic)
                                .arg(numeric)));
    }
}

void TestActivations::gradientAllowsInPlaceOutput() {
    // Layers may reuse the upstream gradient buffer as output (dx aliases dy).
    Random random(7);
    const Matrix x = inputsAwayFromZero(4, 9, 0.01, random);
    const Matrix dyOriginal = Matrix::Constant(4, 9, 0.5f);
    for (const auto& name : activationRegistry().names()) {
        const auto activation = activationRegistry().create(name, "model.activation", 0.1);
        Matrix y, expected;
        activation->apply(x, y);
        activation->gradient(x, y, dyOriginal, expected);
        Matrix buffer = dyOriginal;
        activation->gradient(x, y, buffer, buffer);
        QVERIFY2(buffer == expected, name.c_str());
    }
}

void TestActivations::registryListsAllActivations() {
    auto names = activationRegistry().names();
    std::sort(names.begin(), names.end());
    const std::vector<std::string> expected{"elu",  "gelu",    "leaky_relu", "linear",
                                            "relu", "sigmoid", "tanh"};
    QCOMPARE(names, expected);
}

void TestActivations::registryCreatesNamedActivations() {
    for (const auto& name : activationRegistry().names()) {
        const auto activation = activationRegistry().create(name, "model.activation", 1.0);
        QVERIFY(activation != nullptr);
        QCOMPARE(activation->name(), name);
    }
    // The same function-static registry every call.
    QCOMPARE(&activationRegistry(), &activationRegistry());
}

void TestActivations::unknownNameThrowsWithValidNames() {
    try {
        activationRegistry().create("swishy", "model.activation", 0.0);
        QFAIL("unknown activation did not throw");
    } catch (const InputError& error) {
        QCOMPARE(error.field(), std::string("model.activation"));
        const std::string message = error.what();
        QVERIFY2(message.find("swishy") != std::string::npos, error.what());
        for (const auto& name : activationRegistry().names())
            QVERIFY2(message.find(name) != std::string::npos, error.what());
    }
}

void TestActivations::invalidParameterThrows_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("parameter");

    QTest::newRow("elu negative alpha") << "elu" << -1.0;
    QTest::newRow("elu nan alpha") << "elu" << std::nan("");
    QTest::newRow("leaky_relu infinite slope") << "leaky_relu" << HUGE_VAL;
}

void TestActivations::invalidParameterThrows() {
    QFETCH(QString, name);
    QFETCH(double, parameter);
    QVERIFY_THROWS_EXCEPTION(InputError, makeActivation(name, parameter));
}

QTEST_APPLESS_MAIN(TestActivations)
#include "tst_activations.moc"
