#include "models/live_metrics_buffer.h"

namespace hyperlab::ui {

void LiveMetricsBuffer::setNotifier(std::function<void()> notifier) {
    std::lock_guard lock(m_mutex);
    m_notifier = std::move(notifier);
}

void LiveMetricsBuffer::pushEpoch(int trial, int repeat, const EpochMetrics& metrics) {
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_mutex);
        wasEmpty = m_pending.empty();
        m_pending.epochs.push_back({trial, repeat, metrics});
    }
    notifyIfFirst(wasEmpty);
}

void LiveMetricsBuffer::pushBatch(int trial, const BatchProgress& progress) {
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_mutex);
        wasEmpty = m_pending.empty();
        m_pending.batches[trial] = progress;
    }
    notifyIfFirst(wasEmpty);
}

LiveMetricsBuffer::Pending LiveMetricsBuffer::take() {
    std::lock_guard lock(m_mutex);
    Pending out = std::move(m_pending);
    m_pending = Pending{};
    return out;
}

bool LiveMetricsBuffer::empty() const {
    std::lock_guard lock(m_mutex);
    return m_pending.empty();
}

void LiveMetricsBuffer::notifyIfFirst(bool wasEmpty) {
    if (!wasEmpty)
        return;  // a notification is already on its way; the GUI will take this too
    std::function<void()> notifier;
    {
        std::lock_guard lock(m_mutex);
        notifier = m_notifier;
    }
    if (notifier)
        notifier();
}

}  // namespace hyperlab::ui
