// MainWindow's part for a study opened from a PostgreSQL database (issue 13):
// the dialog, and the session's signals into the same views a directory
// study or a running local study fills.
#include <QStatusBar>

#include "database/database_study_bar.h"
#include "database/database_study_session.h"
#include "database/database_workers.h"
#include "dialogs/connect_database_dialog.h"
#include "dialogs/message_boxes.h"
#include "main_window.h"
#include "models/database_studies_model.h"
#include "panels/analysis_panel.h"
#include "panels/gallery_panel.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "study_controller.h"
#include "widgets/study_status.h"

namespace hyperlab::ui {

ConnectDatabaseDialog* MainWindow::connectToDatabase() {
    auto* dialog = new ConnectDatabaseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openDatabaseStudy(dialog->conninfo(), dialog->selectedStudy()); });
    if (messageBoxesEnabled())
        dialog->open();
    return dialog;
}

bool MainWindow::openDatabaseStudy(const QString& conninfo, const QString& study) {
    if (m_controller->isRunning()) {
        showError(tr("A study is running"), tr("Stop it before opening another one."));
        return false;
    }
    closeDatabaseStudy();
    m_database = new DatabaseStudySession(conninfo, study, this);
    connectDatabaseSession();
    m_databaseBar->setSession(m_database);
    m_databaseBar->show();
    m_status->setNote(tr("Connecting to %1…").arg(m_database->displayName()));
    return true;
}

void MainWindow::closeDatabaseStudy() {
    if (!m_database)
        return;
    m_databaseWorkers->stop();
    m_databaseBar->setSession(nullptr);
    m_databaseBar->hide();
    // A poll under way finds its receiver gone and delivers nothing.
    delete m_database;
    m_database = nullptr;
    m_status->setOpenedStudy({}, {}, 0);
    setWindowTitle(tr("HyperLab"));
}

void MainWindow::connectDatabaseSession() {
    DatabaseStudySession* session = m_database;
    auto showCounts = [this, session] {
        if (const StudyDefinition* d = session->definition())
            m_status->setOpenedStudy(session->displayName(), session->counts(), d->trials);
    };
    connect(
        session, &DatabaseStudySession::opened, this,
        [this, session, showCounts](const StudyDefinition& definition, const nlohmann::json& source,
                                    const std::vector<TrialSnapshot>& trials) {
            m_shownStudy.clear();  // no directory: Resume and Save as are for those
            showLoadedStudy(definition, source, trials);
            // Trials other workers are running now: the curves follow them
            // live, as they follow the trials a local study starts.
            for (const TrialSnapshot& t : trials)
                if (t->state == TrialState::Running)
                    m_charts->onTrialStarted(t);
            setWindowTitle(tr("%1 – HyperLab").arg(session->displayName()));
            m_status->setNote({});
            showCounts();
            m_lastError.clear();
            updateActions();
        });
    connect(session, &DatabaseStudySession::openFailed, this, [this](const QString& message) {
        showError(tr("Cannot open the study"), message);
        closeDatabaseStudy();
    });
    connect(session, &DatabaseStudySession::trialStarted, this, [this](const TrialSnapshot& t) {
        m_leaderboard->upsertTrial(t);
        m_charts->onTrialStarted(t);
    });
    connect(session, &DatabaseStudySession::trialChanged, m_leaderboard,
            &LeaderboardPanel::upsertTrial);
    connect(session, &DatabaseStudySession::epochFinished, this,
            [this](int trial, const EpochMetrics& metrics) {
                m_leaderboard->appendEpoch(trial, metrics);
                m_charts->appendEpoch(trial, metrics);
            });
    connect(session, &DatabaseStudySession::trialFinished, this, [this](const TrialSnapshot& t) {
        onTrialFinished(t);  // leaderboard, curves, search history, status
        m_analysis->onTrialFinished(t);
        m_gallery->upsertTrial(t);
    });
    connect(session, &DatabaseStudySession::polled, this, showCounts);
    connect(session, &DatabaseStudySession::stateChanged, this, [this](PgStudyState state) {
        m_status->setNote(state == PgStudyState::Running
                              ? QString()
                              : tr("The study is %1.")
                                    .arg(DatabaseStudiesModel::stateText(pgStudyStateName(state))));
    });
    connect(session, &DatabaseStudySession::pollFailed, this, [this](const QString& message) {
        m_lastError = message;
        m_status->setNote(message);
    });
    connect(session, &DatabaseStudySession::pollSucceeded, this, [this] {
        m_lastError.clear();
        m_status->setNote({});
    });
}

}  // namespace hyperlab::ui
