#include "database/database_workers.h"

#include <QMetaObject>

#include "common/thread_handoff.h"
#include "i18n/core_message.h"
#include "study/execution/dataset_fingerprint.h"
#include "study/execution/study_runner.h"
#include "study/storage/postgres/pg_worker_id.h"
#include "study/storage/postgres/postgres_study_storage.h"

namespace hyperlab::ui {

DatabaseWorkers::DatabaseWorkers(QObject* parent) : QObject(parent) {}

DatabaseWorkers::~DatabaseWorkers() {
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

bool DatabaseWorkers::start(const QString& conninfo, const QString& study, int workers) {
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();  // ended already (onThreadDone is on its way)
    m_stopRequested = false;
    m_running = true;
    Q_EMIT runningChanged(true);
    m_thread =
        std::thread([this, info = conninfo.toStdString(), name = study.toStdString(), workers] {
            QString message;
            try {
                PgWorkerSettings settings;
                settings.workerId = localPgWorkerId();
                // Stop and quitting end a wait for a lost connection at once
                // (the trial goes back to the queue): the window's destructor
                // joins this thread, so it must never wait out the reconnect
                // timeout.
                settings.stopWaiting = [this] { return m_stopRequested.load(); };
                PostgresStudyStorage storage(info, name, settings);
                // As `hyperlab-cli worker`: trials trained on other data would
                // mix into one leaderboard.
                const std::string local = studyDatasetFingerprint(storage.study().definition());
                if (local != storage.record().datasetFingerprint)
                    throw std::runtime_error(
                        tr("this machine's dataset differs from the one the study was created with "
                           "(here: %1, study: %2)")
                            .arg(QString::fromStdString(local),
                                 QString::fromStdString(storage.record().datasetFingerprint))
                            .toStdString());
                StudyRunner runner(storage.study(), storage);
                runner.setWorkers(workers);
                runner.setBackgroundPriority(true);  // the window stays responsive
                // stop() reaches the runner only while it exists.
                struct Published {
                    DatabaseWorkers* owner;
                    ~Published() {
                        std::lock_guard lock(owner->m_mutex);
                        owner->m_runner = nullptr;
                    }
                };
                {
                    std::lock_guard lock(m_mutex);
                    if (m_stopRequested)
                        runner.cancel();
                    m_runner = &runner;
                }
                StudySummary summary;
                {
                    const Published published{this};
                    summary = runner.run();
                }
                if (summary.reason == "error")
                    message = tr("The workers on this machine stopped with an error: %1")
                                  .arg(translateReason(summary.errorProblem, summary.error));
                else if (storage.stoppedByStudy())
                    message = tr("The study was stopped; the workers on this machine ended.");
                else if (summary.reason == "cancelled")
                    message =
                        tr("The workers on this machine stopped; their running trials went "
                           "back to the queue.");
                else
                    message = tr("The workers on this machine ended: the study has no trial left.");
            } catch (const std::exception& e) {
                message =
                    tr("The workers on this machine could not start: %1").arg(translateError(e));
            }
            QMetaObject::invokeMethod(this, handedOver([this, message] { onThreadDone(message); }),
                                      Qt::QueuedConnection);
        });
    return true;
}

void DatabaseWorkers::stop() {
    std::lock_guard lock(m_mutex);
    m_stopRequested = true;
    if (m_runner)
        m_runner->cancel();
}

void DatabaseWorkers::onThreadDone(const QString& message) {
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(message);
}

}  // namespace hyperlab::ui
