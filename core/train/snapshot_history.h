#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace hyperlab {

/// The per-epoch snapshots of one run (decision boundaries, image
/// predictions: any `Snapshot` with an `int epoch` and a `bytes()`), one per
/// epoch until `capacity`, then thinned: every new snapshot is kept (the
/// newest is always there) and, when that makes one too many, the inner
/// snapshot whose neighbours are closest together goes (the earliest of
/// equals), so the first epoch and the latest always stay and the kept
/// epochs stay spread evenly over the run. Not thread-safe (one writer; see
/// BoundaryRecorder for sharing).
///
/// A template rather than an interface: the thinning is the same for every
/// kind of snapshot and nobody picks the kind at run time.
template <typename Snapshot>
class SnapshotHistory {
public:
    using Pointer = std::shared_ptr<const Snapshot>;

    explicit SnapshotHistory(std::size_t capacity)
        : m_capacity(std::max<std::size_t>(capacity, 2)) {}

    /// Adds the snapshot of a later epoch than the last one added.
    void add(Pointer snapshot) {
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
    /// Kept snapshots, in epoch order.
    const std::vector<Pointer>& snapshots() const { return m_snapshots; }
    bool empty() const { return m_snapshots.empty(); }
    Pointer latest() const { return empty() ? nullptr : m_snapshots.back(); }
    /// The snapshot to show at `epoch`: the last kept one at or before it,
    /// the first when `epoch` comes before all of them; null when empty.
    Pointer at(int epoch) const {
        if (m_snapshots.empty())
            return nullptr;
        const auto after = std::upper_bound(m_snapshots.begin(), m_snapshots.end(), epoch,
                                            [](int e, const Pointer& s) { return e < s->epoch; });
        return after == m_snapshots.begin() ? m_snapshots.front() : *(after - 1);
    }
    /// Bytes held by the kept snapshots (shared parts counted in each).
    std::size_t bytes() const {
        std::size_t total = 0;
        for (const Pointer& s : m_snapshots)
            total += s->bytes();
        return total;
    }
    std::size_t capacity() const { return m_capacity; }

private:
    std::size_t m_capacity;
    std::vector<Pointer> m_snapshots;
};

}  // namespace hyperlab
