// The GUI thread never waits for training: while two trials train on
// Fashion-MNIST in the main window, a 5 ms timer on the GUI thread measures
// the longest gap between its ticks (the worst event-loop stall). The target
// is under 50 ms and the test asserts it; ctest runs this test alone
// (RUN_SERIAL), so the two trials are the only other load. The same figure,
// as JSON: bench/gui (hyperlab-gui-bench).
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "data/fashion_mnist.h"
#include "dialogs/message_boxes.h"
#include "event_loop_stall_meter.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "panels/live_charts_panel.h"
#include "panels/search_setup_panel.h"
#include "study/model/study.h"
#include "study_controller.h"
#include "test_time_scale.h"

using namespace hyperlab;
using namespace hyperlab::ui;

class TestGuiResponsiveness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        setMessageBoxesEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_responsiveness"));
        QSettings().clear();
    }

    void eventLoopStallWhileTwoTrialsTrain() {
        if (!fashionMnistAvailable())
            QSKIP("Fashion-MNIST is not installed (sudo apt-get install dataset-fashion-mnist)");
        QTemporaryDir studies;
        MainWindow window;
        window.setStudiesRoot(studies.path());
        window.show();
        RunConfig c = window.currentConfig();
        c.dataset.name = "fashion-mnist";
        c.dataset.limit = 14000;  // 12000 training images: about a second per epoch
        c.dataset.validationFraction = 0.1;
        c.model.hiddenLayers = {128};
        c.model.convLayers = {ConvLayerConfig{8, 3, 1, "same", "max", 2, 0}};
        c.training.epochs = 3;
        c.training.batchSize = 64;
        window.setCurrentConfig(c);
        QVERIFY2(window.currentConfig().dataset.name == "fashion-mnist", "dataset not set");
        SearchSetupPanel* search = window.searchPanel();
        search->setStrategy(QStringLiteral("random"));
        search->setTrials(2);
        search->setWorkers(2);

        EventLoopStallMeter meter;
        QVERIFY2(window.startSearch(), qPrintable(window.lastError()));
        StudyController* controller = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(controller->counts().running == 2, 20000 * testTimeScale());
        // Measure from the moment both trials train until the study ends.
        meter.start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), 50000 * testTimeScale());
        meter.stop();
        const double maxMs = meter.maxGapMs();
        qInfo(
            "GUI event-loop stall while two Fashion-MNIST trials trained: max %.1f ms over "
            "%.1f s (%lld ticks of 5 ms; target < 50 ms)",
            maxMs, meter.seconds(), meter.ticks());
        QCOMPARE(controller->counts().completed, 2);
        QVERIFY(window.charts()->epochCount(0) == 3 && window.charts()->epochCount(1) == 3);
        // Sanitizer builds instrument the GUI thread's own work too: the
        // bound scales with them (1 in normal builds).
        QVERIFY2(maxMs < 50.0 * testTimeScale(),
                 qPrintable(QStringLiteral("stall %1 ms (target < 50 ms)").arg(maxMs)));
    }
};

QTEST_MAIN(TestGuiResponsiveness)
#include "tst_gui_responsiveness.moc"
