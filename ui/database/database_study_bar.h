#pragma once

#include <QToolBar>

#include "study/storage/postgres/pg_study_state.h"

class QAction;
class QLabel;
class QSpinBox;

namespace hyperlab::ui {

class DatabaseStudySession;
class DatabaseWorkers;

/// The toolbar of a study opened from a database: its state (running,
/// paused, stopped) with Pause / Resume / Stop, which every worker obeys
/// before its next claim, and "Run workers here" with how many trials this
/// machine runs at a time. It only adapts the session and the local
/// workers; both do the work off the GUI thread.
class DatabaseStudyBar : public QToolBar {
    Q_OBJECT

public:
    DatabaseStudyBar(DatabaseWorkers* workers, QWidget* parent = nullptr);

    /// The study the buttons act on (null: none open, the bar is disabled).
    void setSession(DatabaseStudySession* session);

    QAction* pauseAction() const { return m_pause; }
    QAction* resumeAction() const { return m_resume; }
    QAction* stopAction() const { return m_stop; }
    QAction* runWorkersAction() const { return m_runWorkers; }
    QSpinBox* workerCount() const { return m_workerCount; }
    QString stateText() const;

private:
    void update();

    DatabaseWorkers* m_workers;
    DatabaseStudySession* m_session = nullptr;
    QLabel* m_state = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_stop = nullptr;
    QSpinBox* m_workerCount = nullptr;
    QAction* m_runWorkers = nullptr;
};

}  // namespace hyperlab::ui
