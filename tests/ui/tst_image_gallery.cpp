// The gallery for image datasets (issue 11): a tile per trial shows its
// predictions on the study's 16 gallery images (wrong ones in a red frame
// with the true class) and a confusion-matrix thumbnail; the scrubber
// replays them; trial details show the same; PNG and SVG export. Then a real
// Fashion-MNIST study in the main window, in English and Chinese; with
// HYPERLAB_SCREENSHOT_DIR set it saves the window at 1280x720 and 1600x1000.
#include <QApplication>
#include <QDir>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "charts/chart_export.h"
#include "charts/image_predictions_painter.h"
#include "charts/image_predictions_view.h"
#include "dialogs/trial_details_dialog.h"
#include "i18n/language.h"
#include "main_window.h"
#include "models/boundary_store.h"
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

constexpr const char* kFashionPath = "/usr/share/datasets/fashion-mnist";

TrialSnapshot imageTrial(int number, double lr) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = TrialState::Completed;
    t->params = {{"training.learning_rate", lr}};
    t->config = {{"dataset", {{"name", "fashion-mnist"}}}};
    t->value = 0.8;
    return t;
}

std::shared_ptr<const GalleryImages> fakeImages() {
    auto images = std::make_shared<GalleryImages>();
    images->shape = Shape{1, 28, 28};
    for (int i = 0; i < kGalleryImageCount; ++i) {
        images->samples.push_back(100 + i);
        images->labels.push_back(i % 10);
        for (int p = 0; p < 28 * 28; ++p)
            images->pixels.push_back(std::uint8_t((p * (i + 1)) % 256));
    }
    for (int c = 0; c < 10; ++c)
        images->classNames.push_back("class " + std::to_string(c));
    return images;
}

/// Right on every image but `wrongImage` (-1: none), which it calls class 9
/// (or 8 when that is its true class).
std::shared_ptr<const ImagePredictions> fakePredictions(
    const std::shared_ptr<const GalleryImages>& images, int epoch, int wrongImage) {
    auto p = std::make_shared<ImagePredictions>();
    p->epoch = epoch;
    p->images = images;
    p->predicted = images->labels;
    if (wrongImage >= 0)
        p->predicted[std::size_t(wrongImage)] =
            images->labels[std::size_t(wrongImage)] == 9 ? 8 : 9;
    p->confidence.assign(std::size_t(images->count()), 200);
    std::vector<int> truth, predicted;
    for (int s = 0; s < 200; ++s) {
        truth.push_back(s % 10);
        predicted.push_back(s % 7 == 0 ? (s + 1) % 10 : s % 10);
    }
    p->confusion = confusionMatrix(truth, predicted, 10);
    return p;
}

bool isRed(QRgb c) {
    return qRed(c) > 170 && qGreen(c) < 90 && qBlue(c) < 90;
}

/// Whether the frame shows the red "wrong" mark left of image `i` of a tile.
bool markedWrong(const QImage& frame, const QRect& tile, int i) {
    const QRectF image = ImagePredictionsPainter::imageRect(i).translated(tile.topLeft());
    const int y = int(image.center().y());
    for (int x = int(image.left()) - 3; x <= int(image.left()); ++x)
        if (isRed(frame.pixel(x, y)))
            return true;
    return false;
}

}  // namespace

class TestImageGallery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tilesShowPredictionsAndFollowTheScrubber() {
        BoundaryStore store(nullptr);
        GalleryPanel panel(&store);
        panel.resize(1200, 800);
        std::vector<TrialSnapshot> trials;
        for (int t = 0; t < 3; ++t)
            trials.push_back(imageTrial(t, 0.001 * std::pow(10, t)));
        panel.setTrials(trials);
        QVERIFY(panel.canvas()->imageTiles());  // from the config, before any epoch
        const auto images = fakeImages();
        for (int t = 0; t < 3; ++t) {
            store.record(t, fakePredictions(images, 1, 5));  // epoch 1: image 5 wrong
            store.record(t, fakePredictions(images, 2, t));  // epoch 2: image t wrong
        }
        store.flushNow();
        QCOMPARE(store.maxEpoch(), 2);
        QVERIFY(panel.scrubber()->isEnabled());
        QSet<QRect> tiles;
        for (int t = 0; t < 3; ++t) {
            const QRect r = panel.tileRect(t);
            QCOMPARE(r.size(),
                     ImagePredictionsPainter::kSize.toSize() + QSize(0, GalleryCanvas::kCaption));
            tiles.insert(r);
        }
        QCOMPARE(tiles.size(), 3);

        // Latest epoch: trial 1's image 1 is marked, its image 5 is not.
        QImage frame = panel.renderFrame();
        const QRect tile1 = panel.tileRect(1);
        QVERIFY(markedWrong(frame, tile1, 1));
        QVERIFY(!markedWrong(frame, tile1, 5));
        QVERIFY(!markedWrong(frame, tile1, 0));
        // The confusion thumbnail is drawn: blue diagonal, red confusions.
        const QRectF heat = ImagePredictionsPainter::confusionRect().translated(tile1.topLeft());
        int blue = 0, red = 0;
        for (int y = int(heat.top()) + 1; y < int(heat.bottom()); ++y)
            for (int x = int(heat.left()) + 1; x < int(heat.right()); ++x) {
                const QRgb c = frame.pixel(x, y);
                blue += qBlue(c) > qRed(c) + 60;
                red += qRed(c) > qBlue(c) + 30;
            }
        QVERIFY2(blue > 100 && red > 10, qPrintable(QString("blue %1 red %2").arg(blue).arg(red)));

        // The scrubber at epoch 1: now image 5 is the wrong one.
        store.setEpoch(1);
        QCOMPARE(panel.scrubber()->value(), 1);
        frame = panel.renderFrame();
        QVERIFY(markedWrong(frame, tile1, 5));
        QVERIFY(!markedWrong(frame, tile1, 1));
        store.setEpoch(-1);

        // Trial details show the same predictions.
        BoundaryPanel details(&store);
        details.setTrial(trials[1]);
        QCOMPARE(details.currentView(), static_cast<QWidget*>(details.imageView()));
        QCOMPARE(details.imageView()->predictions()->epoch, 2);
        store.setEpoch(1);
        QCOMPARE(details.imageView()->predictions()->epoch, 1);

        // Export: PNG, and SVG with the class names as text.
        QTemporaryDir dir;
        QVERIFY(exportWidgetImage(panel.canvas(), dir.filePath("gallery.png")));
        QVERIFY(!QImage(dir.filePath("gallery.png")).isNull());
        QVERIFY(exportWidgetImage(panel.canvas(), dir.filePath("gallery.svg")));
        QFile svg(dir.filePath("gallery.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<image"));
        QVERIFY(text.contains("true: class 5"));
    }

    void fashionStudyInTheMainWindow_data() { addLanguageRows(); }
    void fashionStudyInTheMainWindow() {
        if (!QFile::exists(kFashionPath))
            QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        QFETCH(QString, language);
        installTranslations(language);
        MainWindow window;
        window.setStudiesRoot(QDir::tempPath() + "/tst_image_gallery_" + language);
        window.resize(1600, 1000);
        window.show();
        const json study = {
            {"base",
             {{"dataset", {{"name", "fashion-mnist"}, {"path", kFashionPath}, {"limit", 3000}}},
              {"model", {{"hidden_layers", {64}}}},
              {"training", {{"optimizer", "adam"}, {"epochs", 6}, {"batch_size", 64}}}}},
            {"space",
             {{"training.learning_rate",
               {{"type", "categorical"}, {"values", {0.0001, 0.001, 0.01, 0.3}}}}}},
            {"strategy", {{"type", "grid"}}},
            {"objective", {{"metric", "val_accuracy"}}},
            {"workers", 2}};
        QCOMPARE(window.charts()->viewTitle(window.boundaryPanel()),
                 MainWindow::tr("Decision boundary"));
        QVERIFY(window.controller()->start(study));
        // The tab says what it shows on an image dataset.
        QCOMPARE(window.charts()->viewTitle(window.boundaryPanel()), MainWindow::tr("Predictions"));
        auto* tabs = window.charts()->findChild<QTabWidget*>();
        GalleryPanel* gallery = window.gallery();
        tabs->setCurrentWidget(gallery);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.controller()->isRunning(),
            120000 * std::max(1, qEnvironmentVariableIntValue("HYPERLAB_TEST_TIME_SCALE")));
        window.boundaries()->flushNow();
        QVERIFY(gallery->canvas()->imageTiles());
        QCOMPARE(gallery->layout().trialCount(), 4);
        std::shared_ptr<const GalleryImages> shared;
        for (int t = 0; t < 4; ++t) {
            const auto p = window.boundaries()->imagePredictions(t);
            QVERIFY2(p, qPrintable(QString("trial %1 has no predictions").arg(t)));
            QCOMPARE(p->epoch, 6);
            if (!shared)
                shared = p->images;
            QCOMPARE(p->images->samples, shared->samples);  // the same 16 images
            QVERIFY(!gallery->tileRect(t).isEmpty());
        }
        window.leaderboard()->selectTrial(2);
        QCOMPARE(window.boundaryPanel()->currentView(),
                 static_cast<QWidget*>(window.boundaryPanel()->imageView()));
        TrialDetailsDialog details(gallery->trial(2), &window, window.boundaries());
        QVERIFY(details.boundaryPanel());
        QCOMPARE(details.boundaryPanel()->imageView()->predictions()->epoch, 6);
        // The scrubber changes a tile.
        const QImage last = gallery->renderFrame();
        window.boundaries()->setEpoch(1);
        QVERIFY(gallery->renderFrame() != last);
        window.boundaries()->setEpoch(-1);

        for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
            window.resize(size);
            QTest::qWait(50);
            shoot(&window, QString("image-gallery-%1x%2-%3.png")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(language));
        }
        gallery->setSelectedTrials({});
        shoot(gallery->canvas(), QString("image-gallery-canvas-%1.png").arg(language));
        details.resize(820, 620);
        details.findChild<QTabWidget*>()->setCurrentWidget(details.boundaryPanel());
        details.show();
        QTest::qWait(50);
        shoot(&details, QString("image-details-%1.png").arg(language));
        installTranslations("en");
    }
};

QTEST_MAIN(TestImageGallery)
#include "tst_image_gallery.moc"
