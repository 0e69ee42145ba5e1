#include "train/boundary_history.h"

#include <algorithm>

namespace hyperlab {

BoundaryHistory::BoundaryHistory(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 2)) {}

void BoundaryHistory::add(Snapshot snapshot) {
    if (!snapshot)
        return;
    m_snapshots.push_back(std::move(snapshot));
    if (m_snapshots.size() <= m_capacity)
        return;
    std::size_t drop = 1;
    int narrowest = m_snapshots[2]->epoch - m_snapshots[0]->epoch;
    for (std::size_t i = 2; i + 1 < m_snapshots.size(); ++i) {
        const int gap = m_snapshots[i + 1]->epoch - m_snapshots[i - 1]->epoch;
        if (gap < narrowest) {
            narrowest = gap;
            drop = i;
        }
    }
    m_snapshots.erase(m_snapshots.begin() + std::ptrdiff_t(drop));
}

BoundaryHistory::Snapshot BoundaryHistory::at(int epoch) const {
    if (m_snapshots.empty())
        return nullptr;
    const auto after = std::upper_bound(m_snapshots.begin(), m_snapshots.end(), epoch,
                                        [](int e, const Snapshot& s) { return e < s->epoch; });
    return after == m_snapshots.begin() ? m_snapshots.front() : *(after - 1);
}

std::size_t BoundaryHistory::bytes() const {
    std::size_t total = 0;
    for (const Snapshot& s : m_snapshots)
        total += s->bytes();
    return total;
}

}  // namespace hyperlab
