#pragma once

#include <atomic>
#include <functional>
#include <stop_token>
#include <thread>

#include <QObject>

namespace hyperlab::ui {

/// One piece of long work on its own thread, for a dialog: start again
/// replaces the run, cancel() returns at once, and the destructor stops and
/// joins the worker so the dialog may close mid-run. What the worker posts
/// runs on the GUI thread, and only while its run is still the current one.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void cancelled();

protected:
    /// Runs `function` on the GUI thread unless the run was replaced or cancelled.
    using Post = std::function<void(std::function<void()>)>;
    /// Stops the previous run (within one batch) and runs `work` on a new thread.
    void launch(std::function<void(std::stop_token, const Post&)> work);
    /// The run ended (call from a posted function, before emitting its result).
    void markDone() { m_running = false; }

private:
    std::jthread m_thread;
    std::atomic<bool> m_running{false};
    int m_generation = 0;
};

}  // namespace hyperlab::ui
