#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "train/decision_boundary.h"

namespace hyperlab {

/// How many boundary snapshots a trial keeps. 24 frames replay a run
/// smoothly enough to see the boundary form; with 4096 cells and k classes
/// a trial holds at most 24 x 4096 x k bytes (192 KiB for two classes,
/// 288 KiB for three).
inline constexpr std::size_t kBoundaryHistoryCapacity = 24;

/// The boundary snapshots of one run, one per epoch until `capacity`, then
/// thinned: every new snapshot is kept (the newest is always there) and,
/// when that makes one too many, the inner snapshot whose neighbours are
/// closest together goes (the earliest of equals), so the first epoch and
/// the latest always stay and the kept epochs stay spread evenly over the
/// run. Not thread-safe (one writer; see BoundaryRecorder for sharing).
class BoundaryHistory {
public:
    using Snapshot = std::shared_ptr<const BoundarySnapshot>;

    explicit BoundaryHistory(std::size_t capacity = kBoundaryHistoryCapacity);

    /// Adds the snapshot of a later epoch than the last one added.
    void add(Snapshot snapshot);
    /// Kept snapshots, in epoch order.
    const std::vector<Snapshot>& snapshots() const { return m_snapshots; }
    bool empty() const { return m_snapshots.empty(); }
    Snapshot latest() const { return empty() ? nullptr : m_snapshots.back(); }
    /// The snapshot to show at `epoch`: the last kept one at or before it,
    /// the first when `epoch` comes before all of them; null when empty.
    Snapshot at(int epoch) const;
    /// Bytes held by the kept snapshots.
    std::size_t bytes() const;
    std::size_t capacity() const { return m_capacity; }

private:
    std::size_t m_capacity;
    std::vector<Snapshot> m_snapshots;
};

}  // namespace hyperlab
