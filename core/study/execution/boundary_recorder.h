#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "study/execution/study_observer.h"
#include "train/boundary_history.h"

namespace hyperlab {

/// Keeps every trial's decision-boundary snapshots (a BoundaryHistory each,
/// so memory stays within trials x BoundaryHistory's bound) as they arrive
/// from the worker threads, for a GUI to read at its own pace.
///
/// Thread-safe. A writer only appends under the mutex and, when nothing was
/// pending, calls the notifier (which must only post, never block or draw);
/// readers copy the few shared pointers they need.
class BoundaryRecorder : public StudyObserver {
public:
    void onBoundary(int trial, const std::shared_ptr<const BoundarySnapshot>& snapshot) override;
    bool wantsBoundaries() const override { return true; }

    /// Called on a worker thread when a snapshot arrives and no change was
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
    /// Forgets everything (a new study).
    void clear();
    /// Bytes held by all snapshots.
    std::size_t bytes() const;

private:
    mutable std::mutex m_mutex;
    std::map<int, BoundaryHistory> m_histories;
    std::set<int> m_changed;
    std::function<void()> m_notifier;
};

}  // namespace hyperlab
