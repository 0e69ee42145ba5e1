#include "interrupt_watcher.h"

#include <chrono>

#include "commands.h"

namespace hyperlab::cli {

std::jthread cancelOnInterrupt(StudyRunner& runner, std::function<bool()> alsoWhen) {
    return std::jthread([&runner, alsoWhen = std::move(alsoWhen)](std::stop_token stop) {
        while (!stop.stop_requested()) {
            if (interruptRequested() || (alsoWhen && alsoWhen())) {
                runner.cancel();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
}

}  // namespace hyperlab::cli
