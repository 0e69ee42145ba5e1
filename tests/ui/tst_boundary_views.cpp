// The decision-boundary views of issue 11: the gallery's layout (axes, log
// order, binning), a real 9-trial spiral grid in the main window (one tile
// per trial, clicking a tile selects the leaderboard row and back, the
// scrubber changes the tiles, trial details and the live view draw the
// boundary), in English and Chinese. With HYPERLAB_SCREENSHOT_DIR set it
// saves the window at 1280x720 and 1600x1000 and the gallery.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSlider>
#include <QTabWidget>
#include <QtTest>

#include "charts/boundary_view.h"
#include "dialogs/trial_details_dialog.h"
#include "i18n/language.h"
#include "main_window.h"
#include "models/boundary_store.h"
#include "models/gallery_layout.h"
#include "panels/boundary_panel.h"
#include "panels/gallery_canvas.h"
#include "panels/gallery_panel.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "screenshot.h"
#include "study_controller.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using json = nlohmann::json;

namespace {

TrialSnapshot fakeTrial(int number, Params params, double value = 0.5) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = TrialState::Completed;
    t->params = std::move(params);
    t->value = value;
    return t;
}

json spiralGrid() {
    return {{"base",
             {{"dataset", {{"name", "spiral"}, {"samples", 400}}},
              {"model", {{"hidden_layers", {24, 24}}}},
              {"training", {{"optimizer", "adam"}, {"epochs", 40}, {"batch_size", 32}}}}},
            {"space",
             {{"training.learning_rate", {{"type", "categorical"}, {"values", {0.1, 0.001, 0.01}}}},
              {"model.dropout", {{"type", "categorical"}, {"values", {0.0, 0.2, 0.4}}}}}},
            {"strategy", {{"type", "grid"}}},
            {"objective", {{"metric", "val_accuracy"}}},
            {"workers", 2}};
}

}  // namespace

class TestBoundaryViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gridAxesInLogOrder() {
        GalleryLayout layout;
        std::vector<TrialSnapshot> trials;
        int n = 0;
        for (double lr : {0.1, 0.001, 0.01})
            for (double dropout : {0.4, 0.0, 0.2})
                trials.push_back(
                    fakeTrial(n++, {{"training.learning_rate", lr}, {"model.dropout", dropout}}));
        layout.setTrials(trials);
        QCOMPARE(layout.columnParameter(),
                 std::string("training.learning_rate"));  // ties: lr first
        QCOMPARE(layout.rowParameter(), std::string("model.dropout"));
        QCOMPARE(layout.columnLabels(), (QStringList{"0.001", "0.01", "0.1"}));
        QCOMPARE(layout.rowLabels(), (QStringList{"0", "0.2", "0.4"}));
        QCOMPARE(layout.cellOf(0), (std::pair{2, 2}));  // lr 0.1, dropout 0.4
        QCOMPARE(layout.cellOf(4), (std::pair{0, 0}));  // lr 0.001, dropout 0
        QCOMPARE(layout.maxTrialsPerCell(), 1);
    }

    void manyValuesAreBinnedOnALogScale() {
        GalleryLayout layout;
        std::vector<TrialSnapshot> trials;
        for (int i = 0; i < 30; ++i)  // 1e-5 .. 1e-1, not on a grid
            trials.push_back(fakeTrial(
                i, {{"training.learning_rate", std::pow(10.0, -5 + 4.0 * ((i * 7) % 30) / 29.0)}}));
        layout.setTrials(trials);
        QCOMPARE(layout.columnCount(), GalleryLayout::kMaxBins);
        QCOMPARE(layout.rowCount(), 1);  // one varying parameter: a strip
        QVERIFY(layout.columnLabels().front().startsWith("1e-05"));
        // Log bins: each bin holds about the same number of these log-uniform values.
        int total = 0;
        for (int c = 0; c < layout.columnCount(); ++c) {
            const int count = int(layout.trialsAt(c, 0).size());
            QVERIFY2(count >= 3 && count <= 7,
                     qPrintable(QString("bin %1 holds %2").arg(c).arg(count)));
            total += count;
        }
        QCOMPARE(total, 30);
        // Columns follow the values.
        for (const TrialSnapshot& a : trials)
            for (const TrialSnapshot& b : trials)
                if (a->params.at("training.learning_rate").get<double>() <
                    b->params.at("training.learning_rate").get<double>())
                    QVERIFY(layout.cellOf(a->number).first <= layout.cellOf(b->number).first);
        QVERIFY(layout.maxTrialsPerCell() >= 5);
    }

    void moreThanTwoVaryingLetsTheUserPick() {
        GalleryLayout layout;
        std::vector<TrialSnapshot> trials;
        for (int i = 0; i < 8; ++i)
            trials.push_back(fakeTrial(i, {{"training.learning_rate", 0.001 * (1 + i % 4)},
                                           {"model.dropout", 0.1 * (i % 2)},
                                           {"training.batch_size", 16 << (i % 3)}}));
        layout.setTrials(trials);
        QCOMPARE(layout.varyingParameters().size(), std::size_t(3));
        QCOMPARE(layout.columnParameter(), std::string("training.learning_rate"));  // 4 values
        QCOMPARE(layout.rowParameter(), std::string("training.batch_size"));        // 3 values
        layout.setAxes("model.dropout", "training.learning_rate");
        QCOMPARE(layout.columnCount(), 2);
        QCOMPARE(layout.rowCount(), 4);
        layout.setAxes("model.dropout", "model.dropout");  // refused
        QCOMPARE(layout.rowParameter(), std::string("training.learning_rate"));
        layout.setTrials(trials);  // the user's choice survives new trials
        QCOMPARE(layout.columnParameter(), std::string("model.dropout"));

        BoundaryStore store(nullptr);
        GalleryPanel panel(&store);
        panel.setTrials(trials);
        QVERIFY(panel.columnCombo()->isEnabled());
        QCOMPARE(panel.columnCombo()->count(), 3);
        QCOMPARE(panel.rowCombo()->count(), 4);  // (none) + 3
    }

    void spiralGridInTheMainWindow_data() { addLanguageRows(); }
    void spiralGridInTheMainWindow() {
        QFETCH(QString, language);
        installTranslations(language);
        MainWindow window;
        window.setStudiesRoot(QDir::tempPath() + "/tst_boundary_views_" + language);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.controller()->start(spiralGrid()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.controller()->isRunning(),
            120000 * std::max(1, qEnvironmentVariableIntValue("HYPERLAB_TEST_TIME_SCALE")));
        window.boundaries()->flushNow();
        GalleryPanel* gallery = window.gallery();
        // One tile per trial, learning rates in log order, dropout down the rows.
        QCOMPARE(gallery->layout().trialCount(), 9);
        QCOMPARE(gallery->layout().columnLabels(), (QStringList{"0.001", "0.01", "0.1"}));
        QCOMPARE(gallery->layout().rowLabels(), (QStringList{"0", "0.2", "0.4"}));
        QSet<QRect> tiles;
        for (int t = 0; t < 9; ++t) {
            const QRect r = gallery->tileRect(t);
            QVERIFY(!r.isEmpty());
            tiles.insert(r);
            QVERIFY2(!gallery->tileImage(t).isNull(),
                     qPrintable(QString("trial %1 has no boundary").arg(t)));
        }
        QCOMPARE(tiles.size(), 9);
        for (int t = 0; t < 9; ++t) {  // lr 0.001 left of lr 0.1
            const auto lr = gallery->trial(t)->params.at("training.learning_rate").get<double>();
            QCOMPARE(gallery->layout().cellOf(t).first, lr < 0.005 ? 0 : lr < 0.05 ? 1 : 2);
        }

        // Clicking a tile selects its leaderboard row, and back.
        auto* charts = window.charts();
        auto* tabs = charts->findChild<QTabWidget*>();
        tabs->setCurrentWidget(gallery);
        QTest::mouseClick(gallery->canvas(), Qt::LeftButton, {}, gallery->tileRect(4).center());
        QCOMPARE(window.leaderboard()->selectedTrials(), QList<int>{4});
        QCOMPARE(gallery->canvas()->selected(), QSet<int>{4});
        window.leaderboard()->selectTrial(7);
        QCOMPARE(gallery->canvas()->selected(), QSet<int>{7});
        QCOMPARE(window.boundaryPanel()->trialNumber(), 7);

        // The scrubber replays: epoch 1 differs from the last epoch.
        const QImage last = gallery->tileImage(7);
        window.boundaries()->setEpoch(1);
        QCOMPARE(gallery->scrubber()->value(), 1);
        const QImage first = gallery->tileImage(7);
        QVERIFY(!first.isNull());
        QVERIFY(first != last);
        QCOMPARE(window.boundaryPanel()->view()->snapshot()->epoch, 1);
        window.boundaries()->setEpoch(-1);
        QCOMPARE(window.boundaryPanel()->view()->snapshot()->epoch, 40);
        QCOMPARE(gallery->tileImage(7), last);

        // Trial details draw the boundary with the samples.
        TrialDetailsDialog details(gallery->trial(7), &window, window.boundaries());
        QVERIFY(details.boundaryPanel());
        QCOMPARE(details.boundaryPanel()->view()->snapshot()->epoch, 40);

        // The screenshots (opened and read by a person, not compared).
        for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
            window.resize(size);
            QTest::qWait(50);
            shoot(&window, QString("boundaries-gallery-%1x%2-%3.png")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(language));
        }
        tabs->setCurrentWidget(window.boundaryPanel());
        QTest::qWait(50);
        shoot(&window, QString("boundaries-live-1600x1000-%1.png").arg(language));
        gallery->setSelectedTrials({});
        shoot(gallery->canvas(), QString("gallery_%1.png").arg(language));
        // Every tile is painted (a scrubber frame): the frame is not blank.
        const QImage frame = gallery->renderFrame();
        QCOMPARE(frame.size(), gallery->canvas()->size());
        QSet<QRgb> colours;
        const QRect heat = gallery->tileRect(2).adjusted(4, 4, -4, -GalleryCanvas::kCaption - 4);
        for (int y = heat.top(); y < heat.bottom(); y += 3)
            for (int x = heat.left(); x < heat.right(); x += 3)
                colours.insert(frame.pixel(x, y));
        QVERIFY2(colours.size() > 20,
                 qPrintable(QString("%1 colours in a tile").arg(colours.size())));
        details.resize(820, 620);
        details.findChild<QTabWidget*>()->setCurrentWidget(details.boundaryPanel());
        details.show();
        shoot(&details, QString("boundaries-details-%1.png").arg(language));
        installTranslations("en");
    }
};

QTEST_MAIN(TestBoundaryViews)
#include "tst_boundary_views.moc"
