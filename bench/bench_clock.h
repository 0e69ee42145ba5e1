#pragma once

// The wall clock the benchmarks time with.

#include <chrono>

namespace hyperlab::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace hyperlab::bench
