#include "trial_time_estimator.h"

#include <QMetaObject>
#include <chrono>
#include <mutex>

#include "common/thread_handoff.h"
#include "data/dataset_factory.h"
#include "data/split.h"

namespace hyperlab::ui {

/// The last dataset loaded, so that model edits do not reload it.
struct TrialTimeEstimator::LoadedSplit {
    std::mutex mutex;
    DatasetConfig config;
    std::shared_ptr<const DataSplit> split;
    double loadSeconds = 0;
};

TrialTimeEstimator::TrialTimeEstimator(QObject* parent)
    : QObject(parent), m_loaded(std::make_shared<LoadedSplit>()) {
    m_pool.setMaxThreadCount(1);  // one measurement at a time: they would slow each other
    m_pause.setSingleShot(true);
    m_pause.setInterval(300);
    connect(&m_pause, &QTimer::timeout, this, &TrialTimeEstimator::start);
}

TrialTimeEstimator::~TrialTimeEstimator() {
    m_stop.request_stop();
    m_pool.waitForDone();
}

void TrialTimeEstimator::request(const StudyDefinition& study, int concurrentRuns) {
    m_study = study;
    m_runs = std::max(1, concurrentRuns);
    ++m_generation;  // a result of an older request is stale from now on
    m_stop.request_stop();
    m_pause.start();
}

void TrialTimeEstimator::start() {
    m_stop = std::stop_source();
    const quint64 generation = m_generation;
    // handedOver: QThreadPool hands the call to its thread inside the
    // uninstrumented Qt library (common/thread_handoff.h).
    m_pool.start(handedOver([this, generation, study = m_study, runs = m_runs, cache = m_cache,
                             loaded = m_loaded, stop = m_stop.get_token()] {
        std::shared_ptr<TrialCostModel> cost;
        double loadSeconds = 0;
        try {
            const std::vector<RunConfig> likely = likelyTrialConfigs(study);
            if (likely.empty())
                throw std::invalid_argument("nothing to time");
            const DatasetConfig& dataset = likely.front().dataset;
            std::shared_ptr<const DataSplit> split;
            {
                std::lock_guard lock(loaded->mutex);
                if (!loaded->split || !(loaded->config == dataset)) {
                    const auto start = std::chrono::steady_clock::now();
                    auto data = loadDataset(dataset);
                    loaded->split = std::make_shared<const DataSplit>(splitDataset(
                        data, dataset.testFraction, dataset.validationFraction, dataset.seed));
                    loaded->config = dataset;
                    loaded->loadSeconds =
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                            .count();
                }
                split = loaded->split;
                loadSeconds = loaded->loadSeconds;
            }
            cost = std::make_shared<TrialCostModel>(likely, split->data, runSamples(*split), runs);
            cost->timeShapes(*split, *cache, TrialCostModel::kTimedShapes, stop);
            if (!cost->meanRunSeconds())
                cost.reset();
        } catch (const std::exception&) {
            cost.reset();  // the forms say what is wrong
        }
        if (stop.stop_requested())
            return;
        // handedOver: Qt copies the call inside its uninstrumented library
        // (common/thread_handoff.h).
        QMetaObject::invokeMethod(
            this,
            handedOver([this, generation, cost = std::shared_ptr<const TrialCostModel>(cost),
                        loadSeconds] {
                if (generation != m_generation)
                    return;
                if (cost)
                    Q_EMIT estimated(cost, loadSeconds);
                else
                    Q_EMIT unavailable();
            }),
            Qt::QueuedConnection);
    }));
}

}  // namespace hyperlab::ui
