#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <stop_token>

#include "train/run_config.h"
#include "train/run_time_estimate.h"

namespace hyperlab::ui {

/// The first time estimate of a study, before any trial ran: off the GUI
/// thread it loads the dataset the config names, times the config's network
/// on it (core measureStepTiming, with the runs that will share the cores
/// side by side; cached per model shape) and reports seconds per run.
/// Requests are coalesced over a short pause; a newer request stops an older
/// measurement, and results of stale requests are dropped.
class TrialTimeEstimator : public QObject {
    Q_OBJECT

public:
    explicit TrialTimeEstimator(QObject* parent = nullptr);
    /// Stops a running measurement and waits for it (at most one step).
    ~TrialTimeEstimator() override;

    /// Estimate runs of `config` with `concurrentRuns` side by side.
    void request(const RunConfig& config, int concurrentRuns);

Q_SIGNALS:
    /// Seconds of one run at that concurrency, and of loading the dataset
    /// (paid once per study).
    void estimated(double secondsPerRun, double loadSeconds);
    /// The config cannot be timed (no data, a model that does not fit).
    void unavailable();

private:
    void start();

    QThreadPool m_pool;
    QTimer m_pause;
    RunConfig m_config;
    int m_runs = 1;
    quint64 m_generation = 0;
    std::stop_source m_stop;
    std::shared_ptr<StepTimingCache> m_cache = std::make_shared<StepTimingCache>();
    struct LoadedSplit;
    std::shared_ptr<LoadedSplit> m_loaded;
};

}  // namespace hyperlab::ui
