// The contract every sampler keeps (Optuna's tests/samplers_tests): the same
// seed and the same history give the same suggestion, from a fresh sampler
// or a used one; suggestions are valid for the space (conditions included);
// and the registry and the settings parser report bad names and values.

#include <QtTest>

#include <cmath>

#include "common/errors.h"
#include "core/changed_sampler_settings.h"
#include "search/samplers/sampler.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

const char* kSpace = R"({
    "lr": {"type": "float", "low": 1e-4, "high": 1.0, "log": true},
    "dropout": {"type": "float", "low": 0.0, "high": 0.5},
    "layers": {"type": "int", "low": 1, "high": 4},
    "width": {"type": "categorical", "values": [[64], [128, 64], [256, 128]]},
    "opt": {"type": "categorical", "values": ["sgd", "adam"]},
    "momentum": {"type": "float", "low": 0.5, "high": 0.95, "active_if": {"opt": ["sgd"]}},
    "seed": {"type": "fixed", "value": 3}})";

// A smooth made-up objective of the params, so model-based samplers have
// something to learn.
double objective(const Params& p) {
    const double lr = std::log10(p.at("lr").get<double>());
    double v =
        (lr + 2.0) * (lr + 2.0) + p.at("dropout").get<double>() + 0.1 * p.at("layers").get<int>();
    if (p.count("momentum"))
        v -= p.at("momentum").get<double>();
    return v;
}

}  // namespace

class TestSamplerContract : public QObject {
    Q_OBJECT

private slots:
    void registryHasEverySampler();
    void unknownSamplerListsValidNames();
    void sameSeedSameSuggestion_data();
    void sameSeedSameSuggestion();
    void settingsFromJson();
    void settingsErrors();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void everySettingRoundTrips();
};

void TestSamplerContract::registryHasEverySampler() {
    for (const char* name : {"grid", "random", "sobol", "bayesian", "tpe"}) {
        QVERIFY2(samplerRegistry().contains(name), name);
        QCOMPARE(samplerRegistry().create(name, "strategy.type", SamplerSettings{})->name(),
                 std::string(name));
    }
}

void TestSamplerContract::unknownSamplerListsValidNames() {
    try {
        samplerRegistry().create("hyperband", "strategy.type", SamplerSettings{});
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), QString("strategy.type"));
        QVERIFY2(QString(e.what()).contains("allowed: bayesian, grid, random, sobol, tpe"),
                 e.what());
    }
}

void TestSamplerContract::sameSeedSameSuggestion_data() {
    QTest::addColumn<QString>("sampler");
    for (const char* name : {"grid", "random", "sobol", "bayesian", "tpe"})
        QTest::newRow(name) << name;
}

void TestSamplerContract::sameSeedSameSuggestion() {
    QFETCH(QString, sampler);
    const SearchSpace space = SearchSpace::fromJson(json::parse(kSpace));
    SamplerSettings settings;
    settings.seed = 17;
    settings.pointsPerDimension = 3;
    settings.shuffle = true;
    settings.tpeStartupTrials = 5;
    settings.candidates = 300;  // keeps the Bayesian runs short; same code path
    auto a = samplerRegistry().create(sampler.toStdString(), "strategy.type", settings);
    auto b = samplerRegistry().create(sampler.toStdString(), "strategy.type", settings);
    std::vector<FinishedTrial> history;
    std::vector<Params> pending;
    for (int t = 0; t < 20; ++t) {
        Random r1(Random::deriveSeed(17, static_cast<std::uint64_t>(t)));
        Random r2(Random::deriveSeed(17, static_cast<std::uint64_t>(t)));
        const auto p1 = a->suggest(space, history, pending, r1);
        const auto p2 = b->suggest(space, history, pending, r2);
        QVERIFY(p1 && p2);
        QCOMPARE(*p1, *p2);
        std::string why;
        QVERIFY2(space.isValid(*p1, &why), why.c_str());
        // Sampler `a` has answered before; asking it again with the same
        // inputs and rng state gives the same answer (no hidden state).
        Random r3(Random::deriveSeed(17, static_cast<std::uint64_t>(t)));
        QCOMPARE(*a->suggest(space, history, pending, r3), *p1);
        // Trials finish one step late, so there is always one pending trial.
        pending.push_back(*p1);
        if (pending.size() > 1) {
            history.push_back({pending.front(), objective(pending.front()), TrialState::Completed});
            pending.erase(pending.begin());
        }
        if (t == 7)
            history.push_back({*p1, NAN, TrialState::Failed});  // ignored by models
    }
}

void TestSamplerContract::settingsFromJson() {
    const SamplerSettings s = SamplerSettings::fromJson(json::parse(R"({
        "type": "grid", "trials": 30, "seed": 12345678901, "points_per_dimension": 7,
        "shuffle": true, "allow_large_grid": true, "scramble": false, "candidates": 500,
        "gamma": 0.25, "constant_liar": false})"));
    QCOMPARE(s.seed, std::uint64_t{12345678901});
    QCOMPARE(s.pointsPerDimension, 7);
    QVERIFY(s.shuffle && s.allowLargeGrid && !s.scramble && !s.constantLiar);
    QCOMPARE(s.candidates, 500);
    QCOMPARE(s.tpeGamma, 0.25);
    QCOMPARE(s.maxGridSize, std::size_t{100000});  // default kept
}

void TestSamplerContract::settingsErrors() {
    const std::pair<const char*, const char*> cases[] = {
        {R"({"points_per_dimension": 0})", "strategy.points_per_dimension"},
        {R"({"points_per_dimension": 2.5})", "strategy.points_per_dimension"},
        {R"({"shuffle": "yes"})", "strategy.shuffle"},
        {R"({"gamma": 1.5})", "strategy.gamma"},
        {R"({"seed": -1})", "strategy.seed"}};
    for (const auto& [text, field] : cases) {
        try {
            SamplerSettings::fromJson(json::parse(text));
            QFAIL(text);
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.field()), QString(field));
        }
    }
}

void TestSamplerContract::settingsRoundTrip_data() {
    QTest::addColumn<QString>("sampler");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("grid") << "grid"
                          << QStringList{"allow_large_grid", "max_grid_size",
                                         "points_per_dimension", "shuffle"};
    QTest::newRow("random") << "random" << QStringList{};
    QTest::newRow("sobol") << "sobol" << QStringList{"scramble"};
    QTest::newRow("bayesian") << "bayesian"
                              << QStringList{"candidates",     "fit_iterations", "fit_restarts",
                                             "initial_trials", "min_distance",   "refine_starts"};
    QTest::newRow("tpe") << "tpe"
                         << QStringList{"constant_liar", "ei_candidates", "gamma", "max_good",
                                        "startup_trials"};
}

// settings -> JSON -> settings gives back every field the sampler reads, and
// writes nothing another sampler reads.
void TestSamplerContract::settingsRoundTrip() {
    QFETCH(QString, sampler);
    QFETCH(QStringList, keys);
    const std::string name = sampler.toStdString();
    const json written = everyFieldChanged().toJson(name);
    QStringList writtenKeys;
    for (const auto& [key, value] : written.items()) {
        writtenKeys << QString::fromStdString(key);
        QVERIFY2(value != SamplerSettings{}.toJson(name).at(key), key.c_str());
    }
    QCOMPARE(writtenKeys, keys);  // json objects iterate in key order
    const SamplerSettings read = SamplerSettings::fromJson(written);
    QCOMPARE(read.toJson(name), written);
    for (const std::string& other : samplerRegistry().names())
        if (other != name)
            QCOMPARE(read.toJson(other), SamplerSettings{}.toJson(other));
}

// Together the samplers write every field: reading all they write gives the
// settings back whole.
void TestSamplerContract::everySettingRoundTrips() {
    const SamplerSettings settings = everyFieldChanged();
    json strategy = json::object();
    for (const std::string& name : samplerRegistry().names())
        strategy.update(settings.toJson(name));
    QVERIFY(SamplerSettings::fromJson(strategy) == settings);
    QVERIFY(!(SamplerSettings{} == settings));
}

QTEST_APPLESS_MAIN(TestSamplerContract)
#include "tst_sampler_contract.moc"
