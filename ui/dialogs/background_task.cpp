#include "dialogs/background_task.h"

#include <QMetaObject>

#include "common/thread_handoff.h"

namespace hyperlab::ui {

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask() {
    // Join before QObject's destructor: afterwards no worker can post to us,
    // and ~QObject discards what it already posted.
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

void BackgroundTask::cancel() {
    if (!m_running)
        return;
    m_thread.request_stop();
    ++m_generation;  // results of the cancelled run are ignored
    m_running = false;
    Q_EMIT cancelled();
}

void BackgroundTask::launch(std::function<void(std::stop_token, const Post&)> work) {
    cancel();
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();  // stops within one batch
    }
    m_running = true;
    const int generation = ++m_generation;
    // Every post goes through here so stale runs never reach the signals.
    Post post = [this, generation](std::function<void()> function) {
        // handedOver: the hand-off through Qt's event queue, for TSan (see
        // common/thread_handoff.h).
        QMetaObject::invokeMethod(this, handedOver([this, generation, function] {
                                      if (generation == m_generation)
                                          function();
                                  }),
                                  Qt::QueuedConnection);
    };
    m_thread =
        std::jthread([work = std::move(work), post](std::stop_token stop) { work(stop, post); });
}

}  // namespace hyperlab::ui
