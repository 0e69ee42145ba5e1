// Pruners: the median rule and asynchronous successive halving on hand-made
// curves, and synthetic studies in which the bad trials are provably stopped
// early (keeping their history) while the good ones never are.

#include <QtTest>

#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "search/pruners/median_pruner.h"
#include "search/pruners/pruner.h"
#include "search/pruners/successive_halving_pruner.h"
#include "study/execution/study_runner.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

PrunerTrial curve(int number, TrialState state, std::vector<double> values) {
    return PrunerTrial{number, state, std::move(values)};
}

/// Every trial's quality q is its x0; its curve is q + 1/e over `epochs`
/// epochs, so curves never cross: at every epoch the ranking is the final one.
class CurveEvaluator : public ObjectiveEvaluator {
public:
    explicit CurveEvaluator(int epochs) : m_epochs(epochs) {}
    EvaluationResult evaluate(const TrialContext& c) override {
        const double q = c.params->at("x0").get<double>();
        EvaluationResult r;
        for (int e = 1; e <= m_epochs; ++e) {
            if (c.stop.stop_requested()) {
                r.run.status = RunStatus::Stopped;
                break;
            }
            EpochMetrics m;
            m.epoch = e;
            m.valLoss = m.trainLoss = q + 1.0 / e;
            r.run.history.push_back(m);
            c.onEpoch(m);
        }
        r.value = q;
        return r;
    }

private:
    int m_epochs;
};

/// A sequential (one worker) study over the given qualities, in this order.
std::unique_ptr<Study> runSynthetic(const std::vector<double>& qualities, const json& pruner,
                                    int epochs) {
    json configs = json::array();
    for (double q : qualities)
        configs.push_back({{"x0", q}, {"x1", 0.0}});
    auto study = std::make_unique<Study>(StudyDefinition::fromJson(
        {{"objective", {{"function", "branin"}, {"epochs", epochs}}},
         {"strategy", {{"type", "manual"}, {"configs", configs}, {"pruner", pruner}}},
         {"workers", 1}}));
    StudyRunner runner(*study, nullptr, std::make_shared<CurveEvaluator>(epochs));
    runner.run();
    return study;
}

}  // namespace

class TestPruners : public QObject {
    Q_OBJECT

private slots:
    void registryAndSpecs() {
        QCOMPARE(prunerRegistry().joinedNames(), std::string("asha, median, none"));
        QCOMPARE(PrunerSpec::fromJson("successive_halving", "p").type, std::string("asha"));
        const PrunerSpec spec = PrunerSpec::fromJson(
            json{{"type", "median"}, {"warmup_epochs", 2}, {"min_trials", 3}}, "p");
        QCOMPARE(spec.settings.warmupEpochs, 2);
        QCOMPARE(spec.settings.minTrials, 3);
        QCOMPARE(PrunerSpec::fromJson(spec.toJson(), "p").toJson(), spec.toJson());
        QVERIFY_THROWS_EXCEPTION(
            InputError, PrunerSpec::fromJson(json{{"type", "median"}, {"patience", 2}}, "p"));
        QVERIFY_THROWS_EXCEPTION(InputError, PrunerSpec::fromJson(3, "p"));
    }

    void medianRule_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("warmup");
        QTest::addColumn<int>("minTrials");
        QTest::addColumn<bool>("prune");
        // Completed trials at epoch 2: 1, 2, 3, 10 -> median 2.5.
        QTest::newRow("worse than the median") << 2.6 << 0 << 3 << true;
        QTest::newRow("equal to the median") << 2.5 << 0 << 3 << false;
        QTest::newRow("better") << 1.0 << 0 << 3 << false;
        QTest::newRow("in the warm-up") << 9.0 << 2 << 3 << false;
        QTest::newRow("too few completed trials") << 9.0 << 0 << 5 << false;
        QTest::newRow("NaN is left to fail") << std::nan("") << 0 << 3 << false;
    }

    void medianRule() {
        QFETCH(double, value);
        QFETCH(int, warmup);
        QFETCH(int, minTrials);
        QFETCH(bool, prune);
        PrunerSettings s;
        s.warmupEpochs = warmup;
        s.minTrials = minTrials;
        const MedianPruner pruner(s);
        const std::vector<PrunerTrial> others{
            curve(0, TrialState::Completed, {5, 1}), curve(1, TrialState::Completed, {5, 2, 0}),
            curve(2, TrialState::Completed, {5, 3}), curve(3, TrialState::Completed, {5, 10}),
            curve(4, TrialState::Completed, {5}),   // did not reach epoch 2
            curve(5, TrialState::Running, {0, 0}),  // only completed trials count
            curve(6, TrialState::Pruned, {0, -100}),
        };
        QCOMPARE(pruner.shouldPrune(curve(9, TrialState::Running, {4, value}), others), prune);
    }

    void ashaRungsAndPromotion() {
        PrunerSettings s;
        s.reductionFactor = 3;
        s.minResource = 2;
        const SuccessiveHalvingPruner asha(s);
        QVERIFY(asha.isRung(2));
        QVERIFY(asha.isRung(6));
        QVERIFY(asha.isRung(18));
        QVERIFY(!asha.isRung(1));
        QVERIFY(!asha.isRung(4));
        // Between rungs nothing is pruned, however bad.
        QVERIFY(!asha.shouldPrune(curve(9, TrialState::Running, {100, 100, 100}),
                                  {curve(0, TrialState::Completed, {0, 0, 0})}));
        // At rung 2 with six earlier arrivals (values 1..6) plus itself: the
        // best 7 / 3 = 2 go on.
        std::vector<PrunerTrial> others;
        for (int i = 0; i < 6; ++i)
            others.push_back(curve(i, TrialState::Completed, {0, double(i + 1)}));
        QVERIFY(!asha.shouldPrune(curve(9, TrialState::Running, {0, 0.5}), others));
        QVERIFY(!asha.shouldPrune(curve(9, TrialState::Running, {0, 1.5}), others));
        QVERIFY(asha.shouldPrune(curve(9, TrialState::Running, {0, 2.5}), others));
        // Fewer arrivals than eta: only a new best goes on.
        const std::vector<PrunerTrial> one{curve(0, TrialState::Running, {0, 1.0})};
        QVERIFY(!asha.shouldPrune(curve(9, TrialState::Running, {0, 0.9}), one));
        QVERIFY(asha.shouldPrune(curve(9, TrialState::Running, {0, 1.1}), one));
        // bootstrap_trials: nobody is pruned before that many arrivals.
        s.bootstrapTrials = 2;
        QVERIFY(
            !SuccessiveHalvingPruner(s).shouldPrune(curve(9, TrialState::Running, {0, 1.1}), one));
    }

    void medianStudyStopsBadTrialsOnly() {
        // Three good trials to start, then alternating clearly bad and good.
        const std::vector<double> q{0.5, 0.6, 0.7, 9, 0.3, 8, 0.2, 7, 0.1, 6, 0.25};
        const int epochs = 8;
        auto study =
            runSynthetic(q, {{"type", "median"}, {"warmup_epochs", 1}, {"min_trials", 3}}, epochs);
        for (const auto& t : study->trials()) {
            const double quality = q[std::size_t(t->number)];
            if (quality >= 1.0) {
                QVERIFY2(t->state == TrialState::Pruned, std::to_string(t->number).c_str());
                // Stopped at the first epoch after the warm-up, history kept.
                QCOMPARE(t->history.size(), std::size_t(2));
                QCOMPARE(t->value, quality + 0.5);
            } else {
                QVERIFY2(t->state == TrialState::Completed, std::to_string(t->number).c_str());
                QCOMPARE(t->history.size(), std::size_t(epochs));
                QCOMPARE(t->value, quality);
            }
        }
        // Pruned trials rank below every completed one.
        const auto board = study->leaderboard();
        QVERIFY(board[6]->state == TrialState::Completed);
        QVERIFY(board[7]->state == TrialState::Pruned);
    }

    void ashaStudyStopsBadTrialsOnly() {
        // Each "good" trial is a new best, each "bad" one a new worst.
        const std::vector<double> q{5, 4, 6, 3, 7, 2, 8, 1, 9};
        const int epochs = 9;  // rungs at 1, 3, 9
        auto study = runSynthetic(q, {{"type", "asha"}, {"reduction_factor", 3}}, epochs);
        for (const auto& t : study->trials()) {
            const double quality = q[std::size_t(t->number)];
            const bool good = t->number == 0 || quality < 5;
            if (good) {
                QVERIFY2(t->state == TrialState::Completed, std::to_string(t->number).c_str());
                QCOMPARE(t->history.size(), std::size_t(epochs));
            } else {
                QVERIFY2(t->state == TrialState::Pruned, std::to_string(t->number).c_str());
                QCOMPARE(t->history.size(), std::size_t(1));  // the first rung
            }
        }
    }

    void noPrunerRunsEverything() {
        auto study = runSynthetic({1, 9, 8, 7, 6, 5, 4}, "none", 4);
        QCOMPARE(study->counts().completed, 7);
    }
};

QTEST_APPLESS_MAIN(TestPruners)
#include "tst_pruners.moc"
