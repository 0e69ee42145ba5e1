#pragma once

#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <optional>

#include <nlohmann/json.hpp>

#include "study/execution/study_observer.h"
#include "study/model/trial.h"
#include "train/run_config.h"

class QAction;
class QDockWidget;

namespace hyperlab::ui {

class BoundaryPanel;
class BoundaryStore;
class AnalysisPanel;
class DatasetPanel;
class GalleryPanel;
class LeaderboardPanel;
class LiveChartsPanel;
class ModelTrainingForm;
class SearchSetupPanel;
class StudyController;
class StudyStatus;
class ConnectDatabaseDialog;
class DatabaseStudyBar;
class DatabaseStudySession;
class DatabaseWorkers;
class RecentStudiesMenu;

/// The main window: composes the panels (Dataset, Model & Training, Search
/// setup as docks; live charts in the centre; the leaderboard below), the
/// menus and toolbar, and the status bar; it owns the StudyController and
/// routes its signals to the leaderboard and the charts. It holds no
/// training or search logic of its own.
///
/// Every run is kept: a study runs in its own directory under the studies
/// folder (study.json + journal), so it can be reopened, resumed after an
/// interruption, or saved elsewhere.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DatasetPanel* datasetPanel() const { return m_dataset; }
    ModelTrainingForm* form() const { return m_form; }
    SearchSetupPanel* searchPanel() const { return m_search; }
    LeaderboardPanel* leaderboard() const { return m_leaderboard; }
    LiveChartsPanel* charts() const { return m_charts; }
    AnalysisPanel* analysis() const { return m_analysis; }
    /// The centre's tabs: live charts, Analysis.
    class QTabWidget* centreTabs() const {
        return m_centre;
    }
    StudyController* controller() const { return m_controller; }
    // Decision boundaries (issue 11): the store, the live view and the gallery.
    BoundaryStore* boundaries() const { return m_boundaries; }
    // A study opened from a PostgreSQL database (issue 13; null when none).
    DatabaseStudySession* databaseSession() const { return m_database; }
    DatabaseStudyBar* databaseBar() const { return m_databaseBar; }
    DatabaseWorkers* databaseWorkers() const { return m_databaseWorkers; }
    BoundaryPanel* boundaryPanel() const { return m_boundaryPanel; }
    GalleryPanel* gallery() const { return m_gallery; }

    /// The config the forms describe (dataset + model + training).
    RunConfig currentConfig() const;
    /// Puts a config into the forms.
    void setCurrentConfig(const RunConfig& config);

    /// Where new studies are created (default: the application data folder).
    void setStudiesRoot(const QString& directory);
    QString studiesRoot() const { return m_studiesRoot; }
    /// Whether the user asked to restart (View > Language); main() starts
    /// the program again after this window is destroyed.
    bool restartRequested() const { return m_restartRequested; }

    /// The last error shown to the user (empty when none).
    QString lastError() const { return m_lastError; }
    /// Status bar text (tests).
    QString statusText() const;
    QStringList recentStudies() const;

public Q_SLOTS:
    /// Trains the form's config once (a one-trial manual study).
    bool runSingle();
    /// Starts the study the Search setup panel describes.
    bool startSearch();
    void togglePause();
    void stopAll();
    void stopSelectedTrial();
    /// Shows a finished or interrupted study read-only.
    bool openStudy(const QString& directory);
    /// Continues an interrupted study.
    bool resumeStudy(const QString& directory);
    /// File > Connect to database: the dialog (window-modal, not blocking);
    /// Open shows the chosen study. Returns the dialog.
    ConnectDatabaseDialog* connectToDatabase();
    /// Shows study `study` of the database `conninfo` and follows it
    /// (main_window_database.cpp); the content arrives from a background
    /// thread. False while a local study runs.
    bool openDatabaseStudy(const QString& conninfo, const QString& study);
    /// The docks as they are on a first start, sized for the window.
    void resetLayout();
    /// Tools > Find learning rate: the range test on the form's config; its
    /// suggestion goes into the form or the search setup. Returns the dialog.
    class LrFinderDialog* openLrFinder();

public:
    /// What to do when the window is closed while a study runs.
    enum class QuitAnswer { StopAndQuit, QuitWhenFinished, Cancel };
    /// Answers the question instead of the user (tests).
    void setQuitAnswer(std::optional<QuitAnswer> answer) { m_quitAnswer = answer; }

protected:
    void closeEvent(class QCloseEvent* event) override;
    void resizeEvent(class QResizeEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    /// After View > Language: explains when the change applies and offers
    /// to restart with it.
    void offerRestartForLanguage(const QString& choice, const QString& effective);
    void buildDocks();
    /// The Analysis view as the centre's second tab, wired to the
    /// leaderboard (brushing filters it, its selection is highlighted).
    void buildAnalysis();
    void connectController();
    /// The decision-boundary tab, the Gallery tab and their wiring.
    void buildBoundaryViews();
    bool startStudy(const nlohmann::json& study);
    /// Puts an opened study into the views (a directory's or a database's).
    void showLoadedStudy(const StudyDefinition& definition, const nlohmann::json& source,
                         const std::vector<TrialSnapshot>& trials);
    /// The database study's signals into the views, the title and the status.
    void connectDatabaseSession();
    /// Forgets the database study shown (its local workers stop).
    void closeDatabaseStudy();
    QString newStudyDirectory(const QString& strategy) const;
    void showError(const QString& title, const QString& message);
    void updateActions();
    void updateStatus();
    void addRecent(const QString& directory);
    void onTrialFinished(const TrialSnapshot& trial);
    void onStudyFinished(const StudySummary& summary);
    void exportBest();
    void exportCsv();
    void openConfigFile();
    void saveConfigFile();
    void saveStudyAs();
    QuitAnswer askQuitDuringStudy();
    /// The study shown: remembered, and named in the window title.
    void showStudyName(const QString& directory, const StudyDefinition& definition);
    static QString windowTitleName(const QString& directory, const StudyDefinition& definition);
    /// Where the search setup goes for this width (right, or a tab on the
    /// left below kNarrowWindow pixels).
    void arrangeDocksForWidth();
    static constexpr int kNarrowWindow = 1450;
    /// Sizes the docks as shares of the window; with onlyGrow, only docks
    /// now smaller than their share.
    void applyDefaultProportions(bool onlyGrow);
    void restoreSettings();
    void saveSettings();

    DatasetPanel* m_dataset = nullptr;
    ModelTrainingForm* m_form = nullptr;
    SearchSetupPanel* m_search = nullptr;
    LeaderboardPanel* m_leaderboard = nullptr;
    LiveChartsPanel* m_charts = nullptr;
    AnalysisPanel* m_analysis = nullptr;
    class QTabWidget* m_centre = nullptr;
    StudyController* m_controller = nullptr;
    BoundaryStore* m_boundaries = nullptr;
    BoundaryPanel* m_boundaryPanel = nullptr;
    GalleryPanel* m_gallery = nullptr;
    QList<QDockWidget*> m_docks;
    QDockWidget* m_leftDock = nullptr;  // Model and Training, tabbed with Dataset
    QDockWidget* m_searchDock = nullptr;
    QDockWidget* m_leaderboardDock = nullptr;
    QByteArray m_defaultState;
    int m_trialsAtStart = 0;
    std::optional<QuitAnswer> m_quitAnswer;
    bool m_quitWhenFinished = false;  // trials the running study held when it (re)started

    QAction* m_runAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_stopTrialAction = nullptr;
    QAction* m_openStudyAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_saveStudyAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_openConfigAction = nullptr;
    QAction* m_saveConfigAction = nullptr;
    QAction* m_connectDatabaseAction = nullptr;
    RecentStudiesMenu* m_recentMenu = nullptr;
    DatabaseStudySession* m_database = nullptr;
    DatabaseWorkers* m_databaseWorkers = nullptr;
    DatabaseStudyBar* m_databaseBar = nullptr;

    StudyStatus* m_status = nullptr;
    QString m_studiesRoot;
    QString m_shownStudy;  // directory of the study on screen (running or opened)
    QString m_lastError;
    bool m_restartRequested = false;
};

}  // namespace hyperlab::ui
