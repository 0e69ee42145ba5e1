#include "study/execution/boundary_recorder.h"

namespace hyperlab {

void BoundaryRecorder::onBoundary(int trial,
                                  const std::shared_ptr<const BoundarySnapshot>& snapshot) {
    std::lock_guard lock(m_mutex);
    m_histories[trial].add(snapshot);
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

void BoundaryRecorder::clear() {
    std::lock_guard lock(m_mutex);
    m_histories.clear();
    m_changed.clear();
}

std::size_t BoundaryRecorder::bytes() const {
    std::lock_guard lock(m_mutex);
    std::size_t total = 0;
    for (const auto& [trial, history] : m_histories)
        total += history.bytes();
    return total;
}

}  // namespace hyperlab
