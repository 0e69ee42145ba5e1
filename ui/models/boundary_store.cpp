#include "models/boundary_store.h"

#include <QMetaObject>
#include <QTimer>

#include "common/thread_handoff.h"
#include "io/config_json.h"
#include "study_controller.h"
#include "train/trainer.h"

namespace hyperlab::ui {

BoundaryStore::BoundaryStore(StudyController* controller, QObject* parent) : QObject(parent) {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kCoalesceMs);
    connect(m_timer, &QTimer::timeout, this, &BoundaryStore::flush);
    // Worker thread: only post; the timer starts on the GUI thread.
    m_recorder->setNotifier([this] {
        QMetaObject::invokeMethod(this, handedOver([this] { m_timer->start(); }),
                                  Qt::QueuedConnection);
    });
    if (controller) {
        controller->addObserver(m_recorder);
        // Emitted before the runner's thread starts, so no snapshot of the
        // new study can be lost. A resumed study keeps what it had.
        connect(controller, &StudyController::studyStarted, this,
                [this](const StudyDefinition&, const std::vector<TrialSnapshot>& existing) {
                    if (existing.empty())
                        clear();
                });
    }
}

BoundaryStore::~BoundaryStore() {
    m_recorder->setNotifier({});  // a study still running must not post to us
}

std::shared_ptr<const BoundarySnapshot> BoundaryStore::snapshot(int trial) const {
    return m_recorder->at(trial, m_epoch);
}

std::shared_ptr<const BoundarySnapshot> BoundaryStore::snapshotAt(int trial, int epoch) const {
    return m_recorder->at(trial, epoch);
}

std::shared_ptr<const ImagePredictions> BoundaryStore::imagePredictions(int trial) const {
    return m_recorder->imagePredictionsAt(trial, m_epoch);
}

std::shared_ptr<const ImagePredictions> BoundaryStore::imagePredictionsAt(int trial,
                                                                          int epoch) const {
    return m_recorder->imagePredictionsAt(trial, epoch);
}

std::shared_ptr<const DataSplit> BoundaryStore::samples(const nlohmann::json& trialConfig) {
    if (!trialConfig.is_object() || !trialConfig.contains("dataset"))
        return nullptr;
    const std::string key = trialConfig["dataset"].dump();
    const auto it = m_samples.find(key);
    if (it != m_samples.end())
        return it->second;
    std::shared_ptr<const DataSplit> split;
    try {
        // Only called for trials that recorded a boundary, so the data is a
        // small 2-D set (generated, or a two-column CSV): loading it is quick.
        auto loaded = std::make_shared<DataSplit>(loadSplit(runConfigFromJson(trialConfig)));
        if (boundaryGridFor(*loaded->data))
            split = std::move(loaded);
    } catch (const std::exception&) {
        // The boundary is still shown, without points.
    }
    m_samples[key] = split;
    return split;
}

void BoundaryStore::record(int trial, std::shared_ptr<const BoundarySnapshot> snapshot) {
    m_recorder->onBoundary(trial, snapshot);
}

void BoundaryStore::record(int trial, std::shared_ptr<const ImagePredictions> predictions) {
    m_recorder->onImagePredictions(trial, predictions);
}

void BoundaryStore::clear() {
    m_recorder->clear();
    m_samples.clear();
    m_maxEpoch = 0;
    Q_EMIT maxEpochChanged(0);
    setEpoch(-1);
}

void BoundaryStore::flushNow() {
    m_timer->stop();
    flush();
}

void BoundaryStore::flush() {
    const std::set<int> arrived = m_recorder->takeChanged();
    if (arrived.empty())
        return;
    QSet<int> trials;
    int maxEpoch = m_maxEpoch;
    for (int trial : arrived) {
        trials.insert(trial);
        maxEpoch = std::max(maxEpoch, m_recorder->latestEpoch(trial));
    }
    if (maxEpoch != m_maxEpoch) {
        m_maxEpoch = maxEpoch;
        Q_EMIT maxEpochChanged(maxEpoch);
    }
    Q_EMIT changed(trials);
}

void BoundaryStore::setEpoch(int epoch) {
    if (epoch == m_epoch)
        return;
    m_epoch = epoch;
    Q_EMIT epochChanged(epoch);
}

}  // namespace hyperlab::ui
