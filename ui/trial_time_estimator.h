#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <stop_token>

#include "study/execution/study_time_estimate.h"
#include "train/run_time_estimate.h"

namespace hyperlab::ui {

/// The time estimate of a study, before any trial ran: off the GUI thread
/// it loads the dataset the study trains on, lists the configs its trials
/// are likely to run (core likelyTrialConfigs), times each distinct network
/// shape among them (core measureStepTiming, with the runs that will share
/// the cores side by side; cached per shape) and reports the resulting
/// TrialCostModel.
/// Requests are coalesced over a short pause; a newer request stops an older
/// measurement, and results of stale requests are dropped.
class TrialTimeEstimator : public QObject {
    Q_OBJECT

public:
    explicit TrialTimeEstimator(QObject* parent = nullptr);
    /// Stops a running measurement and waits for it (at most one step).
    ~TrialTimeEstimator() override;

    /// Estimate the trials of `study` with `concurrentRuns` side by side.
    void request(const StudyDefinition& study, int concurrentRuns);

Q_SIGNALS:
    /// The cost of the study's runs at that concurrency, and the seconds
    /// of loading the dataset (paid once per study).
    void estimated(std::shared_ptr<const TrialCostModel> cost, double loadSeconds);
    /// The config cannot be timed (no data, a model that does not fit).
    void unavailable();

private:
    void start();

    QThreadPool m_pool;
    QTimer m_pause;
    StudyDefinition m_study;
    int m_runs = 1;
    quint64 m_generation = 0;
    std::stop_source m_stop;
    std::shared_ptr<StepTimingCache> m_cache = std::make_shared<StepTimingCache>();
    struct LoadedSplit;
    std::shared_ptr<LoadedSplit> m_loaded;
};

}  // namespace hyperlab::ui
