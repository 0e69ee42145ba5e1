#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace hyperlab::ui {

/// Measures how long the GUI thread's event loop is kept from running: a
/// precise timer ticks every `intervalMs` and the meter keeps the longest gap
/// between two ticks. A gap much longer than the interval is a stall the user
/// feels (the target for HyperLab is under 50 ms while trials train). Used by
/// the responsiveness test and its benchmark (bench/gui).
class EventLoopStallMeter : public QObject {
    Q_OBJECT

public:
    explicit EventLoopStallMeter(int intervalMs = 5, QObject* parent = nullptr);

    /// Starts (or restarts) measuring from now.
    void start();
    void stop();

    /// The longest gap between ticks since start(), in milliseconds.
    double maxGapMs() const { return double(m_maxGap) / 1e6; }
    qint64 ticks() const { return m_ticks; }
    double seconds() const { return double(m_clock.nsecsElapsed() - m_started) / 1e9; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_started = 0;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    qint64 m_ticks = 0;
};

}  // namespace hyperlab::ui
