#include <QtTest>

#include <QImage>
#include <QTemporaryDir>

#include <memory>
#include <thread>
#include <vector>

#include "charts/optimization_history_chart.h"
#include "charts/trial_curves_chart.h"
#include "panels/live_charts_panel.h"
#include "test_time_scale.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

EpochMetrics epoch(int e, double lr = 0.1) {
    EpochMetrics m;
    m.epoch = e;
    m.trainLoss = 1.0 / e;
    m.valLoss = 1.2 / e;
    m.trainAccuracy = 1.0 - 0.5 / e;
    m.valAccuracy = 1.0 - 0.6 / e;
    m.learningRate = lr;
    return m;
}

TrialSnapshot trial(int number, TrialState state, Params params, int epochs = 0,
                    double value = std::numeric_limits<double>::quiet_NaN()) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = state;
    t->params = std::move(params);
    t->value = value;
    for (int e = 1; e <= epochs; ++e)
        t->history.push_back(epoch(e));
    return t;
}

Objective accuracy() {
    Objective o;
    o.metric = "val_accuracy";
    o.direction = Direction::Maximize;
    return o;
}

}  // namespace

class TestLiveCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void receivesPointsWhenEpochsArrive();
    void coalescesBursts();
    void acceptsEpochsFromWorkerThreads();
    void overlaysSelectedTrialsWithDifferingLabels();
    void finishedTrialsEnterHistory();
    void batchProgressExtendsTrainingCurve();
    void exportsPngAndSvg();
    void learningRateAxisIsLogAndReadableAtEveryScale();
};

void TestLiveCharts::receivesPointsWhenEpochsArrive() {
    LiveChartsPanel panel;
    panel.setObjective(accuracy());
    panel.onTrialStarted(trial(0, TrialState::Running, {{"training.learning_rate", 0.1}}));
    QCOMPARE(panel.shownTrials(), QList<int>{0});
    for (int e = 1; e <= 5; ++e)
        panel.appendEpoch(0, epoch(e));
    QCOMPARE(panel.curvesChart()->pointCount(0), 0);  // not before the coalescing timer
    QTRY_COMPARE(panel.curvesChart()->pointCount(0), 5);
    QCOMPARE(panel.epochCount(0), 5);
    // Another repeat (seed) turns the curve into the mean over the seeds,
    // with a band; the trial's own epochs stay those of repeat 0.
    panel.appendEpoch(0, epoch(1), 1);
    panel.flushNow();
    QCOMPARE(panel.curvesChart()->pointCount(0), 5);
    QCOMPARE(panel.curvesChart()->repeatCount(0), 2);
    QCOMPARE(panel.epochCount(0), 5);
    // Following live: the next trial replaces the one that finished.
    panel.onTrialFinished(trial(0, TrialState::Completed, {{"training.learning_rate", 0.1}}));
    panel.onTrialStarted(trial(1, TrialState::Running, {}));
    QCOMPARE(panel.shownTrials(), QList<int>{1});
    panel.appendEpoch(0, epoch(6));
    panel.appendEpoch(1, epoch(1));
    QTRY_COMPARE(panel.curvesChart()->pointCount(1), 1);
    QCOMPARE(panel.epochCount(0), 6);  // kept for later, though not shown
    QVERIFY(!panel.curvesChart()->hasTrial(0));
}

void TestLiveCharts::coalescesBursts() {
    LiveChartsPanel panel;
    panel.onTrialStarted(trial(0, TrialState::Running, {}));
    panel.onTrialStarted(trial(1, TrialState::Running, {}));
    panel.showTrials({0, 1});
    const int flushesBefore = panel.flushCount();
    const int updatesBefore = panel.curvesChart()->updateCount();
    for (int e = 1; e <= 100; ++e) {
        panel.appendEpoch(0, epoch(e));
        panel.appendEpoch(1, epoch(e));
    }
    QTRY_COMPARE(panel.curvesChart()->pointCount(1), 100);
    QCOMPARE(panel.curvesChart()->pointCount(0), 100);
    // 200 events, one burst: one flush, one series update per shown trial.
    QCOMPARE(panel.flushCount() - flushesBefore, 1);
    QVERIFY2(panel.curvesChart()->updateCount() - updatesBefore <= 2,
             qPrintable(QString::number(panel.curvesChart()->updateCount() - updatesBefore)));

    // A steady stream: at most ~25 flushes per second. (Streamed for longer
    // in sanitizer builds, where the event loop turns slower.)
    const int streamMs = 400 * testTimeScale();
    QElapsedTimer clock;
    clock.start();
    const int before = panel.flushCount();
    int e = 101;
    while (clock.elapsed() < streamMs) {
        panel.appendEpoch(0, epoch(e++));
        QTest::qWait(2);
    }
    panel.flushNow();
    const int flushes = panel.flushCount() - before;
    QVERIFY2(flushes <= streamMs / LiveChartsPanel::kCoalesceMs + 2,
             qPrintable(QString::number(flushes)));
    QVERIFY2(flushes >= 3, qPrintable(QString::number(flushes)));  // but it does update live
    QCOMPARE(panel.curvesChart()->pointCount(0), e - 1);
}

void TestLiveCharts::acceptsEpochsFromWorkerThreads() {
    LiveChartsPanel panel;
    for (int t = 0; t < 4; ++t)
        panel.onTrialStarted(trial(t, TrialState::Running, {}));
    panel.showTrials({0, 1, 2, 3});
    const int before = panel.flushCount();
    {
        std::vector<std::jthread> workers;
        for (int t = 0; t < 4; ++t)
            workers.emplace_back([&panel, t] {
                for (int e = 1; e <= 50; ++e) {
                    panel.appendEpoch(t, epoch(e));
                    panel.appendBatch(t, {e + 1, 1, 10, 0.5, 0.1});
                }
            });
    }
    for (int t = 0; t < 4; ++t)
        QTRY_COMPARE(panel.curvesChart()->pointCount(t), 50);
    QVERIFY(panel.flushCount() - before <= 3);
}

void TestLiveCharts::overlaysSelectedTrialsWithDifferingLabels() {
    LiveChartsPanel panel;
    panel.setObjective(accuracy());
    panel.onTrialFinished(trial(
        0, TrialState::Completed,
        {{"training.learning_rate", 0.1}, {"model.dropout", 0.3}, {"training.batch_size", 32}}, 4,
        0.8));
    panel.onTrialFinished(trial(
        1, TrialState::Completed,
        {{"training.learning_rate", 0.01}, {"model.dropout", 0.3}, {"training.batch_size", 32}}, 6,
        0.7));
    panel.onTrialFinished(trial(
        2, TrialState::Completed,
        {{"training.learning_rate", 0.1}, {"model.dropout", 0.5}, {"training.batch_size", 32}}, 3,
        0.75));
    panel.showTrials({0, 1});
    QCOMPARE(panel.shownTrials(), (QList<int>{0, 1}));
    QVERIFY(!panel.isFollowingLive());
    QCOMPARE(panel.curvesChart()->label(0), QStringLiteral("lr=0.1"));
    QCOMPARE(panel.curvesChart()->label(1), QStringLiteral("lr=0.01"));
    QCOMPARE(panel.curvesChart()->pointCount(0), 4);
    QCOMPARE(panel.curvesChart()->pointCount(1), 6);
    panel.showTrials({0, 1, 2});
    QCOMPARE(panel.curvesChart()->label(0), QString::fromUtf8("lr=0.1 · dropout=0.3"));
    QCOMPARE(panel.curvesChart()->label(2), QString::fromUtf8("lr=0.1 · dropout=0.5"));
    QCOMPARE(panel.curvesChart()->trials(), (QList<int>{0, 1, 2}));
    // Back to following live.
    panel.showTrials({});
    QVERIFY(panel.isFollowingLive());
}

void TestLiveCharts::finishedTrialsEnterHistory() {
    LiveChartsPanel panel;
    panel.setObjective(accuracy());
    const double values[] = {0.6, 0.8, 0.7, 0.9, 0.85};
    for (int n = 0; n < 5; ++n)
        panel.onTrialFinished(trial(n, TrialState::Completed, {}, 2, values[n]));
    panel.onTrialFinished(trial(5, TrialState::Pruned, {}, 1, 0.95));
    panel.onTrialFinished(trial(6, TrialState::Failed, {}, 0));
    OptimizationHistoryChart* history = panel.historyChart();
    QCOMPARE(history->completedCount(), 5);
    QCOMPARE(history->prunedCount(), 1);
    const QList<QPointF> best = history->bestSoFar();
    QCOMPARE(best.size(), 5);
    const double expected[] = {0.6, 0.8, 0.8, 0.9, 0.9};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(best[i].y(), expected[i]);
    // Minimising flips the running best.
    history->setObjective("val_loss", false);
    QCOMPARE(history->bestSoFar().back().y(), 0.6);
}

void TestLiveCharts::batchProgressExtendsTrainingCurve() {
    TrialCurvesChart chart;
    chart.setTrial(0, "t", Qt::blue);
    chart.appendEpochs(0, {epoch(1), epoch(2)});
    QCOMPARE(chart.pointCount(0), 2);
    chart.setBatchProgress(0, {3, 5, 10, 0.4, 0.1});  // half of epoch 3
    QCOMPARE(chart.pointCount(0), 2);                 // validation curve waits for the epoch
    chart.setBatchProgress(0, {2, 5, 10, 0.4, 0.1});  // stale: epoch 2 is drawn
    chart.appendEpochs(0, {epoch(3)});
    QCOMPARE(chart.pointCount(0), 3);
    chart.appendEpochs(0, {epoch(2)});  // duplicates are ignored
    QCOMPARE(chart.pointCount(0), 3);
}

void TestLiveCharts::exportsPngAndSvg() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LiveChartsPanel panel;
    panel.resize(900, 600);
    panel.setObjective(accuracy());
    for (int n = 0; n < 3; ++n)
        panel.onTrialFinished(trial(n, TrialState::Completed,
                                    {{"training.learning_rate", 0.1 / (n + 1)}}, 8,
                                    0.7 + 0.05 * n));
    panel.showTrials({0, 1, 2});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString png = dir.filePath("curves.png");
    const QString svg = dir.filePath("curves.svg");
    QString error;
    QVERIFY2(panel.curvesChart()->exportImage(png, nullptr, &error), qPrintable(error));
    QVERIFY2(panel.curvesChart()->exportImage(svg, nullptr, &error), qPrintable(error));
    const TrialCurvesChart::Part part = TrialCurvesChart::Part::LearningRate;
    QVERIFY(panel.curvesChart()->exportImage(dir.filePath("lr.svg"), &part, &error));
    QVERIFY(panel.historyChart()->exportImage(dir.filePath("history.png"), &error));
    QCOMPARE(QImage(dir.filePath("history.png")).width(), 2 * 900);  // hidden tab: default size
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 2 * panel.curvesChart()->width());
    // Not a blank canvas: some pixels are far from white.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY(dark > 50);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<path") || text.contains("<polyline"));
    QVERIFY(!panel.curvesChart()->exportImage("/nonexistent/dir/x.png", nullptr, &error));
    QVERIFY(!error.isEmpty());
    // A single chart exports with its own legend (hidden on screen).
    const TrialCurvesChart::Part loss = TrialCurvesChart::Part::Loss;
    QVERIFY(panel.curvesChart()->exportImage(dir.filePath("loss.png"), &loss, &error));
    QCOMPARE(QImage(dir.filePath("loss.png")).width(),
             2 * panel.curvesChart()->partWidget(loss)->width());
    if (const QByteArray out = qgetenv("HYPERLAB_SCREENSHOT_DIR"); !out.isEmpty()) {
        QFile::copy(dir.filePath("loss.png"), QString::fromLocal8Bit(out) + "/loss_part.png");
        panel.grab().save(QString::fromLocal8Bit(out) + "/live_charts_panel.png");
        QVERIFY(
            panel.historyChart()->exportImage(QString::fromLocal8Bit(out) + "/history_chart.png"));
    }
}

QTEST_MAIN(TestLiveCharts)
#include "tst_live_charts.moc"

// Cosine annealing to ~4e-10, a constant rate, and trials 5 decades apart:
// the axis is logarithmic from the first point to the last (it never
// switches kind, which also printed "Can not find axis on the chart."),
// covers every rate, and labels at most five powers of ten.
void TestLiveCharts::learningRateAxisIsLogAndReadableAtEveryScale() {
    QTest::failOnWarning(QRegularExpression(QStringLiteral("axis")));
    TrialCurvesChart chart;
    chart.resize(900, 600);
    chart.show();
    auto withRates = [](const std::vector<double>& rates) {
        std::vector<EpochMetrics> out;
        for (std::size_t i = 0; i < rates.size(); ++i) {
            EpochMetrics m{};
            m.epoch = int(i) + 1;
            m.trainLoss = m.valLoss = 1.0 / double(i + 1);
            m.trainAccuracy = m.valAccuracy = 0.5;
            m.learningRate = rates[i];
            out.push_back(m);
        }
        return out;
    };
    std::vector<double> cosine;
    for (int e = 0; e < 60; ++e)
        cosine.push_back(4e-10 + 0.5 * 0.01 * (1 + std::cos(M_PI * e / 59.0)));
    cosine.back() = 4e-10;
    const std::vector<std::vector<double>> cases = {
        std::vector<double>(30, 0.01), cosine, {0.0, 0.002, 0.004, 0.01}, {1e-5, 1e-5, 1e-5}};
    for (const auto& rates : cases) {
        chart.clear();
        for (std::size_t i = 1; i <= rates.size(); ++i) {
            chart.setHistory(1, withRates({rates.begin(), rates.begin() + long(i)}));
            const TrialCurvesChart::RateAxis axis = chart.rateAxis();
            QVERIFY(axis.logarithmic);
            double low = 1e300, high = 0;
            for (std::size_t k = 0; k < i; ++k)
                if (rates[k] > 0) {
                    low = std::min(low, rates[k]);
                    high = std::max(high, rates[k]);
                }
            if (high > 0) {
                QVERIFY2(axis.high >= high, qPrintable(QString::number(axis.high)));
                QVERIFY2(axis.low <= std::max(low, high * 1e-12),
                         qPrintable(QString::number(axis.low)));
            }
            const double decades = std::log10(axis.high / axis.low);
            QVERIFY2(decades / axis.decadesPerLabel <= 5.0 + 1e-9,
                     qPrintable(QStringLiteral("%1 decades, a label every %2")
                                    .arg(decades)
                                    .arg(axis.decadesPerLabel)));
        }
    }
    // Two trials five decades apart share the axis.
    chart.clear();
    chart.setHistory(1, withRates({1e-6, 1e-6}));
    chart.setHistory(2, withRates({0.1, 0.1}));
    QVERIFY(chart.rateAxis().low <= 1e-6 && chart.rateAxis().high >= 0.1);
}
