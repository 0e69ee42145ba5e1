// hyperlab-gui-bench: how long the GUI thread's event loop stalls while two
// trials train in the main window (the responsiveness target is < 50 ms).
// Prints one JSON object. Runs offscreen unless QT_QPA_PLATFORM says
// otherwise. The same scenario is asserted in tests/ui/tst_gui_responsiveness.
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "bench_application.h"
#include "data/fashion_mnist.h"
#include "event_loop_stall_meter.h"
#include "main_window.h"
#include "panels/search_setup_panel.h"
#include "study_controller.h"
#include "wait_until.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {}  // namespace

int main(int argc, char** argv) {
    bench::BenchApplication app(argc, argv, QStringLiteral("hyperlab-gui-bench"));
    if (!fashionMnistAvailable()) {
        std::fprintf(stderr,
                     "hyperlab-gui-bench: Fashion-MNIST is not installed "
                     "(apt-get install dataset-fashion-mnist)\n");
        return 2;
    }
    QTemporaryDir studies;
    MainWindow window;
    window.setStudiesRoot(studies.path());
    window.resize(1600, 1000);
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
    window.searchPanel()->setStrategy(QStringLiteral("random"));
    window.searchPanel()->setTrials(2);
    window.searchPanel()->setWorkers(2);

    EventLoopStallMeter meter;
    StudyController* controller = window.controller();
    if (!window.startSearch() ||
        !waitUntil([&] { return controller->counts().running == 2; }, 30)) {
        std::fprintf(stderr, "hyperlab-gui-bench: the study did not start: %s\n",
                     qPrintable(window.lastError()));
        return 1;
    }
    meter.start();
    const bool ended = waitUntil([&] { return !controller->isRunning(); }, 120);
    meter.stop();
    const nlohmann::json out = {
        {"benchmark", "gui_event_loop_stall"},
        {"scenario",
         "main window, 2 workers training a CNN on 12000 Fashion-MNIST images, 3 epochs"},
        {"max_stall_ms", meter.maxGapMs()},
        {"target_ms", 50},
        {"ratio_to_target", meter.maxGapMs() / 50.0},
        {"seconds", meter.seconds()},
        {"ticks", meter.ticks()},
        {"tick_interval_ms", 5},
        {"completed_trials", controller->counts().completed}};
    std::printf("%s\n", out.dump(2).c_str());
    return ended && controller->counts().completed == 2 ? 0 : 1;
}
