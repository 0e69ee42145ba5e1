// With two workers the live views follow both trials: the charts draw every
// running trial, running rows show their latest epoch, and a trial that
// runs again after a resume carries no test metrics of its interrupted run.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "models/leaderboard_model.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "study/model/study.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

TrialSnapshot running(int number) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = TrialState::Running;
    t->params = {{"training.learning_rate", 0.01 * (number + 1)}};
    return t;
}

EpochMetrics epoch(int e, double accuracy) {
    EpochMetrics m{};
    m.epoch = e;
    m.valAccuracy = m.trainAccuracy = accuracy;
    m.valLoss = m.trainLoss = 1 - accuracy;
    m.learningRate = 0.01;
    return m;
}

}  // namespace

class TestLiveViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chartsFollowEveryRunningTrial() {
        LiveChartsPanel charts;
        charts.onTrialStarted(running(0));
        charts.onTrialStarted(running(1));
        charts.flushNow();
        QCOMPARE(charts.shownTrials(), (QList<int>{0, 1}));
        charts.appendEpoch(0, epoch(1, 0.6));
        charts.appendEpoch(1, epoch(1, 0.7));
        charts.flushNow();
        QCOMPARE(charts.epochCount(0), 1);
        QCOMPARE(charts.epochCount(1), 1);
        auto done = std::make_shared<Trial>(*running(0));
        done->state = TrialState::Completed;
        done->history = {epoch(1, 0.6)};
        charts.onTrialFinished(done);
        charts.onTrialStarted(running(2));
        QCOMPARE(charts.shownTrials(), (QList<int>{1, 2}));
        // A selection replaces following.
        charts.showTrials({0});
        QCOMPARE(charts.shownTrials(), (QList<int>{0}));
    }

    void runningRowsShowTheirLatestEpoch() {
        LeaderboardPanel panel;
        panel.upsertTrial(running(0));
        panel.appendEpoch(0, epoch(1, 0.6));
        panel.appendEpoch(0, epoch(2, 0.8));
        const LeaderboardModel* model = panel.model();
        const int row = model->rowOfTrial(0);
        const int accuracy = model->sectionOf(LeaderboardModel::ValAccuracyColumn);
        const int epochs = model->sectionOf(LeaderboardModel::EpochsColumn);
        QTRY_COMPARE(model->index(row, epochs).data().toInt(), 2);
        QCOMPARE(model->index(row, accuracy).data(LeaderboardModel::SortRole).toDouble(), 0.8);
        // The final snapshot wins over late live epochs.
        auto done = std::make_shared<Trial>(*running(0));
        done->state = TrialState::Completed;
        done->history = {epoch(1, 0.6), epoch(2, 0.8), epoch(3, 0.9)};
        panel.upsertTrial(done);
        panel.appendEpoch(0, epoch(4, 0.1));
        QTest::qWait(300);
        QCOMPARE(model->index(row, epochs).data().toInt(), 3);
    }

    void aRerunCarriesNoStaleTestMetrics() {
        Study study(StudyDefinition::fromJson(nlohmann::json::parse(R"({
            "objective": {"function": "branin"},
            "strategy": {"type": "random", "trials": 2}})")));
        Trial interrupted;
        interrupted.number = 0;
        interrupted.state = TrialState::Cancelled;
        interrupted.resumable = true;
        interrupted.params = {{"x0", 1.0}, {"x1", 2.0}};
        interrupted.test.samples = 100;
        interrupted.test.accuracy = 0.42;
        study.restore(interrupted);
        QCOMPARE(study.trial(0)->state, TrialState::Queued);
        QCOMPARE(study.trial(0)->test.samples, 0);
        const TrialSnapshot again = study.ask();
        QVERIFY(study.markRunning(again->number));
        QCOMPARE(study.trial(again->number)->test.samples, 0);
    }
};

QTEST_MAIN(TestLiveViews)
#include "tst_live_views.moc"
