// Grid sampler: point counts known in advance, log spacing, integer
// deduplication, conditional expansion, visiting every point once (also
// across a JSON round trip, as on resume), shuffled order and the refusal of
// grids over the limit.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

#include "common/errors.h"
#include "search/samplers/grid_sampler.h"
#include "study/model/study.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

SearchSpace space(const QString& text) {
    return SearchSpace::fromJson(json::parse(text.toStdString()));
}

const char* kConditional = R"({
    "opt": {"type": "categorical", "values": ["sgd", "adam"]},
    "momentum": {"type": "float", "low": 0.0, "high": 0.9, "active_if": {"opt": ["sgd"]}},
    "lr": {"type": "float", "low": 1e-4, "high": 1.0, "log": true}})";

// Drives a sampler to exhaustion like a study with one worker would.
std::vector<Params> runToEnd(GridSampler& sampler, const SearchSpace& s, std::size_t limit) {
    std::vector<FinishedTrial> history;
    std::vector<Params> visited;
    Random rng(0);
    while (visited.size() <= limit) {
        auto p = sampler.suggest(s, history, {}, rng);
        if (!p)
            break;
        visited.push_back(*p);
        history.push_back({*p, 0.0, TrialState::Completed});
    }
    return visited;
}

}  // namespace

class TestGridSampler : public QObject {
    Q_OBJECT

private slots:
    void gridSizeIsKnownBeforeRunning_data();
    void gridSizeIsKnownBeforeRunning();
    void floatRangesAreSpacedLinearlyOrLogarithmically();
    void integerRangesAreDeduplicated();
    void conditionalDimensionsExpandOnlyWhenActive();
    void visitsEveryPointOnceThenStops();
    void skipsPendingAndFailedTrialsAndSurvivesJsonRoundTrip();
    void shuffledOrderIsSeededPermutation();
    void refusesGridOverTheLimit();
    void aBudgetThatCutsTheGridShortSpreadsOverIt();
};

void TestGridSampler::gridSizeIsKnownBeforeRunning_data() {
    QTest::addColumn<QString>("space");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("expected");
    QTest::newRow("2 floats x 5") << R"({"a": {"type": "float", "low": 0, "high": 1},
                                         "b": {"type": "float", "low": 0, "high": 1}})"
                                  << 5 << 25;
    QTest::newRow("3 choices x 4 points")
        << R"({"c": {"type": "categorical", "values": ["x", "y", "z"]},
               "a": {"type": "float", "low": 0, "high": 1}})"
        << 4 << 12;
    QTest::newRow("small int range keeps all values")
        << R"({"n": {"type": "int", "low": 1, "high": 3}})" << 5 << 3;
    QTest::newRow("fixed counts once") << R"({"f": {"type": "fixed", "value": [1, 2]},
                                              "a": {"type": "float", "low": 0, "high": 1}})"
                                       << 3 << 3;
    // (sgd x 3 momentum + adam) x 3 learning rates.
    QTest::newRow("conditional") << kConditional << 3 << 12;
    QTest::newRow("conditional, 5 points") << kConditional << 5 << 30;
    QTest::newRow("one point per range") << R"({"a": {"type": "float", "low": 0, "high": 1},
                                                "n": {"type": "int", "low": 0, "high": 9}})"
                                         << 1 << 1;
}

void TestGridSampler::gridSizeIsKnownBeforeRunning() {
    QFETCH(QString, space);
    QFETCH(int, points);
    QFETCH(int, expected);
    const SearchSpace s = ::space(space);
    QCOMPARE(GridSampler::gridSize(s, points), std::size_t(expected));
    QCOMPARE(GridSampler::enumerate(s, points).size(), std::size_t(expected));
    SamplerSettings settings;
    settings.pointsPerDimension = points;
    GridSampler sampler(settings);
    QCOMPARE(runToEnd(sampler, s, 1000).size(), std::size_t(expected));
}

void TestGridSampler::floatRangesAreSpacedLinearlyOrLogarithmically() {
    const SearchSpace s = space(R"({"lr": {"type": "float", "low": 1e-4, "high": 1, "log": true},
                                    "d": {"type": "float", "low": 0, "high": 0.5}})");
    const auto lr = GridSampler::gridValues(s[*s.indexOf("lr")], 5);
    const double expectedLr[] = {1e-4, 1e-3, 1e-2, 1e-1, 1.0};
    QCOMPARE(lr.size(), std::size_t{5});
    for (int i = 0; i < 5; ++i)
        QVERIFY2(std::abs(lr[i].get<double>() / expectedLr[i] - 1.0) < 1e-12, lr[i].dump().c_str());
    const auto d = GridSampler::gridValues(s[*s.indexOf("d")], 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(d[i].get<double>(), 0.125 * i);
    // A single point is the (geometric) middle.
    QVERIFY(std::abs(GridSampler::gridValues(s[*s.indexOf("lr")], 1)[0].get<double>() - 1e-2) <
            1e-15);
}

void TestGridSampler::integerRangesAreDeduplicated() {
    // 1..100 log, 5 points: 10^(0, 0.5, 1, 1.5, 2) rounded = 1, 3, 10, 32, 100.
    const SearchSpace s = space(R"({"n": {"type": "int", "low": 1, "high": 100, "log": true},
                                    "m": {"type": "int", "low": 1, "high": 8, "log": true},
                                    "k": {"type": "int", "low": 0, "high": 100, "step": 25}})");
    QCOMPARE(json(GridSampler::gridValues(s[*s.indexOf("n")], 5)),
             json::parse("[1, 3, 10, 32, 100]"));
    // 1..8 log with 7 points: 8^(i/6) = 1, 1.41, 2, 2.83, 4, 5.66, 8 -> 1, 1, 2, 3, 4, 6, 8;
    // the duplicate 1 is dropped.
    QCOMPARE(json(GridSampler::gridValues(s[*s.indexOf("m")], 7)),
             json::parse("[1, 2, 3, 4, 6, 8]"));
    // 5 admissible values (step 25) with 3 points: 0, 50, 100.
    QCOMPARE(json(GridSampler::gridValues(s[*s.indexOf("k")], 3)), json::parse("[0, 50, 100]"));
    QCOMPARE(GridSampler::gridSize(s, 7), std::size_t{7 * 6 * 5});
}

void TestGridSampler::conditionalDimensionsExpandOnlyWhenActive() {
    const SearchSpace s = space(kConditional);
    const auto points = GridSampler::enumerate(s, 3);
    QCOMPARE(points.size(), std::size_t{12});  // (3 momentum + 1) x 3 lr
    std::set<Params> distinct(points.begin(), points.end());
    QCOMPARE(distinct.size(), points.size());
    int sgd = 0, adam = 0;
    for (const auto& p : points) {
        QVERIFY(s.isValid(p));
        if (p.at("opt") == "sgd") {
            ++sgd;
            QVERIFY(p.count("momentum"));
        } else {
            ++adam;
            QVERIFY(!p.count("momentum"));
        }
    }
    QCOMPARE(sgd, 9);
    QCOMPARE(adam, 3);
}

void TestGridSampler::visitsEveryPointOnceThenStops() {
    const SearchSpace s = space(kConditional);
    SamplerSettings settings;
    settings.pointsPerDimension = 4;
    GridSampler sampler(settings);
    const auto visited = runToEnd(sampler, s, 1000);
    QCOMPARE(visited.size(), GridSampler::gridSize(s, 4));
    QCOMPARE(std::set<Params>(visited.begin(), visited.end()).size(), visited.size());
    // The unshuffled order is the enumeration order (the first dimension in
    // dependency order varies slowest).
    QCOMPARE(visited, GridSampler::enumerate(s, 4));
}

void TestGridSampler::skipsPendingAndFailedTrialsAndSurvivesJsonRoundTrip() {
    const SearchSpace s = space(kConditional);
    SamplerSettings settings;
    settings.pointsPerDimension = 3;
    GridSampler sampler(settings);
    const auto all = GridSampler::enumerate(s, 3);
    Random rng(0);
    // Point 0 failed, point 1 is running: the next is point 2.
    std::vector<FinishedTrial> history{{all[0], NAN, TrialState::Failed}};
    QCOMPARE(*sampler.suggest(s, history, {all[1]}, rng), all[2]);
    // Params written to a journal and read back still match their grid points.
    std::vector<FinishedTrial> reloaded;
    for (std::size_t i = 0; i < 5; ++i)
        reloaded.push_back(
            {paramsFromJson(json::parse(paramsToJson(all[i]).dump())), 1.0, TrialState::Completed});
    QCOMPARE(*sampler.suggest(s, reloaded, {}, rng), all[5]);
}

void TestGridSampler::shuffledOrderIsSeededPermutation() {
    const SearchSpace s = space(kConditional);
    SamplerSettings settings;
    settings.pointsPerDimension = 4;
    settings.shuffle = true;
    settings.seed = 11;
    GridSampler a(settings), b(settings);
    const auto first = runToEnd(a, s, 1000), again = runToEnd(b, s, 1000);
    QCOMPARE(first, again);  // same seed, same order
    const auto natural = GridSampler::enumerate(s, 4);
    QVERIFY(first != natural);
    QCOMPARE(std::set<Params>(first.begin(), first.end()),
             std::set<Params>(natural.begin(), natural.end()));
    settings.seed = 12;
    GridSampler c(settings);
    QVERIFY(runToEnd(c, s, 1000) != first);
}

void TestGridSampler::refusesGridOverTheLimit() {
    // 6 ranges x 10 points = 10^6 points: the hard limit.
    json spec = json::object();
    for (int i = 0; i < 6; ++i)
        spec["x" + std::to_string(i)] = {{"type", "float"}, {"low", 0}, {"high", 1}};
    const SearchSpace s = SearchSpace::fromJson(spec);
    QCOMPARE(GridSampler::gridSize(s, 10), std::size_t{1000000});
    SamplerSettings settings;
    settings.pointsPerDimension = 10;
    try {
        GridSampler::checkSize(s, settings);
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), QString("strategy.points_per_dimension"));
        QVERIFY2(QString(e.what()).contains("the grid has 1000000 points, more than the limit "
                                            "100000"),
                 e.what());
        QVERIFY(QString(e.what()).contains("allow_large_grid"));
    }
    GridSampler sampler(settings);
    Random rng(0);
    QVERIFY_THROWS_EXCEPTION(InputError, sampler.suggest(s, {}, {}, rng));
    settings.allowLargeGrid = true;
    GridSampler::checkSize(s, settings);  // allowed explicitly: no throw
    // Beyond 10^6 points even allow_large_grid does not help.
    spec["x6"] = {{"type", "float"}, {"low", 0}, {"high", 1}};
    QVERIFY_THROWS_EXCEPTION(InputError,
                             GridSampler::checkSize(SearchSpace::fromJson(spec), settings));
    // Sizes that overflow 64 bits saturate rather than wrap.
    json huge = json::object();
    for (int i = 0; i < 30; ++i)
        huge["x" + std::to_string(i)] = {{"type", "float"}, {"low", 0}, {"high", 1}};
    QCOMPARE(GridSampler::gridSize(SearchSpace::fromJson(huge), 10),
             std::numeric_limits<std::size_t>::max());
}

void TestGridSampler::aBudgetThatCutsTheGridShortSpreadsOverIt() {
    // 15 points, budget 5: both ends and evenly spaced points between, then
    // the rest in grid order (for a resume with a larger budget).
    const auto order = GridSampler::evenlySpacedFirst(15, 5);
    QCOMPARE(order.size(), std::size_t(15));
    const std::vector<std::size_t> first(order.begin(), order.begin() + 5);
    QCOMPARE(first, (std::vector<std::size_t>{0, 4, 7, 11, 14}));
    std::vector<std::size_t> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        QCOMPARE(sorted[i], i);  // every point once
    QCOMPARE(GridSampler::evenlySpacedFirst(4, 0), (std::vector<std::size_t>{0, 1, 2, 3}));
    QCOMPARE(GridSampler::evenlySpacedFirst(4, 9), (std::vector<std::size_t>{0, 1, 2, 3}));
    QCOMPARE(GridSampler::evenlySpacedFirst(5, 1).front(), std::size_t(2));

    // Through a study: a 9-point grid with 3 trials runs the smallest, the
    // middle and the largest value, and the definition warns.
    Study study(StudyDefinition::fromJson(json::parse(R"({
        "objective": {"function": "branin"},
        "space": {"x0": {"type": "float", "low": -5, "high": 10},
                  "x1": {"type": "categorical", "values": [0]}},
        "strategy": {"type": "grid", "points_per_dimension": 9, "trials": 3}})")));
    QVERIFY(!study.definition().warnings.empty());
    std::vector<double> x0;
    while (TrialSnapshot t = study.ask()) {
        x0.push_back(t->params.at("x0").get<double>());
        study.markRunning(t->number);
        TrialOutcome o;
        o.state = TrialState::Completed;
        o.value = 1;
        study.tell(t->number, o);
    }
    QCOMPARE(x0, (std::vector<double>{-5.0, 2.5, 10.0}));
}

QTEST_APPLESS_MAIN(TestGridSampler)
#include "tst_grid_sampler.moc"
