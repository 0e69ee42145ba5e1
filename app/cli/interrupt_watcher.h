#pragma once

#include <functional>
#include <thread>

#include "study/execution/study_runner.h"

namespace hyperlab::cli {

/// Ctrl-C / SIGTERM while a study runs, or `alsoWhen` (optional) turning
/// true: cancels `runner` (running trials end within a batch). Watches until
/// the returned thread is destroyed or stopped; installInterruptHandler()
/// must have run. `alsoWhen` is polled on the watcher's thread, so it may
/// be set from a thread that must not call into the runner.
std::jthread cancelOnInterrupt(StudyRunner& runner, std::function<bool()> alsoWhen = {});

}  // namespace hyperlab::cli
