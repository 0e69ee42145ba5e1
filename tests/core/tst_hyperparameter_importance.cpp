// Study analysis in core: PED-ANOVA importance on landscapes whose answer is
// known (a function of x0 only, Branin with a dummy third dimension, a
// categorical that decides everything, a real training study where only the
// learning rate matters), its determinism and its refusal of too few trials;
// the best region; the contour surrogate reproducing the trials it was
// fitted on.

#include <QtTest>

#include <cmath>
#include <functional>
#include <memory>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "common/random.h"
#include "random_trials.h"
#include "search/functions/analytic_function.h"
#include "search/transform.h"
#include "study/analysis/best_region.h"
#include "study/analysis/contour_surrogate.h"
#include "study/analysis/ped_anova.h"
#include "study/analysis/ranked_trials.h"
#include "study/execution/study_runner.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

Objective minimised() {
    Objective o;
    o.metric = "value";
    o.direction = Direction::Minimize;
    return o;
}

double importanceOf(const ImportanceResult& r, const std::string& path) {
    for (const auto& p : r.parameters)
        if (p.path == path)
            return p.importance;
    return -1.0;
}

double analytic(const std::string& name, int dims, const Params& params) {
    static std::map<std::string, std::unique_ptr<AnalyticFunction>> cache;
    auto& f = cache[name + std::to_string(dims)];
    if (!f)
        f = analyticFunctionRegistry().create(name, "function", dims);
    return f->evaluate(params);
}

}  // namespace

class TestHyperparameterImportance : public QObject {
    Q_OBJECT

private slots:
    void functionOfX0OnlyRatesX0();
    void braninRatesItsDummyThirdDimensionLow();
    void categoricalThatDecidesEverythingDominates();
    void conditionalDimensionsAreRated();
    void sharesSumToOneAndRepeat();
    void refusesTooFewTrials();
    void bestRegionSpansTheTopTrials();
    void surrogateReproducesTheTrials();
    void learningRateDominatesARealTrainingStudy();
};

void TestHyperparameterImportance::functionOfX0OnlyRatesX0() {
    // Levy in one dimension reads x0 only; x1 is a dummy.
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "x0": {"type": "float", "low": -10, "high": 10},
        "x1": {"type": "float", "low": -10, "high": 10}})"));
    const auto trials =
        randomTrials(space, 300, 7, [](const Params& p) { return analytic("levy", 1, p); });
    const auto r = pedAnovaImportance(space, rankCompletedTrials(trials, minimised()));
    QCOMPARE(r.method, std::string("ped-anova"));
    QCOMPARE(r.parameters.front().path, std::string("x0"));
    QVERIFY2(importanceOf(r, "x0") > 0.9, qPrintable(QString::number(importanceOf(r, "x0"))));
}

void TestHyperparameterImportance::braninRatesItsDummyThirdDimensionLow() {
    // Branin's three minima spread its good region over x0, so x0's marginal
    // effect is small and resolves only with many trials; 4,000 random
    // trials (instant here) put the dummy's noise well below x0's signal.
    // With 1,000 the dummy still gets 0.01 to 0.15 depending on the seed
    // (docs/analysis.md: the noise floor).
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "x0": {"type": "float", "low": -5, "high": 10},
        "x1": {"type": "float", "low": 0, "high": 15},
        "x2": {"type": "float", "low": 0, "high": 1}})"));
    const auto trials =
        randomTrials(space, 4000, 3, [](const Params& p) { return analytic("branin", 0, p); });
    const auto r = pedAnovaImportance(space, rankCompletedTrials(trials, minimised()));
    QVERIFY2(importanceOf(r, "x2") < 0.05, qPrintable(QString::number(importanceOf(r, "x2"))));
    QVERIFY(importanceOf(r, "x0") > 0.2);
    QVERIFY(importanceOf(r, "x1") > 0.2);
}

void TestHyperparameterImportance::categoricalThatDecidesEverythingDominates() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "optimizer": {"type": "categorical", "values": ["sgd", "adam", "rmsprop"]},
        "units": {"type": "int", "low": 1, "high": 512, "log": true},
        "lr": {"type": "float", "low": 1e-5, "high": 1, "log": true}})"));
    const auto trials = randomTrials(
        space, 200, 11, [](const Params& p) { return p.at("optimizer") == "adam" ? 0.0 : 1.0; });
    const auto r = pedAnovaImportance(space, rankCompletedTrials(trials, minimised()));
    QVERIFY2(importanceOf(r, "optimizer") > 0.9,
             qPrintable(QString::number(importanceOf(r, "optimizer"))));
}

void TestHyperparameterImportance::conditionalDimensionsAreRated() {
    // momentum exists only under sgd, and only its value matters: the best
    // trials are sgd ones with momentum near 0.9.
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "optimizer": {"type": "categorical", "values": ["sgd", "adam"]},
        "momentum": {"type": "float", "low": 0, "high": 1, "active_if": {"optimizer": ["sgd"]}},
        "dummy": {"type": "float", "low": 0, "high": 1}})"));
    const auto trials = randomTrials(space, 400, 5, [](const Params& p) {
        const auto m = p.find("momentum");
        return m == p.end() ? 1.0 : std::abs(m->second.get<double>() - 0.9);
    });
    const auto r = pedAnovaImportance(space, rankCompletedTrials(trials, minimised()));
    QCOMPARE(r.parameters.size(), std::size_t(3));
    QCOMPARE(r.parameters.front().path, std::string("momentum"));
    QVERIFY(importanceOf(r, "dummy") < 0.05);
}

void TestHyperparameterImportance::sharesSumToOneAndRepeat() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "a": {"type": "float", "low": 0, "high": 1},
        "b": {"type": "int", "low": 0, "high": 4},
        "c": {"type": "categorical", "values": [[64], [128, 64]]}})"));
    const auto f = [](const Params& p) {
        return std::sin(6 * p.at("a").get<double>()) + 0.1 * p.at("b").get<double>();
    };
    const auto ranked = rankCompletedTrials(randomTrials(space, 120, 2, f), minimised());
    const auto a = pedAnovaImportance(space, ranked);
    const auto b = pedAnovaImportance(space, ranked);
    double sum = 0.0;
    for (std::size_t i = 0; i < a.parameters.size(); ++i) {
        sum += a.parameters[i].importance;
        QCOMPARE(a.parameters[i].path, b.parameters[i].path);
        QCOMPARE(a.parameters[i].importance, b.parameters[i].importance);
        QVERIFY(a.parameters[i].importance >= 0.0);
        if (i > 0)
            QVERIFY(a.parameters[i - 1].importance >= a.parameters[i].importance);
    }
    QCOMPARE(a.parameters.size(), std::size_t(3));
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    QCOMPARE(a.trials, std::size_t(120));
    QCOMPARE(a.topTrials, std::size_t(12));
}

void TestHyperparameterImportance::refusesTooFewTrials() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "a": {"type": "float", "low": 0, "high": 1}})"));
    auto trials =
        randomTrials(space, 12, 1, [](const Params& p) { return p.at("a").get<double>(); });
    // Failed and pruned trials do not count.
    for (int i = 0; i < 3; ++i) {
        auto t = std::make_shared<Trial>(*trials[std::size_t(i)]);
        t->state = i == 0 ? TrialState::Failed : TrialState::Pruned;
        trials[std::size_t(i)] = t;
    }
    const auto ranked = rankCompletedTrials(trials, minimised());
    QCOMPARE(ranked.size(), std::size_t(9));
    try {
        pedAnovaImportance(space, ranked);
        QFAIL("9 trials were accepted");
    } catch (const InputError& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains("at least 10") && message.contains("has 9"), qPrintable(message));
    }
}

void TestHyperparameterImportance::bestRegionSpansTheTopTrials() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "x": {"type": "float", "low": 0, "high": 10},
        "kind": {"type": "categorical", "values": ["a", "b", "c"]}})"));
    std::vector<TrialSnapshot> trials;
    for (int n = 0; n < 20; ++n) {
        auto t = std::make_shared<Trial>();
        t->number = n;
        t->state = TrialState::Completed;
        t->params = {{"x", 0.5 * n}, {"kind", n % 2 ? "b" : "c"}};
        t->value = 0.5 * n;  // maximised: the two best are n = 19, 18
        trials.push_back(t);
    }
    Objective o;
    o.direction = Direction::Maximize;
    const auto ranked = rankCompletedTrials(trials, o);
    QCOMPARE(ranked.front()->number, 19);
    const BestRegion region = bestRegion(space, ranked, 0.1);
    QCOMPARE(region.topTrials, std::size_t(2));
    const json j = bestRegionToJson(region);
    QCOMPARE(j["x"]["low"].get<double>(), 9.0);
    QCOMPARE(j["x"]["high"].get<double>(), 9.5);
    QCOMPARE(j["kind"]["values"], json({"b", "c"}));  // in space order
}

void TestHyperparameterImportance::surrogateReproducesTheTrials() {
    const SearchSpace space = SearchSpace::fromJson(json::parse(R"({
        "x0": {"type": "float", "low": -5, "high": 10},
        "x1": {"type": "float", "low": 0, "high": 15}})"));
    const auto trials =
        randomTrials(space, 60, 9, [](const Params& p) { return analytic("branin", 0, p); });
    const ContourSurrogate surrogate(space, trials, 1);
    double worst = 0.0, spread = 0.0;
    for (const auto& t : trials) {
        worst = std::max(worst, std::abs(surrogate.predict(t->params) - t->value));
        spread = std::max(spread, std::abs(t->value));
    }
    // A smooth noiseless landscape: the fit passes (almost) through the data.
    QVERIFY2(worst < 0.02 * spread, qPrintable(QString("%1 of %2").arg(worst).arg(spread)));
    const auto ranked = rankCompletedTrials(trials, minimised());
    const ContourGrid grid = surrogate.grid(0, 1, 20, ranked.front()->params);
    QCOMPARE(grid.mean.rows(), 20);
    QCOMPARE(grid.mean.cols(), 20);
    // The grid's lowest cell lies near one of Branin's three minima (0.398).
    QVERIFY2(grid.mean.minCoeff() < 5.0, qPrintable(QString::number(grid.mean.minCoeff())));
    QVERIFY(grid.mean.maxCoeff() > 50.0);
    QCOMPARE(ContourSurrogate::numericDimensions(space).size(), std::size_t(2));
}

void TestHyperparameterImportance::learningRateDominatesARealTrainingStudy() {
    // Learning rates from 1e-4 (learns almost nothing in a few epochs) to 1
    // (adam overshoots); dropout 0..0.02 barely changes anything.
    const json definition = {
        {"base",
         {{"dataset", {{"name", "spiral"}, {"samples", 300}, {"validation_fraction", 0.3}}},
          {"model", {{"hidden_layers", {16}}}},
          {"training", {{"optimizer", "adam"}, {"epochs", 6}, {"batch_size", 16}, {"seed", 3}}}}},
        {"space",
         {{"training.learning_rate",
           {{"type", "float"}, {"low", 1e-4}, {"high", 1.0}, {"log", true}}},
          {"model.dropout", {{"type", "float"}, {"low", 0.0}, {"high", 0.02}}}}},
        {"strategy", {{"type", "sobol"}, {"trials", 30}, {"seed", 4}}},
        {"objective", {{"metric", "val_accuracy"}}},
        {"workers", 2}};
    Study study(StudyDefinition::fromJson(definition));
    StudyRunner(study).run();
    const auto ranked = rankCompletedTrials(study.trials(), study.objective());
    QVERIFY(ranked.size() >= 25);
    const auto r = pedAnovaImportance(study.definition().space, ranked);
    QCOMPARE(r.parameters.front().path, std::string("training.learning_rate"));
    QVERIFY2(importanceOf(r, "training.learning_rate") > 0.7,
             qPrintable(QString::number(importanceOf(r, "training.learning_rate"))));
}

QTEST_APPLESS_MAIN(TestHyperparameterImportance)
#include "tst_hyperparameter_importance.moc"
