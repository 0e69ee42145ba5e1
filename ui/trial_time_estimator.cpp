#include "trial_time_estimator.h"

#include <QMetaObject>
#include <chrono>
#include <mutex>

#include "common/thread_handoff.h"
#include "data/dataset_factory.h"
#include "data/split.h"
#include "nn/losses/loss.h"
#include "train/model_builder.h"

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

void TrialTimeEstimator::request(const RunConfig& config, int concurrentRuns) {
    m_config = config;
    m_runs = std::max(1, concurrentRuns);
    ++m_generation;  // a result of an older request is stale from now on
    m_stop.request_stop();
    m_pause.start();
}

void TrialTimeEstimator::start() {
    m_stop = std::stop_source();
    const quint64 generation = m_generation;
    m_pool.start([this, generation, config = m_config, runs = m_runs, cache = m_cache,
                  loaded = m_loaded, stop = m_stop.get_token()] {
        double perRun = -1, loadSeconds = 0;
        try {
            std::shared_ptr<const DataSplit> split;
            {
                std::lock_guard lock(loaded->mutex);
                if (!loaded->split || !(loaded->config == config.dataset)) {
                    const auto start = std::chrono::steady_clock::now();
                    auto data = loadDataset(config.dataset);
                    loaded->split = std::make_shared<const DataSplit>(
                        splitDataset(data, config.dataset.testFraction,
                                     config.dataset.validationFraction, config.dataset.seed));
                    loaded->config = config.dataset;
                    loaded->loadSeconds = std::chrono::duration<double>(
                                              std::chrono::steady_clock::now() - start)
                                              .count();
                }
                split = loaded->split;
                loadSeconds = loaded->loadSeconds;
            }
            const Dataset& data = *split->data;
            const auto loss =
                lossRegistry().create(config.training.loss, "training.loss", config.training.huberDelta);
            const std::string key = stepTimingKey(config, data.inputShape,
                                                  outputCount(loss->outputKind(), data), runs);
            std::optional<StepTiming> timing = cache->find(key);
            if (!timing && !stop.stop_requested()) {
                timing = measureStepTiming(config, *split, runs, stop);
                if (timing)
                    cache->store(key, *timing);
            }
            if (timing)
                perRun = estimateRunSeconds(*timing, config.training, runSamples(*split));
        } catch (const std::exception&) {
            perRun = -1;  // the forms say what is wrong
        }
        if (stop.stop_requested())
            return;
        // handedOver: Qt copies the call inside its uninstrumented library
        // (common/thread_handoff.h).
        QMetaObject::invokeMethod(
            this,
            handedOver([this, generation, perRun, loadSeconds] {
                if (generation != m_generation)
                    return;
                if (perRun > 0)
                    Q_EMIT estimated(perRun, loadSeconds);
                else
                    Q_EMIT unavailable();
            }),
            Qt::QueuedConnection);
    });
}

}  // namespace hyperlab::ui
