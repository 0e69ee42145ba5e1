#include "database/database_study_bar.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>

#include "common/parallel.h"
#include "database/database_study_session.h"
#include "database/database_workers.h"
#include "models/database_studies_model.h"

namespace hyperlab::ui {

DatabaseStudyBar::DatabaseStudyBar(DatabaseWorkers* workers, QWidget* parent)
    : QToolBar(tr("Database study"), parent), m_workers(workers) {
    setObjectName(QStringLiteral("databaseToolbar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_state = new QLabel;
    m_state->setContentsMargins(6, 0, 6, 0);
    addWidget(m_state);
    m_pause = addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause study"));
    m_pause->setToolTip(
        tr("Workers on every machine claim no new trial and wait; running trials "
           "go on"));
    m_resume = addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Resume study"));
    m_resume->setToolTip(tr("Workers claim trials again"));
    m_stop = addAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop study"));
    m_stop->setToolTip(tr("Workers on every machine finish their running trial and exit"));
    addSeparator();
    m_workerCount = new QSpinBox;
    m_workerCount->setRange(1, std::max(1, availableThreads()));
    m_workerCount->setPrefix(tr("Trials at a time: "));
    m_workerCount->setToolTip(tr("How many trials this machine trains at once"));
    addWidget(m_workerCount);
    m_runWorkers =
        addAction(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Run workers here"));
    m_runWorkers->setCheckable(true);
    m_runWorkers->setToolTip(
        tr("This machine joins the study as hyperlab-cli worker does; "
           "uncheck to stop its trials at once (they go back to the queue)"));

    auto setState = [this](PgStudyState state) {
        if (m_session)
            m_session->setState(state);
    };
    connect(m_pause, &QAction::triggered, this, [setState] { setState(PgStudyState::Paused); });
    connect(m_resume, &QAction::triggered, this, [setState] { setState(PgStudyState::Running); });
    connect(m_stop, &QAction::triggered, this, [this, setState] {
        setState(PgStudyState::Stopped);
        m_workers->stop();  // this machine's trials stop now, not at their end
    });
    connect(m_runWorkers, &QAction::triggered, this, [this](bool run) {
        if (!run)
            m_workers->stop();
        else if (m_session && m_session->isOpen())
            m_workers->start(m_session->conninfo(), m_session->studyName(), m_workerCount->value());
        update();
    });
    connect(m_workers, &DatabaseWorkers::runningChanged, this, &DatabaseStudyBar::update);
    update();
}

void DatabaseStudyBar::setSession(DatabaseStudySession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DatabaseStudySession::stateChanged, this, &DatabaseStudyBar::update);
        connect(m_session, &DatabaseStudySession::opened, this, &DatabaseStudyBar::update);
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            update();
        });
    }
    update();
}

QString DatabaseStudyBar::stateText() const {
    return m_state->text();
}

void DatabaseStudyBar::update() {
    const bool open = m_session && m_session->isOpen();
    const PgStudyState state = open ? m_session->state() : PgStudyState::Running;
    m_state->setText(
        open ? tr("Study: %1").arg(DatabaseStudiesModel::stateText(pgStudyStateName(state)))
             : tr("Study: not connected"));
    m_pause->setEnabled(open && state == PgStudyState::Running);
    m_resume->setEnabled(open && state != PgStudyState::Running);
    m_stop->setEnabled(open && state != PgStudyState::Stopped);
    const bool running = m_workers->isRunning();
    m_runWorkers->setChecked(running);
    m_runWorkers->setEnabled(open || running);
    m_workerCount->setEnabled(!running);
}

}  // namespace hyperlab::ui
