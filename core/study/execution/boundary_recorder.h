#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "study/execution/study_observer.h"
#include "train/boundary_history.h"
#include "train/image_predictions.h"

namespace hyperlab {

/// Keeps every trial's gallery snapshots as they arrive from the worker
/// threads, for a GUI to read at its own pace: decision boundaries of 2-D
/// studies (a BoundaryHistory each) and image predictions of image studies
/// (an ImagePredictionHistory each), so memory stays within trials x those
/// histories' bounds.
///
/// Thread-safe. A writer only appends under the mutex and, when nothing was
/// pending, calls the notifier (which must only post, never block or draw);
/// readers copy the few shared pointers they need.
class BoundaryRecorder : public StudyObserver {
public:
    void onBoundary(int trial, const std::shared_ptr<const BoundarySnapshot>& snapshot) override;
    bool wantsBoundaries() const override { return true; }
    void onImagePredictions(int trial,
                            const std::shared_ptr<const ImagePredictions>& predictions) override;
    bool wantsImagePredictions() const override { return true; }

    /// Called on a worker thread when a snapshot (of either kind) arrives and no change was
    /// pending since the last takeChanged(), under the recorder's lock (so
    /// it must not call back into the recorder).
    void setNotifier(std::function<void()> notifier);

    /// Trials whose history changed since the last call (and clears them).
    std::set<int> takeChanged();
    /// A copy of one trial's history (empty when it has none).
    BoundaryHistory history(int trial) const;
    /// The snapshot of `trial` to show at `epoch` (see BoundaryHistory::at);
    /// epoch < 0 means the latest. Null when the trial has none.
    BoundaryHistory::Snapshot at(int trial, int epoch = -1) const;
    /// The image predictions of `trial` at `epoch`, as at().
    ImagePredictionHistory::Pointer imagePredictionsAt(int trial, int epoch = -1) const;
    /// The last epoch of which `trial` has a snapshot of either kind; 0 when none.
    int latestEpoch(int trial) const;
    /// Forgets everything (a new study).
    void clear();
    /// Bytes held by all snapshots.
    std::size_t bytes() const;

private:
    void changedLocked(int trial);

    mutable std::mutex m_mutex;
    std::map<int, BoundaryHistory> m_histories;
    std::map<int, ImagePredictionHistory> m_predictions;
    std::set<int> m_changed;
    std::function<void()> m_notifier;
};

}  // namespace hyperlab
