#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

/// Runs the event loop until `done` or `seconds` pass; false on time-out.
/// Shared by the GUI benchmarks.
template <typename Done>
bool waitUntil(Done done, double seconds) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > seconds * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}
