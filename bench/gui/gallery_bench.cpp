// hyperlab-gallery-bench: the decision-boundary views under load (issue 11).
// Prints one JSON object with
//  - scrubber: the time to repaint the whole Gallery for one epoch of the
//    scrubber, 100 trials x 100 epochs of boundaries (target < 30 ms/frame),
//    and the same with image-prediction tiles (an image study);
//  - stall: the longest GUI event-loop stall while a 2-worker spiral search
//    runs in the main window with the Gallery shown (target < 50 ms).
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "bench_application.h"
#include "event_loop_stall_meter.h"
#include "main_window.h"
#include "models/boundary_store.h"
#include "panels/gallery_panel.h"
#include "panels/live_charts_panel.h"
#include "study_controller.h"
#include "train/confusion_matrix.h"
#include "wait_until.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using json = nlohmann::json;

namespace {

TrialSnapshot galleryTrial(int n, nlohmann::json config = nullptr) {
    auto t = std::make_shared<Trial>();
    t->number = n;
    t->state = TrialState::Completed;
    t->value = 0.9;
    t->params = {{"training.learning_rate", std::pow(10.0, -4 + 3.0 * (n % 10) / 9.0)},
                 {"model.dropout", 0.05 * (n / 10)}};
    t->config = std::move(config);
    return t;
}

// Repaints the gallery once per scrubber epoch, 1..100, as scrubbing does.
json replayScrubber(BoundaryStore& store, GalleryPanel& panel, const char* tiles) {
    const auto replay = [&](bool visibleOnly) {
        std::vector<double> frames;
        QElapsedTimer clock;
        for (int epoch = 1; epoch <= 100; ++epoch) {
            clock.start();
            store.setEpoch(epoch);
            panel.renderFrame(visibleOnly);
            frames.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        std::sort(frames.begin(), frames.end());
        double sum = 0;
        for (double f : frames)
            sum += f;
        return json{{"mean_ms_per_frame", sum / double(frames.size())},
                    {"median_ms_per_frame", frames[frames.size() / 2]},
                    {"max_ms_per_frame", frames.back()}};
    };
    panel.setScrubbing(true);
    return {{"scenario", std::string("Gallery of 100 trials x 100 epochs of ") + tiles +
                             " (24 snapshots kept each), 1600x1000 panel, one repaint per "
                             "scrubber epoch while scrubbing"},
            {"frames", 100},
            {"visible_tiles", replay(true)},
            {"all_100_tiles", replay(false)},
            {"target_ms", 30},
            {"memory_mib", double(store.recorder().bytes()) / (1024.0 * 1024.0)}};
}

json scrubberFrames() {
    BoundaryStore store(nullptr);
    GalleryPanel panel(&store);
    panel.resize(1600, 1000);
    panel.show();
    std::vector<TrialSnapshot> trials;
    std::mt19937 random(1);
    for (int n = 0; n < 100; ++n) {
        trials.push_back(galleryTrial(n));
        for (int epoch = 1; epoch <= 100; ++epoch) {
            auto s = std::make_shared<BoundarySnapshot>();
            s->epoch = epoch;
            s->classes = 2;
            s->probabilities.resize(2 * 4096);
            for (std::size_t i = 0; i < s->probabilities.size(); i += 2) {
                s->probabilities[i] = std::uint8_t(random() % 256);
                s->probabilities[i + 1] = std::uint8_t(255 - s->probabilities[i]);
            }
            store.record(n, s);
        }
    }
    panel.setTrials(trials);
    store.flushNow();
    return replayScrubber(store, panel, "boundaries");
}

// The same for an image study: 100 trials x 100 epochs of predictions on 16
// Fashion-MNIST-sized images (random pixels and predictions, ten classes).
json imageScrubberFrames() {
    BoundaryStore store(nullptr);
    GalleryPanel panel(&store);
    panel.resize(1600, 1000);
    panel.show();
    std::mt19937 random(1);
    auto images = std::make_shared<GalleryImages>();
    images->shape = Shape{1, 28, 28};
    for (int i = 0; i < kGalleryImageCount; ++i) {
        images->samples.push_back(i);
        images->labels.push_back(i % 10);
    }
    for (int c = 0; c < 10; ++c)
        images->classNames.push_back("class " + std::to_string(c));
    images->pixels.resize(std::size_t(kGalleryImageCount) * 784);
    for (std::uint8_t& p : images->pixels)
        p = std::uint8_t(random() % 256);
    std::vector<TrialSnapshot> trials;
    for (int n = 0; n < 100; ++n) {
        trials.push_back(galleryTrial(n, {{"dataset", {{"name", "fashion-mnist"}}}}));
        for (int epoch = 1; epoch <= 100; ++epoch) {
            auto p = std::make_shared<ImagePredictions>();
            p->epoch = epoch;
            p->images = images;
            std::vector<int> truth, predicted;
            for (int s = 0; s < 500; ++s) {
                truth.push_back(s % 10);
                predicted.push_back(random() % 4 == 0 ? int(random() % 10) : s % 10);
            }
            p->confusion = confusionMatrix(truth, predicted, 10);
            for (int i = 0; i < kGalleryImageCount; ++i) {
                p->predicted.push_back(random() % 4 == 0 ? int(random() % 10) : i % 10);
                p->confidence.push_back(std::uint8_t(random() % 256));
            }
            store.record(n, std::shared_ptr<const ImagePredictions>(std::move(p)));
        }
    }
    panel.setTrials(trials);
    store.flushNow();
    return replayScrubber(store, panel, "image predictions");
}

json searchStall(bool galleryShown) {
    QTemporaryDir studies;
    MainWindow window;
    window.setStudiesRoot(studies.path());
    window.resize(1600, 1000);
    window.show();
    if (galleryShown)
        window.charts()->findChild<QTabWidget*>()->setCurrentWidget(window.gallery());
    const json study = {{"base",
                         {{"dataset", {{"name", "spiral"}, {"samples", 1000}}},
                          {"training", {{"optimizer", "adam"}, {"epochs", 100}}}}},
                        {"space",
                         {{"training.learning_rate",
                           {{"type", "float"}, {"low", 1e-4}, {"high", 0.1}, {"log", true}}},
                          {"model.dropout", {{"type", "float"}, {"low", 0.0}, {"high", 0.5}}}}},
                        {"strategy", {{"type", "random"}, {"trials", 12}, {"seed", 3}}},
                        {"objective", {{"metric", "val_accuracy"}}},
                        {"workers", 2}};
    EventLoopStallMeter meter;
    StudyController* controller = window.controller();
    if (!controller->start(study))
        return {{"error", "the study did not start"}};
    meter.start();
    const bool ended = waitUntil([&] { return !controller->isRunning(); }, 600);
    meter.stop();
    return {
        {"scenario",
         std::string("main window, ") +
             (galleryShown ? "Gallery tab" : "learning curves (for comparison)") +
             " shown, 2 workers, 12-trial random search on the spiral (1000 samples, 100 epochs)"},
        {"ended", ended},
        {"max_stall_ms", meter.maxGapMs()},
        {"target_ms", 50},
        {"seconds", meter.seconds()},
        {"completed_trials", controller->counts().completed},
        {"boundary_memory_mib",
         double(window.boundaries()->recorder().bytes()) / (1024.0 * 1024.0)}};
}

}  // namespace

int main(int argc, char** argv) {
    bench::BenchApplication app(argc, argv, QStringLiteral("hyperlab-gallery-bench"));
    // --scrubber: the scrubber figures only (no search is run).
    const bool scrubberOnly = argc > 1 && std::string(argv[1]) == "--scrubber";
    json out = {{"benchmark", "decision boundary views"},
                {"scrubber", scrubberFrames()},
                {"scrubber_images", imageScrubberFrames()}};
    if (!scrubberOnly) {
        out["stall_gallery"] = searchStall(true);
        out["stall_curves"] = searchStall(false);
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
