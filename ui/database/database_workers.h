#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace hyperlab {
class StudyRunner;
}

namespace hyperlab::ui {

/// "Run workers here": this machine joins a study in a database as
/// `hyperlab-cli worker --workers N` does — a PostgresStudyStorage and a
/// StudyRunner with N slots on a background thread (connecting, checking
/// the dataset and training all happen there). Its trials reach the window
/// like every other worker's, through the database (DatabaseStudySession).
/// stop() stops at once: running trials stop within a batch and go back to
/// the queue for another worker.
class DatabaseWorkers : public QObject {
    Q_OBJECT

public:
    explicit DatabaseWorkers(QObject* parent = nullptr);
    /// Stops and joins the thread (its trials go back to the queue).
    ~DatabaseWorkers() override;

    /// Starts `workers` trial slots on study `study`; false while running.
    bool start(const QString& conninfo, const QString& study, int workers);
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void runningChanged(bool running);
    /// The workers ended: why, for the status bar (translated).
    void finished(const QString& message);

private:
    void onThreadDone(const QString& message);

    std::thread m_thread;
    std::mutex m_mutex;  // m_runner, m_stopRequested: the GUI thread and the worker thread
    StudyRunner* m_runner = nullptr;
    std::atomic<bool> m_stopRequested = false;  // also read without m_mutex: stopWaiting
    bool m_running = false;
};

}  // namespace hyperlab::ui
