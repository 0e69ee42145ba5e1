#pragma once

#include <thread>

#include "study/execution/study_runner.h"

namespace hyperlab::cli {

/// Ctrl-C / SIGTERM while a study runs: cancels `runner` (running trials end
/// within a batch). Watches until the returned thread is destroyed or
/// stopped; installInterruptHandler() must have run.
std::jthread cancelOnInterrupt(StudyRunner& runner);

}  // namespace hyperlab::cli
