#pragma once

#include <oneapi/tbb/task_arena.h>

#include <memory>

namespace hyperlab {

/// Lowers the scheduling priority of every thread that works in `arena`
/// (Linux nice value raised to at least `nice`) while the returned object
/// lives. For the desktop app: trials train on every core, and a thread
/// the GUI waits for (its own, or the threads Qt's raster engine splits a
/// large drawImage over) must not queue behind them. Training speed is
/// unchanged on an otherwise idle machine; only who runs first under
/// contention changes. An unprivileged process cannot raise a priority
/// again, so threads keep the lower one: oneTBB's workers only ever run
/// background work in the app. Does nothing on other systems.
std::shared_ptr<void> lowerPriorityIn(tbb::task_arena& arena, int nice = 10);

}  // namespace hyperlab
