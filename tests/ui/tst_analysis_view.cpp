// The Analysis view: brushing a range on the parallel coordinates filters
// the leaderboard's proxy to exactly the trials in it (and a mouse drag does
// the same); log dimensions get log axes, categorical ones list every choice
// (layer lists by their text) and conditional ones an "off" tick; the
// contour's surrogate reproduces the trials it was fitted on; slices have
// one panel per varying dimension and a click selects the trial; live
// trials are applied in coalesced batches; every tab exports PNG and SVG;
// in the main window an opened study fills the view and brushing filters
// its leaderboard.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <nlohmann/json.hpp>

#include "charts/contour_chart.h"
#include "charts/importance_chart.h"
#include "charts/parallel_coordinates_chart.h"
#include "charts/slice_plots_chart.h"
#include "core/random_trials.h"
#include "main_window.h"
#include "models/leaderboard_filter_proxy.h"
#include "models/leaderboard_model.h"
#include "panels/analysis_panel.h"
#include "panels/leaderboard_panel.h"
#include "search/transform.h"
#include "study/analysis/contour_surrogate.h"
#include "study/execution/study_runner.h"
#include "study/storage/study_directory.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using nlohmann::json;

namespace {

StudyDefinition mixedStudy() {
    return StudyDefinition::fromJson(json::parse(R"({
        "base": {"dataset": {"name": "spiral", "samples": 200},
                 "model": {"hidden_layers": [16]},
                 "training": {"optimizer": "sgd", "epochs": 3}},
        "space": {
            "training.learning_rate": {"type": "float", "low": 1e-4, "high": 1, "log": true},
            "model.dropout": {"type": "float", "low": 0, "high": 0.5},
            "training.optimizer": {"type": "categorical", "values": ["sgd", "adam", "rmsprop"]},
            "model.hidden_layers": {"type": "categorical", "values": [[32], [128, 64]]},
            "training.momentum": {"type": "float", "low": 0.5, "high": 0.99,
                                  "active_if": {"training.optimizer": ["sgd"]}}},
        "strategy": {"type": "random", "trials": 200},
        "objective": {"metric": "val_accuracy"}})"));
}

/// Trials at random points, valued by a smooth landscape dominated by the
/// learning rate (best near 1e-2); every tenth is pruned.
std::vector<TrialSnapshot> mixedTrials(const StudyDefinition& definition, int count) {
    auto trials = randomTrials(definition.space, count, 5, [](const Params& p) {
        const double lr = std::log10(p.at("training.learning_rate").get<double>());
        return 0.95 - 0.05 * (lr + 2) * (lr + 2) - 0.05 * p.at("model.dropout").get<double>();
    });
    for (auto& t : trials) {
        auto copy = std::make_shared<Trial>(*t);
        copy->state = copy->number % 10 == 9 ? TrialState::Pruned : TrialState::Completed;
        t = copy;
    }
    return trials;
}

int axisOf(const AnalysisPanel& panel, const char* path) {
    const auto& axes = panel.viewData().axes;
    for (std::size_t i = 0; i < axes.size(); ++i)
        if (axes[i].path() == QLatin1String(path))
            return int(i);
    return -1;
}

QSet<int> shownTrials(const LeaderboardPanel& board) {
    QSet<int> out;
    const auto* proxy = board.proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        out.insert(proxy->index(row, 0).data(LeaderboardModel::TrialNumberRole).toInt());
    return out;
}

}  // namespace

class TestAnalysisView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_analysis_view"));
    }

    void brushingFiltersTheLeaderboardToTheTrialsInTheRange() {
        const StudyDefinition definition = mixedStudy();
        const auto trials = mixedTrials(definition, 120);
        LeaderboardPanel board;
        board.setStudy(definition);
        board.setTrials(trials);
        AnalysisPanel panel;
        QObject::connect(
            &panel, &AnalysisPanel::brushChanged, &board,
            [&board](const std::optional<QSet<int>>& t) { board.proxy()->setTrialFilter(t); });
        panel.setStudy(definition);
        panel.setTrials(trials);
        QCOMPARE(board.proxy()->rowCount(), 120);

        const int lr = axisOf(panel, "training.learning_rate");
        const Dimension& d = panel.viewData().axes[std::size_t(lr)].dimension();
        panel.parallelCoordinates()->setBrush(lr, UnitCubeTransform::uniformOf(d, 1e-3),
                                              UnitCubeTransform::uniformOf(d, 1e-2));
        QSet<int> expected;
        for (const auto& t : trials) {
            const double x = t->params.at("training.learning_rate").get<double>();
            if (x >= 1e-3 * (1 - 1e-12) && x <= 1e-2 * (1 + 1e-12))
                expected.insert(t->number);
        }
        QVERIFY(expected.size() > 5 && expected.size() < 60);
        QCOMPARE(shownTrials(board), expected);

        // A second brush on the objective: both must hold. The objective
        // axis holds completed trials only (pruned ones sit on "none").
        auto* parallel = panel.parallelCoordinates();
        const int objective = parallel->axisCount() - 1;
        parallel->setBrush(objective, 0.5, 1.0);
        const double threshold = parallel->objectiveAt(0.5);
        QSet<int> both;
        for (const auto& t : trials)
            if (expected.contains(t->number) && t->state == TrialState::Completed &&
                t->value >= threshold)
                both.insert(t->number);
        QVERIFY(!both.isEmpty() && both.size() < expected.size());
        QCOMPARE(shownTrials(board), both);

        parallel->clearBrushes();
        QCOMPARE(board.proxy()->rowCount(), 120);

        // The same by mouse: drag along the dropout axis over its upper half.
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int dropout = axisOf(panel, "model.dropout");
        const QPoint from = parallel->axisPoint(dropout, 1.0).toPoint();
        const QPoint to = parallel->axisPoint(dropout, 0.5).toPoint();
        QTest::mousePress(parallel, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, parallel->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(parallel, &move);
        QTest::mouseRelease(parallel, Qt::LeftButton, {}, to);
        const auto range = parallel->brushes().at(dropout);
        QSet<int> upper;
        for (const auto& t : trials) {
            const double u = t->params.at("model.dropout").get<double>() / 0.5;
            if (u >= range.first && u <= range.second)
                upper.insert(t->number);
        }
        QVERIFY(std::abs(range.first - 0.5) < 0.02 && std::abs(range.second - 1.0) < 0.02);
        QCOMPARE(shownTrials(board), upper);
    }

    void axesFollowTheSpace() {
        const StudyDefinition definition = mixedStudy();
        AnalysisPanel panel;
        panel.setStudy(definition);
        panel.setTrials(mixedTrials(definition, 30));
        const auto& axes = panel.viewData().axes;
        QCOMPARE(axes.size(), std::size_t(5));
        const auto labels = [&](const char* path) {
            QStringList out;
            for (const auto& [pos, label] : axes[std::size_t(axisOf(panel, path))].ticks())
                out << label;
            return out;
        };
        const DimensionAxis& lr = axes[std::size_t(axisOf(panel, "training.learning_rate"))];
        QCOMPARE(lr.scale(), DimensionAxis::Scale::Log);
        QCOMPARE(labels("training.learning_rate"),
                 QStringList({"0.0001", "0.001", "0.01", "0.1", "1"}));
        // Decades equally spaced: a log axis.
        const auto& ticks = lr.ticks();
        for (std::size_t i = 1; i < ticks.size(); ++i)
            QVERIFY(std::abs(ticks[i].first - ticks[i - 1].first - 0.25) < 1e-9);
        QCOMPARE(axes[std::size_t(axisOf(panel, "model.dropout"))].scale(),
                 DimensionAxis::Scale::Linear);
        QCOMPARE(labels("training.optimizer"), QStringList({"sgd", "adam", "rmsprop"}));
        QCOMPARE(labels("model.hidden_layers"), QStringList({"[32]", "[128, 64]"}));
        QVERIFY(axes[std::size_t(axisOf(panel, "training.momentum"))].hasOffTick());
        QVERIFY(!axes[std::size_t(axisOf(panel, "model.dropout"))].hasOffTick());
        // Trials without momentum (not sgd) sit on the "off" tick.
        const int momentum = axisOf(panel, "training.momentum");
        for (const auto& t : panel.viewData().trials)
            if (!t->params.count("training.momentum"))
                QCOMPARE(panel.parallelCoordinates()->positionOf(*t, momentum),
                         DimensionAxis::kOffPosition);
    }

    void contourSurrogateReproducesTheTrials() {
        const StudyDefinition definition = mixedStudy();
        const auto trials = mixedTrials(definition, 80);
        AnalysisPanel panel;
        panel.setStudy(definition);
        panel.setTrials(trials);
        QVERIFY(panel.waitForComputation(20000));
        QVERIFY(panel.surrogate());
        QVERIFY(panel.contour()->hasGrid());
        double worst = 0.0;
        for (const auto& t : trials)
            if (t->state == TrialState::Completed)
                worst = std::max(worst, std::abs(panel.surrogate()->predict(t->params) - t->value));
        const double spread = panel.viewData().valueHigh - panel.viewData().valueLow;
        QVERIFY2(worst < 0.05 * spread,
                 qPrintable(QStringLiteral("%1 of %2").arg(worst).arg(spread)));
        // Importance: the learning rate decides, and the bars sum to 1.
        const auto& bars = panel.importance()->bars();
        QCOMPARE(bars.size(), std::size_t(5));
        QCOMPARE(bars.front().path, QStringLiteral("training.learning_rate"));
        double sum = 0.0;
        for (const auto& b : bars)
            sum += b.share;
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
    }

    void slicesHaveAPanelPerDimensionAndClicksSelect() {
        const StudyDefinition definition = mixedStudy();
        AnalysisPanel panel;
        panel.setStudy(definition);
        panel.setTrials(mixedTrials(definition, 40));
        panel.resize(1000, 700);
        panel.tabs()->setCurrentIndex(1);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        SlicePlotsChart* slices = panel.slices();
        QCOMPARE(slices->panelCount(), 5);
        QSignalSpy clicked(&panel, &AnalysisPanel::trialClicked);
        const QPointF point = slices->pointOf(0, 7);
        QVERIFY(!point.isNull());
        QCOMPARE(slices->trialAt(point), 7);
        QTest::mouseClick(slices, Qt::LeftButton, {}, point.toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().front().toInt(), 7);
    }

    void fewTrialsSayHowManyAreNeeded() {
        const StudyDefinition definition = mixedStudy();
        AnalysisPanel panel;
        panel.setStudy(definition);
        panel.setTrials(mixedTrials(definition, 6));
        QVERIFY(panel.waitForComputation(10000));
        QVERIFY(panel.importance()->bars().empty());
        QVERIFY2(panel.importance()->message().contains(QStringLiteral("at least 10")),
                 qPrintable(panel.importance()->message()));
    }

    void liveTrialsAreCoalesced() {
        const StudyDefinition definition = mixedStudy();
        const auto trials = mixedTrials(definition, 60);
        AnalysisPanel panel;
        panel.setStudy(definition);
        const int before = panel.refreshCount();
        for (const auto& t : trials)
            panel.onTrialFinished(t);
        QCOMPARE(panel.refreshCount(), before);  // nothing drawn per trial
        QVERIFY(panel.waitForComputation(20000));
        QVERIFY(panel.refreshCount() - before <= 2);
        QCOMPARE(panel.viewData().trials.size(), std::size_t(54));  // completed only
        panel.setShowUnscored(true);
        QCOMPARE(panel.viewData().trials.size(), std::size_t(60));
    }

    void everyTabExportsPngAndSvg() {
        const StudyDefinition definition = mixedStudy();
        AnalysisPanel panel;
        panel.setStudy(definition);
        panel.setTrials(mixedTrials(definition, 40));
        panel.resize(900, 600);
        QVERIFY(panel.waitForComputation(20000));
        QTemporaryDir temp;
        for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
            panel.tabs()->setCurrentIndex(tab);
            for (const char* suffix : {"png", "svg"}) {
                const QString path = temp.filePath(QStringLiteral("tab%1.%2").arg(tab).arg(suffix));
                QString error;
                QVERIFY2(panel.exportCurrentChart(path, &error), qPrintable(error));
                QVERIFY(QFileInfo(path).size() > 1000);
            }
        }
    }

    void mainWindowShowsAnOpenedStudyAndFiltersItsLeaderboard() {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("branin"));
        {
            auto study = StudyDirectory::create(
                dir.toStdString(), {{"objective", {{"function", "branin"}}},
                                    {"strategy", {{"type", "random"}, {"trials", 30}, {"seed", 1}}},
                                    {"workers", 1}});
            StudyRunner(study->study(), &study->journal()).run();
        }
        MainWindow window;
        window.setStudiesRoot(temp.path());
        QVERIFY(window.openStudy(dir));
        QCOMPARE(window.centreTabs()->count(), 2);
        AnalysisPanel* analysis = window.analysis();
        QCOMPARE(analysis->viewData().trials.size(), std::size_t(30));
        QVERIFY(analysis->waitForComputation(20000));
        QCOMPARE(analysis->importance()->bars().size(), std::size_t(2));
        analysis->parallelCoordinates()->setBrush(0, 0.0, 0.5);  // x0 in [-5, 2.5]
        QSet<int> expected;
        for (const auto& t : analysis->viewData().trials)
            if (t->params.at("x0").get<double>() <= 2.5)
                expected.insert(t->number);
        QCOMPARE(shownTrials(*window.leaderboard()), expected);
        // A click on a trial in a chart selects it in the leaderboard.
        analysis->parallelCoordinates()->clearBrushes();
        QCOMPARE(window.leaderboard()->proxy()->rowCount(), 30);
        Q_EMIT analysis->trialClicked(5);
        QCOMPARE(window.leaderboard()->selectedTrials(), QList<int>({5}));
    }
};

QTEST_MAIN(TestAnalysisView)
#include "tst_analysis_view.moc"
