#pragma once

#include <QObject>
#include <QSet>

#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "study/execution/boundary_recorder.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"

class QTimer;

namespace hyperlab::ui {

class StudyController;

/// The GUI's side of the decision boundaries (and, for image datasets, of
/// the image predictions that take their place): it attaches a core
/// BoundaryRecorder to every study the controller runs, turns its
/// notifications into one `changed` signal per kCoalesceMs (the GUI never
/// waits on a worker: the recorder's lock is held only to copy pointers),
/// and holds the epoch the whole window replays (the scrubber), so the
/// gallery, the live view and trial details show the same moment.
class BoundaryStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 40;

    explicit BoundaryStore(StudyController* controller, QObject* parent = nullptr);
    ~BoundaryStore() override;

    /// The snapshot of `trial` at the current epoch (the latest when
    /// following live); null when the trial has none.
    std::shared_ptr<const BoundarySnapshot> snapshot(int trial) const;
    std::shared_ptr<const BoundarySnapshot> snapshotAt(int trial, int epoch) const;
    /// The image predictions of `trial` (image datasets) at the current
    /// epoch, or at `epoch`; null when the trial has none.
    std::shared_ptr<const ImagePredictions> imagePredictions(int trial) const;
    std::shared_ptr<const ImagePredictions> imagePredictionsAt(int trial, int epoch) const;
    /// The epoch shown; -1 = the latest of each trial (live).
    int epoch() const { return m_epoch; }
    /// The largest epoch any trial reached (scrubber range).
    int maxEpoch() const { return m_maxEpoch; }

    /// The training and validation samples of a trial's dataset, loaded once
    /// per dataset config; null for data that is not 2-D.
    std::shared_ptr<const DataSplit> samples(const nlohmann::json& trialConfig);

    const BoundaryRecorder& recorder() const { return *m_recorder; }
    /// For tests and benchmarks: snapshots as if a study had reported them.
    void record(int trial, std::shared_ptr<const BoundarySnapshot> snapshot);
    void record(int trial, std::shared_ptr<const ImagePredictions> predictions);
    /// Forgets every snapshot (a new study).
    void clear();
    /// Applies pending changes now (tests).
    void flushNow();

public Q_SLOTS:
    void setEpoch(int epoch);

Q_SIGNALS:
    /// New snapshots arrived for these trials (coalesced).
    void changed(const QSet<int>& trials);
    void epochChanged(int epoch);
    void maxEpochChanged(int maxEpoch);

private:
    void flush();

    std::shared_ptr<BoundaryRecorder> m_recorder = std::make_shared<BoundaryRecorder>();
    QTimer* m_timer = nullptr;
    int m_epoch = -1;
    int m_maxEpoch = 0;
    std::map<std::string, std::shared_ptr<const DataSplit>> m_samples;
};

}  // namespace hyperlab::ui
