#pragma once

#include <cstddef>

#include "train/decision_boundary.h"
#include "train/snapshot_history.h"

namespace hyperlab {

/// How many boundary snapshots a trial keeps. 24 frames replay a run
/// smoothly enough to see the boundary form; with 4096 cells and k classes
/// a trial holds at most 24 x 4096 x k bytes (192 KiB for two classes,
/// 288 KiB for three).
inline constexpr std::size_t kBoundaryHistoryCapacity = 24;

/// The boundary snapshots of one run, thinned as SnapshotHistory describes.
class BoundaryHistory : public SnapshotHistory<BoundarySnapshot> {
public:
    using Snapshot = Pointer;
    explicit BoundaryHistory(std::size_t capacity = kBoundaryHistoryCapacity)
        : SnapshotHistory(capacity) {}
};

}  // namespace hyperlab
