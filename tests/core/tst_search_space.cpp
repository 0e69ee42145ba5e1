// Search space: parsing of the study "space" object and its error messages,
// conditions (active_if) and their dependency order, applyParams on nested
// config paths, and the unit-cube transform's round trip.

#include <QtTest>

#include <cmath>
#include <set>

#include "common/errors.h"
#include "common/random.h"
#include "search/apply_params.h"
#include "search/search_space.h"
#include "search/transform.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

// The example space of the study file format (docs/study.md).
const char* kIssueSpace = R"({
  "training.learning_rate": {"type": "float", "low": 1e-4, "high": 0.3, "log": true},
  "model.dropout":          {"type": "float", "low": 0.0, "high": 0.5},
  "training.optimizer":     {"type": "categorical", "values": ["sgd", "adam", "rmsprop"]},
  "training.momentum":      {"type": "float", "low": 0.5, "high": 0.95,
                             "active_if": {"training.optimizer": ["sgd", "rmsprop"]}}
})";

// Every kind of dimension, log scales, steps, JSON-valued choices, and a
// two-level condition chain.
const char* kMixedSpace = R"({
  "training.learning_rate": {"type": "float", "low": 1e-5, "high": 1.0, "log": true},
  "model.dropout":          {"type": "float", "low": 0.0, "high": 0.5},
  "training.batch_size":    {"type": "int", "low": 16, "high": 256, "log": true},
  "training.epochs":        {"type": "int", "low": 10, "high": 50, "step": 5},
  "model.hidden_layers":    {"type": "categorical", "values": [[64], [128, 64], [256, 128, 64]]},
  "training.optimizer":     {"type": "categorical", "values": ["sgd", "adam", "rmsprop"]},
  "training.momentum":      {"type": "float", "low": 0.5, "high": 0.95,
                             "active_if": {"training.optimizer": ["sgd", "rmsprop"]}},
  "training.nesterov":      {"type": "categorical", "values": [false, true],
                             "active_if": {"training.optimizer": "sgd"}},
  "training.lr_schedule.type": {"type": "categorical", "values": ["constant", "step"]},
  "training.lr_schedule.step_size": {"type": "int", "low": 2, "high": 20,
                             "active_if": {"training.lr_schedule.type": ["step"]}},
  "training.lr_schedule.gamma": {"type": "float", "low": 0.1, "high": 0.9,
                             "active_if": {"training.lr_schedule.step_size": [2, 3, 4]}},
  "dataset.seed":           {"type": "fixed", "value": 7}
})";

}  // namespace

class TestSearchSpace : public QObject {
    Q_OBJECT

private slots:
    void parsesIssueExample();
    void parseErrorsNameFieldAndAllowed_data();
    void parseErrorsNameFieldAndAllowed();
    void momentumActiveOnlyWithSgdOrRmsprop();
    void parentsComeBeforeChildren();
    void conditionChainNeedsActiveParent();
    void isValidRejectsWrongParams();
    void applyParamsSetsNestedPaths();
    void applyParamsErrors_data();
    void applyParamsErrors();
    void transformRoundTrip();
    void transformScalesLogAndIntegers();
    void inactiveDimensionsEncodeNeutral();
};

void TestSearchSpace::parsesIssueExample() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(kIssueSpace));
    QCOMPARE(space.size(), std::size_t{4});
    const Dimension& lr = space[*space.indexOf("training.learning_rate")];
    QVERIFY(lr.as<FloatDimension>());
    QCOMPARE(lr.as<FloatDimension>()->low, 1e-4);
    QCOMPARE(lr.as<FloatDimension>()->high, 0.3);
    QVERIFY(lr.as<FloatDimension>()->log);
    QVERIFY(!space[*space.indexOf("model.dropout")].as<FloatDimension>()->log);
    const Dimension& opt = space[*space.indexOf("training.optimizer")];
    QCOMPARE(opt.as<CategoricalDimension>()->values.size(), std::size_t{3});
    const Dimension& momentum = space[*space.indexOf("training.momentum")];
    QCOMPARE(momentum.conditions.size(), std::size_t{1});
    QCOMPARE(momentum.conditions[0].parent, std::string("training.optimizer"));
    QVERIFY(space.hasConditions());
    // toJson is what fromJson reads: a second parse gives the same JSON.
    QCOMPARE(SearchSpace::fromJson(space.toJson()).toJson(), space.toJson());
    // The mixed space parses too (every kind, chained conditions).
    QCOMPARE(SearchSpace::fromJson(json::parse(kMixedSpace)).size(), std::size_t{12});
}

void TestSearchSpace::parseErrorsNameFieldAndAllowed_data() {
    QTest::addColumn<QString>("space");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("log with low 0")
        << R"({"lr": {"type": "float", "low": 0, "high": 1, "log": true}})"
        << "space.lr.low"
        << "must be > 0 for a log range";
    QTest::newRow("low >= high") << R"({"lr": {"type": "float", "low": 1, "high": 1}})"
                                 << "space.lr.low"
                                 << "must be below high";
    QTest::newRow("unknown type") << R"({"lr": {"type": "double", "low": 0, "high": 1}})"
                                  << "space.lr.type"
                                  << "(allowed: float, int, categorical, fixed)";
    QTest::newRow("missing high") << R"({"lr": {"type": "float", "low": 0}})"
                                  << "space.lr.high"
                                  << "missing";
    QTest::newRow("typo in a field") << R"({"lr": {"type": "float", "lo": 0, "high": 1}})"
                                     << "space.lr.lo"
                                     << "unknown field (allowed: active_if, high";
    QTest::newRow("int not integer") << R"({"n": {"type": "int", "low": 1.5, "high": 4}})"
                                     << "space.n.low"
                                     << "expected an integer, got 1.5";
    QTest::newRow("int step misses high")
        << R"({"n": {"type": "int", "low": 0, "high": 10, "step": 3}})"
        << "space.n.high"
        << "multiple of step 3 (allowed: 9)";
    QTest::newRow("int log from 0")
        << R"({"n": {"type": "int", "low": 0, "high": 10, "log": true}})"
        << "space.n.low"
        << "must be >= 1 for a log range";
    QTest::newRow("empty choices") << R"({"c": {"type": "categorical", "values": []}})"
                                   << "space.c.values"
                                   << "non-empty";
    QTest::newRow("duplicate choice")
        << R"({"c": {"type": "categorical", "values": ["a", "b", "a"]}})"
        << "space.c.values"
        << "duplicate choice \"a\"";
    QTest::newRow("unknown condition target")
        << R"({"opt": {"type": "categorical", "values": ["sgd", "adam"]},
               "m": {"type": "float", "low": 0, "high": 1, "active_if": {"optimiser": ["sgd"]}}})"
        << "space.m.active_if.optimiser"
        << "unknown dimension (allowed: opt)";
    QTest::newRow("condition value not a choice")
        << R"({"opt": {"type": "categorical", "values": ["sgd", "adam"]},
               "m": {"type": "float", "low": 0, "high": 1, "active_if": {"opt": ["sdg"]}}})"
        << "space.m.active_if.opt"
        << "(allowed: \"sgd\", \"adam\")";
    QTest::newRow("condition on a float") << R"({"lr": {"type": "float", "low": 0, "high": 1},
               "m": {"type": "float", "low": 0, "high": 1, "active_if": {"lr": [0.5]}}})"
                                          << "space.m.active_if.lr"
                                          << "is a float range";
    QTest::newRow("cycle")
        << R"({"a": {"type": "categorical", "values": [1, 2], "active_if": {"c": [1]}},
               "b": {"type": "categorical", "values": [1, 2], "active_if": {"a": [1]}},
               "c": {"type": "categorical", "values": [1, 2], "active_if": {"b": [1]}}})"
        << "active_if"
        << "conditions form a cycle: ";
    QTest::newRow("self condition")
        << R"({"a": {"type": "categorical", "values": [1, 2], "active_if": {"a": [1]}}})"
        << "space.a.active_if.a"
        << "unknown dimension";
    QTest::newRow("not an object") << R"({"a": [1, 2]})"
                                   << "space.a"
                                   << "must be an object";
}

void TestSearchSpace::parseErrorsNameFieldAndAllowed() {
    QFETCH(QString, space);
    QFETCH(QString, field);
    QFETCH(QString, message);
    try {
        SearchSpace::fromJson(json::parse(space.toStdString()));
        QFAIL("no InputError");
    } catch (const InputError& e) {
        const QString what = QString::fromStdString(e.what());
        QVERIFY2(QString::fromStdString(e.field()).contains(field), qPrintable(what));
        QVERIFY2(what.contains(message), qPrintable(what));
    }
}

void TestSearchSpace::momentumActiveOnlyWithSgdOrRmsprop() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(kIssueSpace));
    const std::size_t momentum = *space.indexOf("training.momentum");
    QVERIFY(space.isActive(momentum, {{"training.optimizer", "sgd"}}));
    QVERIFY(space.isActive(momentum, {{"training.optimizer", "rmsprop"}}));
    QVERIFY(!space.isActive(momentum, {{"training.optimizer", "adam"}}));
    QVERIFY(!space.isActive(momentum, {}));  // parent not chosen (inactive)

    // resolve() only asks for active dimensions and leaves the others out.
    for (const char* optimizer : {"sgd", "adam", "rmsprop"}) {
        std::set<std::string> asked;
        const Params p = space.resolve([&](std::size_t i) -> json {
            asked.insert(space[i].path);
            if (space[i].path == "training.optimizer")
                return optimizer;
            return UnitCubeTransform::valueAt(space[i], 0.5);
        });
        const bool wantMomentum = std::string(optimizer) != "adam";
        QCOMPARE(p.count("training.momentum") == 1, wantMomentum);
        QCOMPARE(asked.count("training.momentum") == 1, wantMomentum);
        QCOMPARE(p.size(), std::size_t(wantMomentum ? 4 : 3));
        QVERIFY(space.isValid(p));
    }
}

void TestSearchSpace::parentsComeBeforeChildren() {
    // "a.momentum" sorts before "z.optimizer" (nlohmann::json objects are
    // ordered by key), yet must be decided after it.
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "a.momentum": {"type": "float", "low": 0, "high": 1, "active_if": {"z.optimizer": ["sgd"]}},
        "m.dropout": {"type": "float", "low": 0, "high": 1},
        "z.optimizer": {"type": "categorical", "values": ["sgd", "adam"]}})"));
    QCOMPARE(space[0].path, std::string("a.momentum"));
    const auto& order = space.dependencyOrder();
    QCOMPARE(order.size(), std::size_t{3});
    const auto position = [&](std::size_t index) {
        return std::find(order.begin(), order.end(), index) - order.begin();
    };
    QVERIFY(position(*space.indexOf("z.optimizer")) < position(*space.indexOf("a.momentum")));
    // Unconditional dimensions keep declaration order.
    QCOMPARE(order[0], *space.indexOf("m.dropout"));
}

void TestSearchSpace::conditionChainNeedsActiveParent() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(kMixedSpace));
    const std::size_t gamma = *space.indexOf("training.lr_schedule.gamma");
    // gamma needs step_size in {2,3,4}, which needs type "step".
    QVERIFY(space.isActive(
        gamma, {{"training.lr_schedule.type", "step"}, {"training.lr_schedule.step_size", 3}}));
    QVERIFY(!space.isActive(
        gamma, {{"training.lr_schedule.type", "step"}, {"training.lr_schedule.step_size", 5}}));
    // With type "constant", step_size is inactive, so gamma is too.
    const Params p = space.resolve([&](std::size_t i) -> json {
        if (space[i].path == "training.lr_schedule.type")
            return "constant";
        if (space[i].path == "training.lr_schedule.step_size")
            return 3;
        return UnitCubeTransform::valueAt(space[i], 0.3);
    });
    QVERIFY(!p.count("training.lr_schedule.step_size"));
    QVERIFY(!p.count("training.lr_schedule.gamma"));
    QCOMPARE(p.at("dataset.seed"), json(7));  // fixed: set without being asked
    QVERIFY(space.isValid(p));
}

void TestSearchSpace::isValidRejectsWrongParams() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(kIssueSpace));
    Params good{
        {"training.learning_rate", 0.01}, {"model.dropout", 0.2}, {"training.optimizer", "adam"}};
    QVERIFY(space.isValid(good));
    std::string why;
    Params inactiveSet = good;
    inactiveSet["training.momentum"] = 0.9;
    QVERIFY(!space.isValid(inactiveSet, &why));
    QVERIFY(QString::fromStdString(why).contains("condition is not met"));
    Params outside = good;
    outside["model.dropout"] = 0.7;
    QVERIFY(!space.isValid(outside, &why));
    QVERIFY(QString::fromStdString(why).startsWith("model.dropout"));
    Params missing = good;
    missing.erase("model.dropout");
    QVERIFY(!space.isValid(missing));
    Params extra = good;
    extra["model.activation"] = "relu";
    QVERIFY(!space.isValid(extra, &why));
    QVERIFY(QString::fromStdString(why).contains("not a dimension"));
}

void TestSearchSpace::applyParamsSetsNestedPaths() {
    const json base = json::parse(R"({
        "model": {"hidden_layers": [64, 64], "dropout": 0.0,
                  "conv_layers": [{"filters": 8, "kernel_size": 3}, {"filters": 16, "kernel_size": 3}]},
        "training": {"learning_rate": 0.05, "optimizer": "sgd"}})");
    const Params params{{"model.conv_layers.1.kernel_size", 5},
                        {"model.hidden_layers", json::parse("[128, 64]")},
                        {"training.learning_rate", 0.001},
                        {"training.lr_schedule.type", "step"},
                        {"training.momentum", 0.9}};
    const json config = applyParams(base, params);
    QCOMPARE(config["model"]["conv_layers"][1]["kernel_size"], json(5));
    QCOMPARE(config["model"]["conv_layers"][0]["kernel_size"], json(3));
    QCOMPARE(config["model"]["conv_layers"][1]["filters"], json(16));
    QCOMPARE(config["model"]["hidden_layers"], json::parse("[128, 64]"));
    QCOMPARE(config["training"]["learning_rate"], json(0.001));
    QCOMPARE(config["training"]["lr_schedule"]["type"], json("step"));  // created
    QCOMPARE(config["training"]["momentum"], json(0.9));                // created
    QCOMPARE(config["training"]["optimizer"], json("sgd"));             // untouched
    QCOMPARE(base["training"]["learning_rate"], json(0.05));            // base unchanged
}

void TestSearchSpace::applyParamsErrors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("index out of range") << "model.conv_layers.2.kernel_size"
                                        << "index 2 is out of range: \"model.conv_layers\" has 2";
    QTest::newRow("list needs an index") << "model.conv_layers.first.kernel_size"
                                         << "is not an index (allowed: 0..1)";
    QTest::newRow("through a number") << "model.dropout.rate"
                                      << "\"model.dropout\" is a number, it has no field \"rate\"";
    QTest::newRow("create list element") << "model.pool_layers.0.size"
                                         << "a list element cannot be created";
    QTest::newRow("empty segment") << "model..dropout"
                                   << "empty segment";
}

void TestSearchSpace::applyParamsErrors() {
    QFETCH(QString, path);
    QFETCH(QString, message);
    const json base = json::parse(R"({"model": {"dropout": 0.1,
        "conv_layers": [{"kernel_size": 3}, {"kernel_size": 3}]}})");
    try {
        applyParams(base, {{path.toStdString(), 5}});
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), path);
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
    }
}

void TestSearchSpace::transformRoundTrip() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(kMixedSpace));
    const UnitCubeTransform transform(space);
    // Numeric dims one column each, categoricals one per choice, fixed none:
    // lr, dropout, batch, epochs (4) + layers 3 + optimizer 3 + momentum 1 +
    // nesterov 2 + schedule type 2 + step_size 1 + gamma 1 = 17.
    QCOMPARE(transform.encodedSize(), std::size_t{17});
    Random rng(3);
    std::vector<double> u(space.size());
    std::set<std::string> seenOptimizers;
    for (int trial = 0; trial < 500; ++trial) {
        for (auto& x : u)
            x = rng.uniform();
        const Params p = transform.fromUniform(u);
        QVERIFY(space.isValid(p));
        seenOptimizers.insert(p.at("training.optimizer").get<std::string>());
        const Eigen::VectorXd x = transform.encode(p);
        QVERIFY(x.minCoeff() >= 0.0 && x.maxCoeff() <= 1.0);
        for (std::size_t i = 0; i < space.size(); ++i) {
            if (!space[i].as<CategoricalDimension>() || !p.count(space[i].path))
                continue;
            const auto block = x.segment(static_cast<Eigen::Index>(transform.firstColumn(i)),
                                         static_cast<Eigen::Index>(transform.columnCount(i)));
            QCOMPARE(block.sum(), 1.0);  // one-hot
        }
        const Params back = transform.decode(x);
        QCOMPARE(back.size(), p.size());
        for (const auto& [path, value] : p) {
            if (value.is_number_float()) {
                const double a = value.get<double>(), b = back.at(path).get<double>();
                QVERIFY2(std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(a)), path.c_str());
            } else {
                QCOMPARE(back.at(path), value);  // ints, choices, fixed: exact
            }
        }
        // Encoding again gives the same point: decode(encode) is a projection.
        QVERIFY((transform.project(x) - x).norm() < 1e-12);
    }
    QCOMPARE(seenOptimizers.size(), std::size_t{3});
}

void TestSearchSpace::transformScalesLogAndIntegers() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "lr": {"type": "float", "low": 1e-5, "high": 1e-1, "log": true},
        "n": {"type": "int", "low": 1, "high": 4},
        "s": {"type": "int", "low": 10, "high": 50, "step": 10}})"));
    const UnitCubeTransform t(space);
    const Dimension& lr = space[*space.indexOf("lr")];
    // Log scale: 1e-3 is halfway between 1e-5 and 1e-1.
    QVERIFY(std::abs(UnitCubeTransform::uniformOf(lr, 1e-3) - 0.5) < 1e-12);
    QVERIFY(std::abs(UnitCubeTransform::valueAt(lr, 0.25).get<double>() - 1e-4) < 1e-16);
    // Four integers own a quarter of [0, 1] each; their codes are the centres.
    const Dimension& n = space[*space.indexOf("n")];
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(UnitCubeTransform::uniformOf(n, 1 + k), (k + 0.5) / 4.0);
        QCOMPARE(UnitCubeTransform::valueAt(n, k / 4.0 + 0.01), json(1 + k));
        QCOMPARE(UnitCubeTransform::valueAt(n, (k + 1) / 4.0 - 0.01), json(1 + k));
    }
    QCOMPARE(UnitCubeTransform::valueAt(n, 1.0), json(4));   // the closed end
    QCOMPARE(UnitCubeTransform::valueAt(n, -3.0), json(1));  // clamped
    const Dimension& s = space[*space.indexOf("s")];
    QCOMPARE(UnitCubeTransform::valueAt(s, 0.5), json(30));
    QVERIFY(UnitCubeTransform::valueAt(s, 0.5).is_number_integer());
    // A value outside the dimension is an error, not a silent clamp.
    QVERIFY_THROWS_EXCEPTION(InputError, t.encode({{"lr", 0.5}, {"n", 2}, {"s", 20}}));
    QVERIFY_THROWS_EXCEPTION(InputError, t.encode({{"lr", 0.01}, {"n", 2}, {"s", 25}}));
}

void TestSearchSpace::inactiveDimensionsEncodeNeutral() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "opt": {"type": "categorical", "values": ["sgd", "adam"]},
        "momentum": {"type": "float", "low": 0.0, "high": 0.9, "active_if": {"opt": ["sgd"]}},
        "nesterov": {"type": "categorical", "values": [false, true, "auto"],
                     "active_if": {"opt": ["sgd"]}}})"));
    const UnitCubeTransform t(space);
    const Eigen::VectorXd x = t.encode({{"opt", "adam"}});
    const std::size_t m = *space.indexOf("momentum"), n = *space.indexOf("nesterov");
    QCOMPARE(x[static_cast<Eigen::Index>(t.firstColumn(m))], UnitCubeTransform::kInactive);
    for (std::size_t c = 0; c < t.columnCount(n); ++c)
        QCOMPARE(x[static_cast<Eigen::Index>(t.firstColumn(n) + c)], UnitCubeTransform::kInactive);
    // Decoding ignores the columns of inactive dimensions.
    const Params back = t.decode(x);
    QCOMPARE(back.size(), std::size_t{1});
    QCOMPARE(back.at("opt"), json("adam"));
}

QTEST_APPLESS_MAIN(TestSearchSpace)
#include "tst_search_space.moc"
