// Random and Sobol samplers: reproducible with a seed, values inside their
// dimensions with the right (log-)uniform distribution, the raw Sobol
// sequence against its known first points, and the better coverage of
// scrambled Sobol points than of random ones.

#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "common/errors.h"
#include "search/samplers/random_sampler.h"
#include "search/samplers/sobol_sampler.h"
#include "search/samplers/sobol_sequence.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

const char* kSpace = R"({
    "lr": {"type": "float", "low": 1e-4, "high": 1.0, "log": true},
    "dropout": {"type": "float", "low": 0.0, "high": 0.5},
    "batch": {"type": "int", "low": 16, "high": 256, "log": true},
    "layers": {"type": "int", "low": 1, "high": 4},
    "opt": {"type": "categorical", "values": ["sgd", "adam", "rmsprop"]},
    "momentum": {"type": "float", "low": 0.5, "high": 0.95, "active_if": {"opt": ["sgd"]}}})";

// `count` suggestions, each trial with its own rng seeded from (seed, trial)
// as the study does, and history growing as trials finish.
std::vector<Params> run(const std::string& name, std::uint64_t seed, int count) {
    const SearchSpace space = SearchSpace::fromJson(json::parse(kSpace));
    SamplerSettings settings;
    settings.seed = seed;
    auto sampler = samplerRegistry().create(name, "strategy.type", settings);
    std::vector<FinishedTrial> history;
    std::vector<Params> out;
    for (int t = 0; t < count; ++t) {
        Random rng(Random::deriveSeed(seed, static_cast<std::uint64_t>(t)));
        const Params p = *sampler->suggest(space, history, {}, rng);
        out.push_back(p);
        history.push_back({p, 0.0, TrialState::Completed});
    }
    return out;
}

// Cells of a cells x cells grid over [0, 1)^2 that hold no point.
int emptyCells(const std::vector<std::array<double, 2>>& points, int cells) {
    std::vector<int> count(static_cast<std::size_t>(cells * cells), 0);
    for (const auto& p : points)
        ++count[static_cast<std::size_t>(static_cast<int>(p[0] * cells) * cells +
                                         static_cast<int>(p[1] * cells))];
    return static_cast<int>(std::count(count.begin(), count.end(), 0));
}

}  // namespace

class TestRandomSamplers : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameSuggestions_data();
    void sameSeedSameSuggestions();
    void valuesStayInsideTheirDimensions_data();
    void valuesStayInsideTheirDimensions();
    void logRangesAreLogUniform();
    void rawSobolMatchesKnownPoints();
    void unscrambledSamplerStartsAtTheLowCorner();
    void scrambledSobolIsANet();
    void sobolCoversBetterThanRandom();
    void sobolRefusesTooManyDimensions();
};

void TestRandomSamplers::sameSeedSameSuggestions_data() {
    QTest::addColumn<QString>("sampler");
    QTest::newRow("random") << "random";
    QTest::newRow("sobol") << "sobol";
}

void TestRandomSamplers::sameSeedSameSuggestions() {
    QFETCH(QString, sampler);
    const auto a = run(sampler.toStdString(), 5, 64);
    const auto b = run(sampler.toStdString(), 5, 64);
    QCOMPARE(a, b);
    QVERIFY(run(sampler.toStdString(), 6, 64) != a);
    // No two trials got the same params.
    QCOMPARE(std::set<Params>(a.begin(), a.end()).size(), a.size());
}

void TestRandomSamplers::valuesStayInsideTheirDimensions_data() {
    sameSeedSameSuggestions_data();
}

void TestRandomSamplers::valuesStayInsideTheirDimensions() {
    QFETCH(QString, sampler);
    const SearchSpace space = SearchSpace::fromJson(json::parse(kSpace));
    std::set<json> layers, optimizers;
    int withMomentum = 0;
    const auto params = run(sampler.toStdString(), 1, 512);
    for (const auto& p : params) {
        std::string why;
        QVERIFY2(space.isValid(p, &why), why.c_str());
        layers.insert(p.at("layers"));
        optimizers.insert(p.at("opt"));
        withMomentum += p.count("momentum") ? 1 : 0;
        QCOMPARE(p.count("momentum") == 1, p.at("opt") == "sgd");
    }
    QCOMPARE(layers.size(), std::size_t{4});  // every integer reached
    QCOMPARE(optimizers.size(), std::size_t{3});
    QVERIFY2(withMomentum > 512 / 3 - 50 && withMomentum < 512 / 3 + 50,
             qPrintable(QString::number(withMomentum)));
}

void TestRandomSamplers::logRangesAreLogUniform() {
    // lr is log-uniform on [1e-4, 1]: half the draws lie below 1e-2 (a plain
    // uniform draw would put 1% there); batch is log-uniform on 16..256, so
    // about half lie below 64.
    for (const char* name : {"random", "sobol"}) {
        const auto params = run(name, 2, 1024);
        int lowLr = 0, lowBatch = 0;
        for (const auto& p : params) {
            lowLr += p.at("lr").get<double>() < 1e-2 ? 1 : 0;
            lowBatch += p.at("batch").get<int>() < 64 ? 1 : 0;
        }
        QVERIFY2(std::abs(lowLr / 1024.0 - 0.5) < 0.05, name);
        QVERIFY2(std::abs(lowBatch / 1024.0 - 0.5) < 0.06, name);
    }
}

void TestRandomSamplers::rawSobolMatchesKnownPoints() {
    // Gray-code order, point n = XOR of direction numbers V_k for the bits
    // of gray(n) = n ^ (n >> 1). Direction numbers (binary fractions):
    //   dim 1: V_k = 2^-k                             (.1, .01, .001)
    //   dim 2 (s=1, a=0, m=1): V_k = V_{k-1} ^ V_{k-1}/2  (.1, .11, .101)
    //   dim 3 (s=2, a=1, m=1,3): V_1 = .1, V_2 = .11,
    //         V_3 = V_1 ^ V_1/4 ^ V_2 = .1 ^ .001 ^ .11 = .011
    // e.g. n = 4: gray 6 = V_2 ^ V_3: dim 1 .01 ^ .001 = .011 = 0.375,
    // dim 2 .11 ^ .101 = .011 = 0.375, dim 3 .11 ^ .011 = .101 = 0.625.
    const double expected[8][3] = {{0, 0, 0},
                                   {0.5, 0.5, 0.5},
                                   {0.75, 0.25, 0.25},
                                   {0.25, 0.75, 0.75},
                                   {0.375, 0.375, 0.625},
                                   {0.875, 0.875, 0.125},
                                   {0.625, 0.125, 0.875},
                                   {0.125, 0.625, 0.375}};
    const SobolSequence sobol(3, false, 0);
    for (int n = 0; n < 8; ++n) {
        const auto p = sobol.point(static_cast<std::uint64_t>(n));
        for (int j = 0; j < 3; ++j)
            QCOMPARE(p[static_cast<std::size_t>(j)], expected[n][j]);
    }
    // The 21st dimension (last of the issue's minimum) is a valid sequence too:
    // its first 2^m points are stratified, one in each [i/2^m, (i+1)/2^m).
    const SobolSequence wide(21, false, 0);
    std::vector<int> bins(64, 0);
    for (int n = 0; n < 64; ++n)
        ++bins[static_cast<std::size_t>(wide.point(n)[20] * 64)];
    QCOMPARE(std::count(bins.begin(), bins.end(), 1), 64L);
}

void TestRandomSamplers::unscrambledSamplerStartsAtTheLowCorner() {
    const SearchSpace space =
        SearchSpace::fromJson(json::parse(R"({"a": {"type": "float", "low": -1, "high": 1},
                        "b": {"type": "float", "low": 0, "high": 10}})"));
    SamplerSettings settings;
    settings.scramble = false;
    SobolSampler sampler(settings);
    Random rng(0);
    std::vector<FinishedTrial> history;
    const double a[] = {-1.0, 0.0, 0.5, -0.5}, b[] = {0.0, 5.0, 2.5, 7.5};
    for (int n = 0; n < 4; ++n) {
        const Params p = *sampler.suggest(space, history, {}, rng);
        QCOMPARE(p.at("a").get<double>(), a[n]);
        QCOMPARE(p.at("b").get<double>(), b[n]);
        history.push_back({p, 0.0, TrialState::Completed});
    }
    // Pending trials count: with 4 finished and 1 pending, the next is point 5.
    const Params p = *sampler.suggest(space, history, {Params{}}, rng);
    QCOMPARE(p.at("a").get<double>(), 0.75);  // 2 * 0.875 - 1
}

void TestRandomSamplers::scrambledSobolIsANet() {
    // Scrambling keeps the (0, m, 2)-net property: for 256 points, every
    // 2^a x 2^b box with a + b = 8 holds exactly one point. Scrambled points
    // are not the raw ones.
    for (std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
        const SobolSequence sobol(2, true, seed);
        QVERIFY(sobol.point(0)[0] != 0.0);
        for (int a = 0; a <= 8; ++a) {
            const int nx = 1 << a, ny = 1 << (8 - a);
            std::vector<int> count(256, 0);
            for (int n = 0; n < 256; ++n) {
                const auto p = sobol.point(static_cast<std::uint64_t>(n));
                ++count[static_cast<std::size_t>(static_cast<int>(p[0] * nx) * ny +
                                                 static_cast<int>(p[1] * ny))];
            }
            QVERIFY2(std::count(count.begin(), count.end(), 1) == 256,
                     qPrintable(QString("seed %1, boxes %2 x %3").arg(seed).arg(nx).arg(ny)));
        }
    }
    QVERIFY(SobolSequence(2, true, 1).point(5) != SobolSequence(2, true, 2).point(5));
}

void TestRandomSamplers::sobolCoversBetterThanRandom() {
    // Coverage measure: of the 16 x 16 cells of the unit square, how many do
    // 256 points miss? Independent uniform points miss 256 (1 - 1/256)^256,
    // about 94 on average; a Sobol net misses none.
    const SearchSpace space =
        SearchSpace::fromJson(json::parse(R"({"x": {"type": "float", "low": 0, "high": 1},
                        "y": {"type": "float", "low": 0, "high": 1}})"));
    for (std::uint64_t seed = 0; seed < 5; ++seed) {
        for (const char* name : {"random", "sobol"}) {
            SamplerSettings settings;
            settings.seed = seed;
            auto sampler = samplerRegistry().create(name, "strategy.type", settings);
            std::vector<FinishedTrial> history;
            std::vector<std::array<double, 2>> points;
            for (int t = 0; t < 256; ++t) {
                Random rng(Random::deriveSeed(seed, static_cast<std::uint64_t>(t)));
                const Params p = *sampler->suggest(space, history, {}, rng);
                points.push_back({p.at("x").get<double>(), p.at("y").get<double>()});
                history.push_back({p, 0.0, TrialState::Completed});
            }
            const int empty = emptyCells(points, 16);
            if (std::string(name) == "sobol")
                QCOMPARE(empty, 0);
            else
                QVERIFY2(empty > 60, qPrintable(QString::number(empty)));
        }
    }
}

void TestRandomSamplers::sobolRefusesTooManyDimensions() {
    json spec = json::object();
    for (int i = 0; i < 33; ++i)
        spec["x" + std::to_string(i)] = {{"type", "float"}, {"low", 0}, {"high", 1}};
    SobolSampler sampler(SamplerSettings{});
    Random rng(0);
    QVERIFY_THROWS_EXCEPTION(InputError, sampler.suggest(SearchSpace::fromJson(spec), {}, {}, rng));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SobolSequence(33, false, 0));
}

QTEST_APPLESS_MAIN(TestRandomSamplers)
#include "tst_random_samplers.moc"
