#pragma once

#include <QtGlobal>

/// How many times longer than in a release build the tests may take: set by
/// tests/CMakeLists.txt (HYPERLAB_TEST_TIME_SCALE) for sanitizer builds, 1
/// otherwise. Multiply time limits by it (waits, and bounds that measure
/// speed, which instrumentation slows), never the work a test does.
inline int testTimeScale() {
    const int scale = qEnvironmentVariableIntValue("HYPERLAB_TEST_TIME_SCALE");
    return scale > 0 ? scale : 1;
}
