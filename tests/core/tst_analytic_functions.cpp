// Analytic objectives: their published minima at their minimisers, nothing
// lower on a dense sample, default spaces, evaluation from Params, and the
// registry's checks on names and dimensions.

#include <QtTest>

#include <cmath>
#include <numbers>

#include "common/errors.h"
#include "common/random.h"
#include "search/functions/analytic_function.h"

using namespace hyperlab;

class TestAnalyticFunctions : public QObject {
    Q_OBJECT

private slots:
    void minimumAtMinimizer_data();
    void minimumAtMinimizer();
    void braninHasThreeMinima();
    void evaluatesParamsOfItsDefaultSpace();
    void registryChecksNamesAndDimensions();
};

void TestAnalyticFunctions::minimumAtMinimizer_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dims");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("branin") << "branin" << 0 << 1e-6;
    QTest::newRow("hartmann6") << "hartmann6" << 0 << 1e-5;
    QTest::newRow("rosenbrock 4-D") << "rosenbrock" << 4 << 1e-12;
    QTest::newRow("ackley 3-D") << "ackley" << 3 << 1e-12;
    QTest::newRow("levy 5-D") << "levy" << 5 << 1e-12;
}

void TestAnalyticFunctions::minimumAtMinimizer() {
    QFETCH(QString, name);
    QFETCH(int, dims);
    QFETCH(double, tolerance);
    const auto f =
        analyticFunctionRegistry().create(name.toStdString(), "objective.function", dims);
    if (dims)
        QCOMPARE(f->dimensions(), dims);
    const auto xmin = f->minimizer();
    QCOMPARE(static_cast<int>(xmin.size()), f->dimensions());
    QVERIFY2(std::abs(f->evaluate(std::span<const double>(xmin)) - f->minimum()) < tolerance,
             qPrintable(QString::number(f->evaluate(std::span<const double>(xmin)), 'g', 12)));
    // Nothing in 20000 random points of the domain is lower.
    Random rng(1);
    std::vector<double> x(xmin.size());
    for (int k = 0; k < 20000; ++k) {
        for (int i = 0; i < f->dimensions(); ++i) {
            const auto [low, high] = f->bounds(i);
            x[static_cast<std::size_t>(i)] = rng.uniform(low, high);
        }
        QVERIFY(f->evaluate(std::span<const double>(x)) >= f->minimum() - tolerance);
    }
}

void TestAnalyticFunctions::braninHasThreeMinima() {
    const auto f = analyticFunctionRegistry().create("branin", "objective.function", 0);
    const double pi = std::numbers::pi;
    for (const auto& p : {std::vector<double>{-pi, 12.275}, std::vector<double>{pi, 2.275},
                          std::vector<double>{9.42478, 2.475}})
        QVERIFY(std::abs(f->evaluate(std::span<const double>(p)) - 0.397887) < 1e-5);
}

void TestAnalyticFunctions::evaluatesParamsOfItsDefaultSpace() {
    const auto f = analyticFunctionRegistry().create("branin", "objective.function", 0);
    const SearchSpace space = f->defaultSpace();
    QCOMPARE(space.size(), std::size_t{2});
    QCOMPARE(space[0].path, std::string("x0"));
    QCOMPARE(space[0].as<FloatDimension>()->low, -5.0);
    QCOMPARE(space[1].as<FloatDimension>()->high, 15.0);
    const Params p{{"x0", std::numbers::pi}, {"x1", 2.275}};
    QVERIFY(std::abs(f->evaluate(p) - f->minimum()) < 1e-6);
    // Integers are numbers too (an int dimension may drive a coordinate).
    QVERIFY(std::isfinite(f->evaluate(Params{{"x0", 3}, {"x1", 2}})));
    QVERIFY_THROWS_EXCEPTION(InputError, f->evaluate(Params{{"x0", 1.0}}));
    QVERIFY_THROWS_EXCEPTION(InputError, f->evaluate(Params{{"x0", 1.0}, {"x1", "a"}}));
}

void TestAnalyticFunctions::registryChecksNamesAndDimensions() {
    for (const char* name : {"ackley", "branin", "hartmann6", "levy", "rosenbrock"})
        QVERIFY(analyticFunctionRegistry().contains(name));
    QCOMPARE(analyticFunctionRegistry().create("rosenbrock", "f", 0)->dimensions(), 2);
    QVERIFY_THROWS_EXCEPTION(InputError, analyticFunctionRegistry().create("branin", "f", 3));
    QVERIFY_THROWS_EXCEPTION(InputError, analyticFunctionRegistry().create("hartmann6", "f", 2));
    QVERIFY_THROWS_EXCEPTION(InputError, analyticFunctionRegistry().create("sphere", "f", 0));
}

QTEST_APPLESS_MAIN(TestAnalyticFunctions)
#include "tst_analytic_functions.moc"
