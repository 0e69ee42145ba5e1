// hyperlab-scrubber-bench: the epoch scrubber on the curve charts and the
// leaderboard (issue 11). Prints one JSON object: the time of one scrubber
// frame (set the epoch, then repaint everything shown: the three curve
// charts with their cursor and read-out, the leaderboard at that epoch,
// re-sorted) with 100 trials x 100 epochs on the charts, once with one seed
// per trial and once with 3 seeds per trial (mean lines and min..max bands).
// Target: under 30 ms per frame. Runs offscreen unless QT_QPA_PLATFORM says
// otherwise.
#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

#include "bench_application.h"
#include "charts/trial_curves_chart.h"
#include "models/boundary_store.h"
#include "models/leaderboard_model.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using json = nlohmann::json;

namespace {

constexpr int kTrials = 100;
constexpr int kEpochs = 100;

std::vector<EpochMetrics> curve(std::mt19937& random, double rate) {
    std::normal_distribution<double> noise(0.0, 0.02);
    std::vector<EpochMetrics> history;
    for (int e = 1; e <= kEpochs; ++e) {
        EpochMetrics m;
        m.epoch = e;
        m.valLoss = 0.2 + std::exp(-rate * e) + noise(random);
        m.trainLoss = 0.15 + std::exp(-rate * e) + noise(random);
        m.valAccuracy = std::clamp(1.0 - 0.5 * m.valLoss, 0.0, 1.0);
        m.trainAccuracy = std::clamp(1.0 - 0.5 * m.trainLoss, 0.0, 1.0);
        m.learningRate = 0.01 * std::pow(0.98, e);
        history.push_back(m);
    }
    return history;
}

/// `curves`/`leaderboard`: which views follow the scrubber (both shown).
json frames(int seeds, bool curves = true, bool leaderboard = true) {
    BoundaryStore store(nullptr);
    QWidget host;
    auto* layout = new QHBoxLayout(&host);
    auto* charts = new LiveChartsPanel(&host);
    auto* board = new LeaderboardPanel(&host);
    layout->addWidget(charts, 3);
    layout->addWidget(board, 2);
    board->setBoundaryStore(&store);
    board->setFollowScrubber(leaderboard);
    if (curves)
        QObject::connect(&store, &BoundaryStore::epochChanged, charts->curvesChart(),
                         &TrialCurvesChart::setCursorEpoch);
    host.resize(1600, 1000);
    host.show();

    std::mt19937 random(1);
    std::vector<TrialSnapshot> trials;
    QList<int> all;
    for (int n = 0; n < kTrials; ++n) {
        auto t = std::make_shared<Trial>();
        t->number = n;
        t->state = TrialState::Completed;
        const double rate = 0.01 + 0.001 * n;
        t->params = {{"training.learning_rate", rate}};
        t->history = curve(random, rate);
        for (int r = 1; r < seeds; ++r)
            t->repeatHistories.push_back(curve(random, rate));
        t->value = t->history.back().valAccuracy;
        trials.push_back(t);
        all << n;
    }
    board->setTrials(trials);
    charts->setTrials(trials);
    charts->showTrials(all);
    QApplication::processEvents();

    // The first two frames leave live mode: the footer under the charts
    // grows to two lines, the charts are laid out again and rendered once
    // into the cursor overlays' pictures; reported apart from the drag's.
    const auto settle = [] {
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
        }
    };
    QElapsedTimer clock;
    clock.start();
    for (int epoch = 1; epoch <= 2; ++epoch) {
        store.setEpoch(epoch);
        settle();
    }
    const double first = double(clock.nsecsElapsed()) / 1e6;
    std::vector<double> times;
    double updating = 0;  // of which the views' updates, before painting
    json slowest = json::array();
    for (int epoch = 3; epoch <= kEpochs; ++epoch) {
        clock.start();
        store.setEpoch(epoch);
        updating += double(clock.nsecsElapsed()) / 1e6;
        // What the event loop does for the frame: the deferred updates,
        // then the paint of the regions that changed (the cursor strips,
        // the read-out, the table).
        settle();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (times.back() > 30)
            slowest.push_back({{"epoch", epoch}, {"ms", times.back()}});
    }
    std::sort(times.begin(), times.end());
    double sum = 0;
    for (double f : times)
        sum += f;
    return {{"seeds_per_trial", seeds},
            {"first_two_frames_ms", first},
            {"frames", times.size()},
            {"mean_ms_per_frame", sum / double(times.size())},
            {"mean_ms_updating_views", updating / double(times.size())},
            {"median_ms_per_frame", times[times.size() / 2]},
            {"p95_ms_per_frame", times[times.size() * 95 / 100]},
            {"max_ms_per_frame", times.back()},
            {"frames_over_30_ms", slowest},
            {"cursor_readout", charts->curvesChart()->cursorReadout().size() > 0}};
}

}  // namespace

int main(int argc, char** argv) {
    bench::BenchApplication app(argc, argv, QStringLiteral("hyperlab-scrubber-bench"));
    const json out = {
        {"benchmark", "epoch scrubber on the curves and the leaderboard"},
        {"scenario",
         "1600x1000 window: learning curves of 100 trials x 100 epochs (all shown) "
         "and the leaderboard (100 rows) following the scrubber; one frame = set "
         "the epoch + the event loop's paint of what changed; 98 frames after the "
         "first two (which leave live mode: the charts are laid out and rendered "
         "once into the cursor overlays' pictures)"},
        {"target_ms", 30},
        {"one_seed", frames(1)},
        {"three_seeds_with_bands", frames(3)},
        {"breakdown_three_seeds",
         {{"curves_only", frames(3, true, false)}, {"leaderboard_only", frames(3, false, true)}}}};
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
