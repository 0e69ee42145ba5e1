#include "study/execution/boundary_recorder.h"

#include <algorithm>

namespace hyperlab {

void BoundaryRecorder::onBoundary(int trial,
                                  const std::shared_ptr<const BoundarySnapshot>& snapshot) {
    std::lock_guard lock(m_mutex);
    m_histories[trial].add(snapshot);
    changedLocked(trial);
}

void BoundaryRecorder::onImagePredictions(
    int trial, const std::shared_ptr<const ImagePredictions>& predictions) {
    std::lock_guard lock(m_mutex);
    m_predictions[trial].add(predictions);
    changedLocked(trial);
}

void BoundaryRecorder::changedLocked(int trial) {
    // Under the lock, so once setNotifier({}) has returned the old notifier
    // is never called again (its receiver may be gone).
    if (m_changed.empty() && m_notifier)
        m_notifier();
    m_changed.insert(trial);
}

void BoundaryRecorder::setNotifier(std::function<void()> notifier) {
    std::lock_guard lock(m_mutex);
    m_notifier = std::move(notifier);
}

std::set<int> BoundaryRecorder::takeChanged() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_changed, {});
}

BoundaryHistory BoundaryRecorder::history(int trial) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_histories.find(trial);
    return it == m_histories.end() ? BoundaryHistory() : it->second;
}

BoundaryHistory::Snapshot BoundaryRecorder::at(int trial, int epoch) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_histories.find(trial);
    if (it == m_histories.end())
        return nullptr;
    return epoch < 0 ? it->second.latest() : it->second.at(epoch);
}

ImagePredictionHistory::Pointer BoundaryRecorder::imagePredictionsAt(int trial, int epoch) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_predictions.find(trial);
    if (it == m_predictions.end())
        return nullptr;
    return epoch < 0 ? it->second.latest() : it->second.at(epoch);
}

int BoundaryRecorder::latestEpoch(int trial) const {
    std::lock_guard lock(m_mutex);
    int epoch = 0;
    if (const auto it = m_histories.find(trial); it != m_histories.end() && !it->second.empty())
        epoch = it->second.latest()->epoch;
    if (const auto it = m_predictions.find(trial); it != m_predictions.end() && !it->second.empty())
        epoch = std::max(epoch, it->second.latest()->epoch);
    return epoch;
}

void BoundaryRecorder::clear() {
    std::lock_guard lock(m_mutex);
    m_histories.clear();
    m_predictions.clear();
    m_changed.clear();
}

std::size_t BoundaryRecorder::bytes() const {
    std::lock_guard lock(m_mutex);
    std::size_t total = 0;
    for (const auto& [trial, history] : m_histories)
        total += history.bytes();
    // Each study's images once: every trial of it shares them.
    std::set<const GalleryImages*> images;
    for (const auto& [trial, history] : m_predictions) {
        total += history.bytes();
        for (const auto& p : history.snapshots())
            if (p->images && images.insert(p->images.get()).second)
                total += p->images->bytes();
    }
    return total;
}

}  // namespace hyperlab
