// hyperlab-analysis-gui-bench: the Analysis view at 1,000 trials
// (docs/performance.md, "Analysis"), printed as one JSON object:
//   * paint time of each chart (GUI-thread CPU time, median of 5
//     synchronous repaints, so other processes' load does not inflate it) at
//     1400 x 800 with 1,000 finished trials of an 8-dimensional space;
//   * the longest stall of the GUI thread's event loop (EventLoopStallMeter)
//     while those 1,000 trials arrive live, 10 every 10 ms, with the parallel
//     coordinates on screen and the importance and surrogate recomputed in
//     the background as they come (coalesced);
//   * how long the last background computation took to arrive.
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include "../gui/bench_application.h"
#include "charts/contour_chart.h"
#include "charts/parallel_coordinates_chart.h"
#include "charts/slice_plots_chart.h"
#include "common/random.h"
#include "event_loop_stall_meter.h"
#include "panels/analysis_panel.h"
#include "search/transform.h"
#include "synthetic_study.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

StudyDefinition eightDimensionStudy() {
    return StudyDefinition::fromJson({{"base",
                                       {{"dataset", {{"name", "spiral"}}},
                                        {"model", {{"hidden_layers", {16}}}},
                                        {"training", {{"optimizer", "sgd"}}}}},
                                      {"space", bench::eightDimensionSpaceJson()},
                                      {"strategy", {{"type", "random"}, {"trials", 1000}}},
                                      {"objective", {{"metric", "val_accuracy"}}}});
}

/// CPU time of the calling thread in ms: unlike wall time, it does not grow
/// when other processes load the machine.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <typename Chart>
double medianPaintMs(QTabWidget* tabs, int tab, Chart* chart) {
    tabs->setCurrentIndex(tab);
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        const double start = threadCpuMs();
        chart->repaint();
        times.push_back(threadCpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

}  // namespace

int main(int argc, char** argv) {
    bench::BenchApplication app(argc, argv, QStringLiteral("hyperlab-analysis-gui-bench"));
    const StudyDefinition definition = eightDimensionStudy();
    const auto trials = bench::syntheticTrials(definition.space, 1000);

    AnalysisPanel panel;
    panel.resize(1400, 800);
    panel.show();
    panel.setStudy(definition);
    QCoreApplication::processEvents();

    // Live: 10 trials every 10 ms, the parallel coordinates on screen.
    panel.tabs()->setCurrentIndex(0);
    EventLoopStallMeter meter(5);
    meter.start();
    std::size_t next = 0;
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        for (int i = 0; i < 10 && next < trials.size(); ++i)
            panel.onTrialFinished(trials[next++]);
    });
    feeder.start(10);
    QElapsedTimer clock;
    clock.start();
    while (next < trials.size())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    feeder.stop();
    const double feedSeconds = clock.elapsed() / 1000.0;
    QElapsedTimer settle;
    settle.start();
    panel.waitForComputation(60000);
    const double settleSeconds = settle.elapsed() / 1000.0;
    meter.stop();
    const double liveStallMs = meter.maxGapMs();

    // Paint times with all 1,000 trials.
    const double parallelMs = medianPaintMs(panel.tabs(), 0, panel.parallelCoordinates());
    const double slicesMs = medianPaintMs(panel.tabs(), 1, panel.slices());
    const double contourMs = medianPaintMs(panel.tabs(), 2, panel.contour());
    const double importanceMs = [&] {
        panel.tabs()->setCurrentIndex(3);
        const double start = threadCpuMs();
        for (int i = 0; i < 5; ++i)
            panel.tabs()->currentWidget()->repaint();
        return (threadCpuMs() - start) / 5;
    }();
    panel.tabs()->setCurrentIndex(0);
    const double refreshStart = threadCpuMs();
    panel.flushNow();
    panel.parallelCoordinates()->repaint();
    const double refreshMs = threadCpuMs() - refreshStart;
    panel.waitForComputation(60000);

    nlohmann::ordered_json out;
    out["trials"] = trials.size();
    out["dimensions"] = definition.space.size();
    out["size"] = "1400x800";
    out["load_average_1min"] = [] {
        double load = 0.0;
        if (FILE* f = std::fopen("/proc/loadavg", "r")) {
            if (std::fscanf(f, "%lf", &load) != 1)
                load = 0.0;
            std::fclose(f);
        }
        return load;
    }();
    out["paint_cpu_ms"] = {{"parallel_coordinates", parallelMs},
                           {"slices", slicesMs},
                           {"contour", contourMs},
                           {"importance", importanceMs}};
    out["refresh_with_1000_trials_cpu_ms"] = refreshMs;
    out["live_feed_seconds"] = feedSeconds;
    out["live_longest_stall_ms"] = liveStallMs;
    out["live_refreshes"] = panel.refreshCount();
    out["settle_after_last_trial_seconds"] = settleSeconds;
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
