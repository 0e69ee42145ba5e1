#include "event_loop_stall_meter.h"

#include <algorithm>

namespace hyperlab::ui {

EventLoopStallMeter::EventLoopStallMeter(int intervalMs, QObject* parent) : QObject(parent) {
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopStallMeter::tick);
    m_clock.start();
}

void EventLoopStallMeter::start() {
    m_started = m_last = m_clock.nsecsElapsed();
    m_maxGap = 0;
    m_ticks = 0;
    m_timer.start();
}

void EventLoopStallMeter::stop() {
    m_timer.stop();
}

void EventLoopStallMeter::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGap = std::max(m_maxGap, now - m_last);
    m_last = now;
    ++m_ticks;
}

}  // namespace hyperlab::ui
