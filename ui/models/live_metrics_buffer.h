#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

#include "train/training_result.h"

namespace hyperlab::ui {

/// The hand-over point between training threads and the GUI (PlotJuggler's
/// streamer buffer): producers append under a mutex and, only when the buffer
/// goes from empty to non-empty, call the notifier, which posts one cheap
/// queued event. The GUI drains everything in one take() per repaint, so a
/// burst of a thousand epochs costs one notification and one chart update.
class LiveMetricsBuffer {
public:
    /// One finished epoch of one repeat (seed) of a trial.
    struct Epoch {
        int trial = 0;
        int repeat = 0;
        EpochMetrics metrics;
    };
    /// Everything that arrived since the last take().
    struct Pending {
        std::vector<Epoch> epochs;             ///< in arrival order
        std::map<int, BatchProgress> batches;  ///< latest batch progress per trial
        bool empty() const { return epochs.empty() && batches.empty(); }
    };

    /// Called on the producer's thread when data arrives in an empty buffer.
    /// Must be thread-safe and must not block (post an event, don't draw).
    void setNotifier(std::function<void()> notifier);

    /// Thread-safe.
    void pushEpoch(int trial, int repeat, const EpochMetrics& metrics);
    /// Thread-safe; only the latest progress of each trial is kept.
    void pushBatch(int trial, const BatchProgress& progress);
    /// Takes and clears the pending data (GUI thread).
    Pending take();
    bool empty() const;

private:
    void notifyIfFirst(bool wasEmpty);

    mutable std::mutex m_mutex;
    Pending m_pending;
    std::function<void()> m_notifier;
};

}  // namespace hyperlab::ui
