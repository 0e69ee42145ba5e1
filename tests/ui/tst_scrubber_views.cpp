// The epoch scrubber replays the curves and the leaderboard: a cursor at the
// scrubbed epoch on every curve chart (where that epoch's points are drawn)
// that moves with the scrubber and disappears when live, a read-out of the
// values there, leaderboard columns at that epoch (sorted by them, trials
// that stopped earlier marked), and with repeats >= 2 the curves are the
// mean over the seeds with a band whose bounds are the seeds' min and max.

#include <QtTest>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFont>
#include <QTabWidget>

#include <cmath>

#include <nlohmann/json.hpp>

#include "charts/trial_curves_chart.h"
#include "dialogs/trial_details_dialog.h"
#include "i18n/language.h"
#include "main_window.h"
#include "models/boundary_store.h"
#include "models/leaderboard_filter_proxy.h"
#include "models/leaderboard_model.h"
#include "panels/gallery_panel.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "screenshot.h"
#include "study/execution/study_runner.h"
#include "study/model/study.h"
#include "study/model/trial_repeats.h"
#include "study_controller.h"
#include "test_time_scale.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using nlohmann::json;
using Part = TrialCurvesChart::Part;

namespace {

EpochMetrics epoch(int e, double valLoss, double valAccuracy) {
    EpochMetrics m;
    m.epoch = e;
    m.valLoss = valLoss;
    m.trainLoss = valLoss * 0.8;
    m.valAccuracy = valAccuracy;
    m.trainAccuracy = std::min(1.0, valAccuracy + 0.02);
    m.learningRate = 0.01;
    return m;
}

/// A trial whose validation loss falls from `start` by `step` an epoch.
TrialSnapshot finished(int number, int epochs, double start, double step, double lr) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = TrialState::Completed;
    t->params = {{"training.learning_rate", lr}};
    for (int e = 1; e <= epochs; ++e)
        t->history.push_back(epoch(e, start - step * e, 0.5 + 0.02 * e));
    if (!t->history.empty())
        t->value = t->history.back().valAccuracy;
    return t;
}

json spiralRepeats() {
    return {{"base",
             {{"dataset", {{"name", "spiral"}, {"samples", 300}}},
              {"model", {{"hidden_layers", {16, 16}}}},
              {"training", {{"optimizer", "adam"}, {"epochs", 30}, {"batch_size", 32}}}}},
            {"space",
             {{"training.learning_rate", {{"type", "categorical"}, {"values", {0.003, 0.03}}}}}},
            {"strategy", {{"type", "grid"}}},
            {"objective", {{"metric", "val_accuracy"}}},
            {"repeats", 3},
            {"workers", 2}};
}

}  // namespace

class TestScrubberViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cursorSitsAtTheScrubbedEpochAndMoves() {
        TrialCurvesChart chart;
        chart.resize(900, 600);
        chart.show();
        chart.setTrial(0, "lr=0.01", Qt::blue);
        chart.setTrial(1, "lr=0.1", Qt::red);
        std::vector<EpochMetrics> a, b;
        for (int e = 1; e <= 20; ++e)
            a.push_back(epoch(e, 1.0 - 0.03 * e, 0.5 + 0.02 * e));
        for (int e = 1; e <= 8; ++e)  // stopped early
            b.push_back(epoch(e, 0.9 - 0.01 * e, 0.6));
        chart.setHistory(0, a);
        chart.setHistory(1, b);
        QVERIFY(QTest::qWaitForWindowExposed(&chart));

        // Live: no cursor, no read-out.
        QCOMPARE(chart.cursorEpoch(), -1);
        QVERIFY(std::isnan(chart.cursorPixelX(Part::Loss)));
        QVERIFY(chart.cursorReadout().isEmpty());

        chart.setCursorEpoch(7);
        QApplication::processEvents();  // the read-out appears: the layout settles once
        const double perEpoch = chart.epochPixelX(Part::Loss, 8) - chart.epochPixelX(Part::Loss, 7);
        QVERIFY2(perEpoch > 5, qPrintable(QString::number(perEpoch)));
        for (Part part : {Part::Loss, Part::Quality, Part::LearningRate})
            QVERIFY2(std::abs(chart.cursorPixelX(part) - chart.epochPixelX(part, 7)) < 0.5,
                     qPrintable(QString("%1 vs %2")
                                    .arg(chart.cursorPixelX(part))
                                    .arg(chart.epochPixelX(part, 7))));
        QString text = chart.cursorReadout();
        QVERIFY2(text.contains("Epoch 7") && text.contains("lr=0.01") &&
                     text.contains(QString::number(1.0 - 0.03 * 7, 'f', 3)) &&
                     text.contains(QString::number(0.9 - 0.01 * 7, 'f', 3)),
                 qPrintable(text));

        // It moves with the scrubber, by the epochs' distance.
        const double before = chart.cursorPixelX(Part::Loss);
        chart.setCursorEpoch(15);
        QApplication::processEvents();
        QVERIFY(std::abs(chart.cursorPixelX(Part::Loss) - chart.epochPixelX(Part::Loss, 15)) < 0.5);
        QVERIFY2(std::abs(chart.cursorPixelX(Part::Loss) - before - 8 * perEpoch) < 2.0,
                 qPrintable(QString("moved %1 px, %2 px per epoch")
                                .arg(chart.cursorPixelX(Part::Loss) - before)
                                .arg(perEpoch)));
        text = chart.cursorReadout();
        // Trial 1 stopped at epoch 8: its last value, marked.
        QVERIFY2(text.contains("Epoch 15") && text.contains("stopped at epoch 8") &&
                     text.contains(QString::number(0.9 - 0.01 * 8, 'f', 3)),
                 qPrintable(text));

        chart.setCursorEpoch(-1);
        QVERIFY(std::isnan(chart.cursorPixelX(Part::Quality)));
        QVERIFY(chart.cursorReadout().isEmpty());
    }

    void leaderboardShowsAndSortsByTheScrubbedEpoch() {
        LeaderboardModel model;
        Objective objective;
        objective.metric = "val_accuracy";
        model.setObjective(objective);
        model.setVaryingParameters({"training.learning_rate"});
        // Trial 0 starts slowly and ends best; trial 1 starts fast and ends
        // worse; trial 2 stopped (pruned) at epoch 4.
        auto slow = std::make_shared<Trial>(*finished(0, 10, 1.0, 0.08, 0.001));
        auto fast = std::make_shared<Trial>(*finished(1, 10, 0.5, 0.01, 0.1));
        auto stopped = std::make_shared<Trial>(*finished(2, 4, 0.7, 0.01, 0.01));
        stopped->state = TrialState::Pruned;
        model.upsertTrial(slow);
        model.upsertTrial(fast);
        model.upsertTrial(stopped);
        LeaderboardFilterProxy proxy;
        proxy.setSourceModel(&model);
        const int valLoss = model.sectionOf(LeaderboardModel::ValLossColumn);
        const auto order = [&] {
            proxy.sort(valLoss, Qt::AscendingOrder);
            QList<int> out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, 0).data(LeaderboardModel::TrialNumberRole).toInt();
            return out;
        };
        const auto cell = [&](int trial, int section) {
            return model.index(model.rowOfTrial(trial), section).data().toString();
        };
        // Final: 0.20 (trial 0), 0.40 (trial 1), 0.66 (trial 2).
        QCOMPARE(order(), (QList<int>{0, 1, 2}));
        QCOMPARE(cell(0, valLoss), QString("0.2000"));
        QVERIFY(!model.headerData(valLoss, Qt::Horizontal).toString().contains("@"));

        // At epoch 3: 0.76, 0.47, 0.67.
        model.setEpoch(3);
        QCOMPARE(cell(0, valLoss), QString("0.7600"));
        QCOMPARE(cell(1, valLoss), QString("0.4700"));
        QCOMPARE(order(), (QList<int>{1, 2, 0}));
        QVERIFY(model.headerData(valLoss, Qt::Horizontal).toString().endsWith("@ 3"));
        const int trainLoss = model.sectionOf(LeaderboardModel::TrainLossColumn);
        QCOMPARE(cell(1, trainLoss), QString::number(0.47 * 0.8, 'f', 4));
        const int objectiveSection = model.sectionOf(LeaderboardModel::ObjectiveColumn);
        QCOMPARE(cell(0, objectiveSection), QString::number(0.5 + 0.02 * 3, 'f', 4));
        // The test columns stay final (measured once, after training).
        QVERIFY(!model.headerData(model.sectionOf(LeaderboardModel::TestLossColumn), Qt::Horizontal)
                     .toString()
                     .contains("@"));

        // At epoch 8 trial 2 shows its last epoch, marked and in italics.
        model.setEpoch(8);
        QCOMPARE(cell(2, valLoss), QString("0.6600 (epoch 4)"));
        QCOMPARE(model.shownEpoch(model.rowOfTrial(2)), 4);
        QVERIFY(
            model.index(model.rowOfTrial(2), valLoss).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(order(), (QList<int>{0, 1, 2}));  // 0.36, 0.42, 0.66

        model.setEpoch(-1);
        QCOMPARE(cell(2, valLoss), QString("0.6600"));
    }

    void leaderboardPanelFollowsTheScrubber() {
        BoundaryStore store(nullptr);
        LeaderboardPanel panel;
        panel.setBoundaryStore(&store);
        panel.model()->upsertTrial(finished(0, 10, 1.0, 0.05, 0.01));
        QCOMPARE(panel.model()->epoch(), -1);
        QVERIFY(panel.epochCaption().isEmpty());
        store.setEpoch(6);
        QCOMPARE(panel.model()->epoch(), 6);
        QVERIFY2(panel.epochCaption().contains("epoch 6"), qPrintable(panel.epochCaption()));
        panel.setFollowScrubber(false);
        QCOMPARE(panel.model()->epoch(), -1);
        panel.setFollowScrubber(true);
        QCOMPARE(panel.model()->epoch(), 6);
        store.setEpoch(-1);
        QCOMPARE(panel.model()->epoch(), -1);
    }

    void liveRepeatsDrawTheMeanAndTheMinMaxBand() {
        LiveChartsPanel panel;
        panel.onTrialStarted(finished(0, 0, 1, 0, 0.01));
        // Three seeds, five epochs; repeat 2 is still at epoch 3.
        const double loss[3][5] = {
            {0.9, 0.7, 0.6, 0.5, 0.45}, {0.8, 0.75, 0.5, 0.55, 0.4}, {1.0, 0.6, 0.65, 0.0, 0.0}};
        for (int r = 0; r < 3; ++r)
            for (int e = 1; e <= (r == 2 ? 3 : 5); ++e)
                panel.appendEpoch(0, epoch(e, loss[r][e - 1], 0.5 + 0.1 * r), r);
        panel.flushNow();
        TrialCurvesChart* chart = panel.curvesChart();
        QCOMPARE(chart->repeatCount(0), 3);
        const QList<QPointF> low = chart->bandLower(0, Part::Loss);
        const QList<QPointF> high = chart->bandUpper(0, Part::Loss);
        QCOMPARE(low.size(), 5);
        QCOMPARE(low[2], QPointF(3, 0.5));  // min of 0.6, 0.5, 0.65
        QCOMPARE(high[2], QPointF(3, 0.65));
        QCOMPARE(low[3], QPointF(4, 0.5));  // two seeds reached epoch 4
        QCOMPARE(high[3], QPointF(4, 0.55));
        QCOMPARE(chart->bandUpper(0, Part::Quality)[0], QPointF(1, 0.7));
        QCOMPARE(chart->pointCount(0), 5);  // the mean line
    }

    void repeatedStudyChartsBandsAndScreenshots_data() { addLanguageRows(); }
    void repeatedStudyChartsBandsAndScreenshots() {
        QFETCH(QString, language);
        installTranslations(language);
        MainWindow window;
        window.setStudiesRoot(QDir::tempPath() + "/tst_scrubber_views_" + language);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.controller()->start(spiralRepeats()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 120000 * testTimeScale());
        window.charts()->flushNow();
        window.boundaries()->flushNow();
        window.charts()->showTrials({0, 1});
        TrialCurvesChart* chart = window.charts()->curvesChart();
        QCOMPARE(chart->trials(), (QList<int>{0, 1}));
        const TrialSnapshot t = window.leaderboard()->model()->trialByNumber(1);
        QCOMPARE(t->repeatHistories.size(), std::size_t(2));
        QCOMPARE(chart->repeatCount(1), 3);
        // The band at epoch 12 spans the three seeds' validation losses.
        const QList<QPointF> low = chart->bandLower(1, Part::Loss);
        const QList<QPointF> high = chart->bandUpper(1, Part::Loss);
        QCOMPARE(low.size(), 30);
        const double seeds[3] = {t->history[11].valLoss, t->repeatHistories[0][11].valLoss,
                                 t->repeatHistories[1][11].valLoss};
        QCOMPARE(low[11].y(), *std::min_element(seeds, seeds + 3));
        QCOMPARE(high[11].y(), *std::max_element(seeds, seeds + 3));
        QVERIFY(high[11].y() > low[11].y());

        // The scrubber at a middle epoch: cursor, read-out, leaderboard.
        window.boundaries()->setEpoch(12);
        QCOMPARE(chart->cursorEpoch(), 12);
        QCOMPARE(window.leaderboard()->model()->epoch(), 12);
        QVERIFY(std::abs(chart->cursorPixelX(Part::Loss) - chart->epochPixelX(Part::Loss, 12)) <
                0.5);
        window.boundaries()->setEpoch(20);
        QCOMPARE(chart->cursorEpoch(), 20);
        // Trial details follow the scrubber too, and draw the seed band.
        {
            TrialDetailsDialog details(t, &window, window.boundaries());
            QCOMPARE(details.curvesChart()->cursorEpoch(), 20);
            QCOMPARE(details.curvesChart()->repeatCount(1), 3);
            window.boundaries()->setEpoch(21);
            QCOMPARE(details.curvesChart()->cursorEpoch(), 21);
        }
        window.boundaries()->setEpoch(15);
        window.charts()->findChild<QTabWidget*>()->setCurrentWidget(chart);
        for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
            window.resize(size);
            QTest::qWait(50);
            shoot(&window, QString("scrubber-%1x%2-%3.png")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(language));
        }
        window.boundaries()->setEpoch(-1);
        QCOMPARE(chart->cursorEpoch(), -1);
        QCOMPARE(window.leaderboard()->model()->epoch(), -1);
        installTranslations("en");
    }
};

QTEST_MAIN(TestScrubberViews)
#include "tst_scrubber_views.moc"
