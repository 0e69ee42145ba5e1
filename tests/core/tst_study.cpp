// Study: ask/tell by hand (numbers, seeds, budget, pending trials), the
// leaderboard order (objective, ties by number, pruned below completed,
// failed and cancelled last), and the trial runner (repeats, failures).

#include <QtTest>

#include <cmath>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "study/execution/trial_runner.h"
#include "study/model/leaderboard.h"
#include "study/model/study.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

StudyDefinition functionStudy(const std::string& strategy, int trials, int seed = 0) {
    return StudyDefinition::fromJson(
        {{"objective", {{"function", "branin"}}},
         {"strategy", {{"type", strategy}, {"trials", trials}, {"seed", seed}}}});
}

StudyDefinition spiralStudy(const json& space, const json& strategy) {
    return StudyDefinition::fromJson({{"base",
                                       {{"dataset", {{"name", "spiral"}, {"samples", 200}}},
                                        {"training", {{"epochs", 2}, {"seed", 11}}}}},
                                      {"space", space},
                                      {"strategy", strategy},
                                      {"objective", {{"metric", "val_loss"}}}});
}

Trial finished(int number, TrialState state, double value) {
    Trial t;
    t.number = number;
    t.state = state;
    t.value = value;
    t.params = {{"x0", double(number)}, {"x1", 0.0}};
    return t;
}

/// Evaluator that returns a scripted value and records the seeds it saw.
class ScriptedEvaluator : public ObjectiveEvaluator {
public:
    std::function<EvaluationResult(const TrialContext&)> body;
    std::vector<std::uint64_t> seeds;
    EvaluationResult evaluate(const TrialContext& c) override {
        seeds.push_back(c.seed);
        return body(c);
    }
};

TrialOutcome completedWith(double value) {
    TrialOutcome out;
    out.value = value;
    return out;
}

EvaluationResult valueResult(double v) {
    EvaluationResult r;
    r.value = v;
    return r;
}

}  // namespace

class TestStudy : public QObject {
    Q_OBJECT

private slots:
    void askNumbersTrialsAndStopsAtTheBudget() {
        Study study(functionStudy("random", 4));
        for (int i = 0; i < 4; ++i) {
            TrialSnapshot t = study.ask();
            QVERIFY(t);
            QCOMPARE(t->number, i);
            QVERIFY(t->state == TrialState::Queued);
            QVERIFY(study.definition().space.isValid(t->params));
            QVERIFY(study.markRunning(i));
            study.tell(i, completedWith(double(i)));
        }
        QVERIFY(!study.ask());
        QVERIFY(!study.exhausted());
        QCOMPARE(study.counts().completed, 4);
    }

    void sameSeedSameProposals() {
        auto run = [](int seed) {
            Study study(functionStudy("tpe", 14, seed));
            std::vector<Params> out;
            while (TrialSnapshot t = study.ask()) {
                study.markRunning(t->number);
                const double v =
                    t->params.at("x0").get<double>() * t->params.at("x1").get<double>();
                study.tell(t->number, completedWith(v));
                out.push_back(t->params);
            }
            return out;
        };
        QCOMPARE(run(3), run(3));
        QVERIFY(run(3) != run(4));
    }

    void pendingTrialsAreNotProposedAgain() {
        // Three grid points asked before any finishes: all different.
        Study study(
            spiralStudy({{"training.optimizer",
                          {{"type", "categorical"}, {"values", {"sgd", "adam", "rmsprop"}}}}},
                        {{"type", "grid"}, {"trials", 5}}));
        QCOMPARE(study.definition().trials, 5);
        std::set<std::string> seen;
        for (int i = 0; i < 3; ++i)
            seen.insert(study.ask()->params.at("training.optimizer").get<std::string>());
        QCOMPARE(seen.size(), std::size_t(3));
        QVERIFY(!study.ask());
        QVERIFY(study.exhausted());
    }

    void trialsTrainWithTheBaseSeedUnlessSearched() {
        Study fixed(
            spiralStudy({{"model.dropout", {{"type", "float"}, {"low", 0.0}, {"high", 0.5}}}},
                        {{"type", "random"}, {"trials", 3}, {"seed", 99}}));
        for (int i = 0; i < 3; ++i) {
            TrialSnapshot t = fixed.ask();
            QCOMPARE(t->seed, std::uint64_t(11));
            QCOMPARE(t->config["training"]["seed"].get<int>(), 11);
            QCOMPARE(t->config["model"]["dropout"], t->params.at("model.dropout"));
        }
        Study searched(
            spiralStudy({{"training.seed", {{"type", "int"}, {"low", 1}, {"high", 1000}}}},
                        {{"type", "random"}, {"trials", 3}}));
        TrialSnapshot t = searched.ask();
        QCOMPARE(t->seed, t->params.at("training.seed").get<std::uint64_t>());
    }

    void manualTrialsFollowTheList() {
        Study study(StudyDefinition::fromJson(json::parse(R"({
            "base": {"dataset": {"name": "spiral", "samples": 200}, "training": {"epochs": 2}},
            "strategy": {"type": "manual", "configs": [
                {"training": {"learning_rate": 0.2}}, {"training.learning_rate": 0.02}]},
            "objective": {"metric": "val_loss"}})")));
        QCOMPARE(study.ask()->config["training"]["learning_rate"].get<double>(), 0.2);
        QCOMPARE(study.ask()->config["training"]["learning_rate"].get<double>(), 0.02);
        QVERIFY(!study.ask());
    }

    void leaderboardOrder_data() {
        QTest::addColumn<bool>("maximize");
        QTest::newRow("minimize") << false;
        QTest::newRow("maximize") << true;
    }

    void leaderboardOrder() {
        QFETCH(bool, maximize);
        const double s = maximize ? -1.0 : 1.0;  // better = smaller * s
        Study study(functionStudy("random", 20));
        // Restore a mixed history (numbers must be consecutive).
        study.restore(finished(0, TrialState::Failed, Trial::kNaN));
        study.restore(finished(1, TrialState::Completed, 2.0 * s));
        study.restore(finished(2, TrialState::Pruned, 0.5 * s));  // better value, but pruned
        study.restore(finished(3, TrialState::Completed, 1.0 * s));
        study.restore(finished(4, TrialState::Cancelled, Trial::kNaN));
        study.restore(finished(5, TrialState::Completed, 1.0 * s));  // ties trial 3
        study.restore(finished(6, TrialState::Pruned, 3.0 * s));
        study.restore(finished(7, TrialState::Completed, Trial::kNaN));
        // Maximising with negated values must give the same order.
        StudyDefinition d = study.definition();
        d.objective.direction = maximize ? Direction::Maximize : Direction::Minimize;
        const auto ranked = rankTrials(study.trials(), d.objective);
        std::vector<int> order;
        for (const auto& t : ranked)
            order.push_back(t->number);
        const std::vector<int> expected{3, 5, 1, 7, 2, 6, 0, 4};
        QCOMPARE(order, expected);
    }

    void bestAndTopK() {
        Study study(functionStudy("random", 20));
        study.restore(finished(0, TrialState::Completed, 5.0));
        study.restore(finished(1, TrialState::Pruned, 0.1));
        study.restore(finished(2, TrialState::Completed, 3.0));
        study.restore(finished(3, TrialState::Completed, 3.0));
        study.restore(finished(4, TrialState::Failed, Trial::kNaN));
        QCOMPARE(study.bestTrial()->number, 2);
        const auto top = study.topK(5);
        QCOMPARE(top.size(), std::size_t(3));  // completed trials only
        QCOMPARE(top[0]->number, 2);
        QCOMPARE(top[1]->number, 3);
        QCOMPARE(top[2]->number, 0);
    }

    void restoreRequeuesRunningTrials() {
        Study study(functionStudy("random", 5));
        Trial running = finished(0, TrialState::Running, Trial::kNaN);
        running.history.push_back(EpochMetrics{1});
        study.restore(running);
        Trial stopped = finished(1, TrialState::Cancelled, Trial::kNaN);
        stopped.resumable = true;
        study.restore(stopped);
        study.restore(finished(2, TrialState::Cancelled, Trial::kNaN));  // cancelled on purpose
        QVERIFY(study.trial(0)->state == TrialState::Queued);
        QVERIFY(study.trial(0)->history.empty());
        QVERIFY(study.trial(1)->state == TrialState::Queued);
        QVERIFY(study.trial(2)->state == TrialState::Cancelled);
        // ask() hands out the re-queued trials first, with their params.
        QCOMPARE(study.ask()->number, 0);
        QCOMPARE(study.ask()->number, 1);
        QCOMPARE(study.ask()->number, 3);
    }

    void repeatsUseConsecutiveSeedsAndReportTheSpread() {
        Study study(functionStudy("random", 1));
        TrialSnapshot t = study.ask();
        ScriptedEvaluator evaluator;
        evaluator.body = [](const TrialContext& c) { return valueResult(10.0 + double(c.repeat)); };
        TrialControl control;
        const TrialRunner runner(study.objective(), 3, evaluator);
        const TrialOutcome out = runner.run(*t, control, {});
        QVERIFY(out.state == TrialState::Completed);
        QCOMPARE(evaluator.seeds, (std::vector<std::uint64_t>{t->seed, t->seed + 1, t->seed + 2}));
        QCOMPARE(out.repeatValues, (std::vector<double>{10.0, 11.0, 12.0}));
        QCOMPARE(out.value, 11.0);
        QCOMPARE(out.valueStd, 1.0);
    }

    void failuresBecomeTrialStates_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("exception") << 0 << "exploded";
        QTest::newRow("nan objective") << 1 << "NaN";
        QTest::newRow("diverged run") << 2 << "loss is NaN at epoch 3";
        QTest::newRow("non-standard exception") << 3 << "unknown error";
    }

    void failuresBecomeTrialStates() {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        Study study(functionStudy("random", 1));
        TrialSnapshot t = study.ask();
        ScriptedEvaluator evaluator;
        evaluator.body = [kind](const TrialContext&) -> EvaluationResult {
            if (kind == 0)
                throw std::runtime_error("exploded");
            if (kind == 1)
                return valueResult(std::nan(""));
            if (kind == 3)
                throw 42;
            EvaluationResult r;
            r.run.status = RunStatus::Failed;
            r.run.reason = "loss is NaN at epoch 3";
            return r;
        };
        TrialControl control;
        const TrialOutcome out = TrialRunner(study.objective(), 2, evaluator).run(*t, control, {});
        QVERIFY(out.state == TrialState::Failed);
        QVERIFY2(out.reason.find(reason.toStdString()) != std::string::npos, out.reason.c_str());
        QCOMPARE(evaluator.seeds.size(), std::size_t(1));  // no repeat after a failure
    }
};

QTEST_APPLESS_MAIN(TestStudy)
#include "tst_study.moc"
