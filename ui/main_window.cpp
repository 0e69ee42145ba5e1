#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUrl>

#include <algorithm>

#include "charts/trial_curves_chart.h"
#include "common/errors.h"
#include "data/dataset_factory.h"
#include "database/database_study_bar.h"
#include "database/database_workers.h"
#include "dialogs/lr_finder_dialog.h"
#include "dialogs/message_boxes.h"
#include "help/help_window.h"
#include "i18n/core_message.h"
#include "i18n/language.h"
#include "io/config_json.h"
#include "io/json_input.h"
#include "models/boundary_store.h"
#include "models/leaderboard_filter_proxy.h"
#include "models/trial_labels.h"
#include "panels/analysis_panel.h"
#include "panels/boundary_panel.h"
#include "panels/dataset_panel.h"
#include "panels/gallery_panel.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "panels/model_training_form.h"
#include "panels/search_setup_panel.h"
#include "study/storage/study_directory.h"
#include "study/storage/study_export.h"
#include "study_controller.h"
#include "train/default_config.h"
#include "widgets/language_menu.h"
#include "widgets/recent_studies_menu.h"
#include "widgets/study_status.h"

namespace hyperlab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("HyperLab"));
    setObjectName(QStringLiteral("MainWindow"));
    m_studiesRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                    QStringLiteral("/studies");
    m_controller = new StudyController(this);
    m_charts = new LiveChartsPanel;
    buildDocks();
    buildAnalysis();
    buildActions();
    buildMenus();
    connectController();
    buildBoundaryViews();

    m_status = new StudyStatus(m_controller);
    statusBar()->addWidget(m_status, 1);

    // First start: the spiral and a small MLP that learns it in seconds.
    setCurrentConfig(defaultRunConfig());
    m_defaultState = saveState();
    // First start: as large as suits the screen, docks arranged for it.
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        resize(std::min(1500, available.width()), std::min(950, available.height()));
    }
    arrangeDocksForWidth();
    applyDefaultProportions(false);
    restoreSettings();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() {
    // The controller stops and joins its worker thread first: batch progress
    // reaches the charts panel directly from that thread.
    delete m_controller;
}

void MainWindow::buildDocks() {
    m_dataset = new DatasetPanel;
    m_form = new ModelTrainingForm;
    m_search = new SearchSetupPanel;
    m_leaderboard = new LeaderboardPanel;
    auto dock = [this](QWidget* content, const QString& title, const QString& name,
                       Qt::DockWidgetArea area, bool scroll) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);  // saveState/restoreState key
        if (scroll) {
            auto* area = new QScrollArea;
            area->setWidget(content);
            area->setWidgetResizable(true);
            area->setFrameShape(QFrame::NoFrame);
            d->setWidget(area);
        } else {
            d->setWidget(content);
        }
        addDockWidget(area, d);
        m_docks << d;
        return d;
    };
    QDockWidget* data =
        dock(m_dataset, tr("Dataset"), QStringLiteral("datasetDock"), Qt::LeftDockWidgetArea, true);
    QDockWidget* model = dock(m_form, tr("Model and Training"), QStringLiteral("modelDock"),
                              Qt::LeftDockWidgetArea, false);
    // The search setup scrolls, so the window fits a 1280x720 screen.
    m_searchDock =
        dock(m_search, tr("Search"), QStringLiteral("searchDock"), Qt::RightDockWidgetArea, true);
    m_leaderboardDock = dock(m_leaderboard, tr("Leaderboard"), QStringLiteral("leaderboardDock"),
                             Qt::BottomDockWidgetArea, false);
    m_leftDock = model;
    tabifyDockWidget(data, model);
    model->raise();
    resize(1500, 950);

    connect(m_dataset, &DatasetPanel::configChanged, this, [this] {
        m_form->setDatasetConfig(m_dataset->config());
        m_search->setBaseConfig(currentConfig());
    });
    connect(m_dataset, &DatasetPanel::previewChanged, this, [this] {
        std::optional<ModelTrainingForm::InputInfo> info;
        if (const auto data = m_dataset->previewDataset())
            info = ModelTrainingForm::InputInfo{data->inputShape, data->task, data->classCount()};
        m_form->setInputInfo(info);
    });
    connect(m_form, &ModelTrainingForm::configChanged, this,
            [this] { m_search->setBaseConfig(currentConfig()); });
    connect(m_form, &ModelTrainingForm::validityChanged, this, &MainWindow::updateActions);
    connect(m_search, &SearchSetupPanel::changed, this, &MainWindow::updateActions);
    connect(m_leaderboard, &LeaderboardPanel::selectionChanged, this, [this](const QList<int>& t) {
        m_charts->showTrials(t);
        updateActions();
    });
    connect(m_leaderboard, &LeaderboardPanel::copyConfigRequested, this,
            [this](const RunConfig& c) { setCurrentConfig(c); });
    connect(m_leaderboard, &LeaderboardPanel::rerunRequested, this, [this](const TrialSnapshot& t) {
        if (t && t->config.is_object())
            startStudy(m_search->singleRunJson(t->config));
    });
}

void MainWindow::buildAnalysis() {
    m_analysis = new AnalysisPanel;
    m_centre = new QTabWidget;
    m_centre->setDocumentMode(true);
    m_centre->addTab(m_charts, tr("Training"));
    m_centre->addTab(m_analysis, tr("Analysis"));
    m_centre->setTabToolTip(1, tr("Which hyperparameters mattered and where the good region is"));
    setCentralWidget(m_centre);
    connect(m_analysis, &AnalysisPanel::brushChanged, this,
            [this](const std::optional<QSet<int>>& trials) {
                m_leaderboard->proxy()->setTrialFilter(trials);
            });
    connect(m_analysis, &AnalysisPanel::trialClicked, m_leaderboard,
            &LeaderboardPanel::selectTrial);
    connect(m_leaderboard, &LeaderboardPanel::selectionChanged, m_analysis,
            [this](const QList<int>& t) {
                m_analysis->setHighlightedTrial(t.isEmpty() ? -1 : t.front());
            });
    connect(m_controller, &StudyController::studyStarted, m_analysis,
            [this](const StudyDefinition& definition, const std::vector<TrialSnapshot>& existing) {
                m_analysis->setStudy(definition);
                m_analysis->setTrials(existing);
            });
    connect(m_controller, &StudyController::trialFinished, m_analysis,
            &AnalysisPanel::onTrialFinished);
}

void MainWindow::buildActions() {
    m_runAction = new QAction(tr("&Run"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(tr("Train the form's config once (Ctrl+R)"));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runSingle);

    m_searchAction = new QAction(tr("Start &search"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_searchAction->setToolTip(tr("Start the study set up in the Search panel (Ctrl+Shift+R)"));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::startSearch);

    m_pauseAction = new QAction(tr("&Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("No new trial starts while paused; running ones go on"));
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::togglePause);

    m_stopAction = new QAction(tr("S&top all"), this);
    m_stopAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::Key_Escape)});
    m_stopAction->setToolTip(
        tr("Stop the study; running trials can be resumed later (Ctrl+. or Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopAll);

    m_stopTrialAction = new QAction(tr("Stop selected &trial"), this);
    connect(m_stopTrialAction, &QAction::triggered, this, &MainWindow::stopSelectedTrial);

    m_openStudyAction = new QAction(tr("&Open study…"), this);
    m_openStudyAction->setShortcut(QKeySequence::Open);
    connect(m_openStudyAction, &QAction::triggered, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Open study directory"), m_studiesRoot);
        if (!dir.isEmpty())
            openStudy(dir);
    });
    m_resumeAction = new QAction(tr("Res&ume study"), this);
    m_resumeAction->setToolTip(tr("Continue the shown study: interrupted trials run again"));
    connect(m_resumeAction, &QAction::triggered, this, [this] { resumeStudy(m_shownStudy); });
    m_saveStudyAction = new QAction(tr("Save study &as…"), this);
    connect(m_saveStudyAction, &QAction::triggered, this, &MainWindow::saveStudyAs);

    m_exportAction = new QAction(tr("&Export best configs…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportBest);
    m_exportCsvAction = new QAction(tr("Export table as &CSV…"), this);
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    m_openConfigAction = new QAction(tr("Open &config…"), this);
    connect(m_openConfigAction, &QAction::triggered, this, &MainWindow::openConfigFile);
    m_saveConfigAction = new QAction(tr("Save con&fig as…"), this);
    m_saveConfigAction->setShortcut(QKeySequence::Save);
    connect(m_saveConfigAction, &QAction::triggered, this, &MainWindow::saveConfigFile);

    auto* toolbar = addToolBar(tr("Study"));
    toolbar->setObjectName(QStringLiteral("studyToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_searchAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_pauseAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_stopAction->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    toolbar->addActions(
        {m_runAction, m_searchAction, m_pauseAction, m_stopAction, m_stopTrialAction});
    toolbar->addSeparator();
    toolbar->addActions({m_openStudyAction, m_resumeAction, m_exportAction});

    m_connectDatabaseAction = new QAction(tr("Connect to &database…"), this);
    m_connectDatabaseAction->setToolTip(
        tr("Open a study that workers on many machines share through PostgreSQL"));
    connect(m_connectDatabaseAction, &QAction::triggered, this, &MainWindow::connectToDatabase);
    m_databaseWorkers = new DatabaseWorkers(this);
    m_databaseBar = new DatabaseStudyBar(m_databaseWorkers, this);
    // A row of its own, shown only while a study from a database is open.
    addToolBarBreak();
    addToolBar(m_databaseBar);
    m_databaseBar->hide();
    connect(m_databaseWorkers, &DatabaseWorkers::finished, this,
            [this](const QString& message) { m_status->setNote(message); });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* reset = file->addAction(tr("&New (default config)"));
    reset->setShortcut(QKeySequence::New);
    connect(reset, &QAction::triggered, this, [this] { setCurrentConfig(defaultRunConfig()); });
    file->addActions({m_openConfigAction, m_saveConfigAction});
    file->addSeparator();
    file->addActions({m_openStudyAction, m_resumeAction, m_saveStudyAction});
    file->addAction(m_connectDatabaseAction);
    // Where every run is kept, one click away.
    QAction* studiesFolder = file->addAction(tr("Show studies folder"));
    connect(file, &QMenu::aboutToShow, studiesFolder, [this, studiesFolder] {
        studiesFolder->setStatusTip(m_studiesRoot);
        studiesFolder->setToolTip(m_studiesRoot);
        studiesFolder->setText(
            tr("Show studies folder (%1)").arg(QDir::toNativeSeparators(m_studiesRoot)));
    });
    connect(studiesFolder, &QAction::triggered, this, [this] {
        QDir().mkpath(m_studiesRoot);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_studiesRoot));
    });
    m_recentMenu = new RecentStudiesMenu(tr("Recent studies"), file);
    connect(m_recentMenu, &RecentStudiesMenu::openRequested, this, &MainWindow::openStudy);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addActions({m_exportAction, m_exportCsvAction});
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addActions({m_runAction, m_searchAction, m_pauseAction, m_stopAction, m_stopTrialAction});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : m_docks)
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    connect(view->addAction(tr("&Reset layout")), &QAction::triggered, this,
            &MainWindow::resetLayout);
    view->addSeparator();
    auto* languages = new LanguageMenu(view);
    connect(languages, &LanguageMenu::languageChosen, this, &MainWindow::offerRestartForLanguage);
    view->addMenu(languages);

    // Tools: the learning-rate range test (issue 11), also beside the form's
    // learning rate.
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    connect(tools->addAction(tr("Find &learning rate…")), &QAction::triggered, this,
            &MainWindow::openLrFinder);
    connect(m_form, &ModelTrainingForm::findLearningRateRequested, this, &MainWindow::openLrFinder);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    HelpWindow::install(help, this);  // Guide, Glossary, F1 on a field
    help->addSeparator();
    connect(help->addAction(tr("&About HyperLab")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About HyperLab"),
                           tr("<b>HyperLab %1</b><p>Explore and tune deep-learning "
                              "hyperparameters: pick a dataset, set or search every "
                              "hyperparameter, watch each trial learn and compare them.</p>"
                              "<p>Hover over any field for what it does and its usual range.</p>")
                               .arg(QStringLiteral(HYPERLAB_VERSION)));
    });
}

void MainWindow::offerRestartForLanguage(const QString& /*choice*/, const QString& effective) {
    if (effective == activeLanguage()) {
        statusBar()->showMessage(tr("HyperLab is already in this language."), 5000);
        return;
    }
    // Switching rebuilds every panel, so it happens at the next start. Say
    // it in the new language too: the user may not read the current one.
    const char* kText = QT_TR_NOOP(
        "The new language takes effect when HyperLab restarts. "
        "Restart now? A running study is stopped and can be resumed.");
    QString text = tr(kText);
    const QString inNewLanguage = translateInto(effective, "hyperlab::ui::MainWindow", kText);
    if (inNewLanguage != text)
        text += QStringLiteral("\n\n") + inNewLanguage;
    statusBar()->showMessage(tr("The new language takes effect when HyperLab restarts."));
    if (!messageBoxesEnabled())
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Language"), text, QMessageBox::NoButton, this);
    QPushButton* restart = box->addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, restart](QAbstractButton* clicked) {
        if (clicked != restart)
            return;
        // main() starts the new instance once this window is gone and its
        // study workers have been joined, so the two never share a study.
        m_restartRequested = true;
        if (!close())
            m_restartRequested = false;
    });
    box->open();
}

void MainWindow::connectController() {
    StudyController* c = m_controller;
    connect(c, &StudyController::studyStarted, this,
            [this](const StudyDefinition& definition, const std::vector<TrialSnapshot>& existing) {
                m_leaderboard->setStudy(definition);
                m_charts->clear();
                m_charts->setObjective(definition.objective);
                if (!existing.empty()) {
                    m_leaderboard->setTrials(existing);
                    m_charts->setTrials(existing);
                }
                m_search->studyStarted(definition);
                m_trialsAtStart = int(existing.size());
                updateActions();
                updateStatus();
            });
    connect(c, &StudyController::trialStarted, this, [this](const TrialSnapshot& t) {
        m_leaderboard->upsertTrial(t);
        m_charts->onTrialStarted(t);
        updateStatus();
    });
    connect(c, &StudyController::epochFinished, m_charts,
            [this](int trial, int repeat, const EpochMetrics& m) {
                m_charts->appendEpoch(trial, m, repeat);
                if (repeat == 0)  // the leaderboard's row is the pruner's run
                    m_leaderboard->appendEpoch(trial, m);
            });
    // Direct: appendBatch only appends to the panel's mutex-guarded buffer, so
    // per-batch progress never floods the event loop.
    LiveChartsPanel* charts = m_charts;
    connect(
        c, &StudyController::batchFinished, m_charts,
        [charts](int trial, const BatchProgress& p) { charts->appendBatch(trial, p); },
        Qt::DirectConnection);
    connect(c, &StudyController::trialFinished, this, &MainWindow::onTrialFinished);
    connect(c, &StudyController::studyFinished, this, &MainWindow::onStudyFinished);
    connect(c, &StudyController::pausedChanged, this, [this] {
        updateActions();
        updateStatus();
    });
}

LrFinderDialog* MainWindow::openLrFinder() {
    auto* dialog = new LrFinderDialog(currentConfig(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LrFinderDialog::learningRateChosen, this, [this](double rate) {
        RunConfig config = m_form->config();
        config.training.learningRate = rate;
        m_form->setConfig(config);
    });
    connect(dialog, &LrFinderDialog::searchRangeChosen, this, [this](double low, double high) {
        m_search->setDimension(QStringLiteral("training.learning_rate"),
                               {{"type", "float"}, {"low", low}, {"high", high}, {"log", true}});
    });
    dialog->show();
    return dialog;
}

void MainWindow::buildBoundaryViews() {
    m_boundaries = new BoundaryStore(m_controller, this);
    m_boundaryPanel = new BoundaryPanel(m_boundaries);
    m_gallery = new GalleryPanel(m_boundaries);
    m_charts->addView(m_boundaryPanel, QString(), QString());
    m_charts->addView(m_gallery, tr("Gallery"), QString());
    // The tab says what it shows: a boundary of 2-D data, or predictions on
    // images.
    const auto nameBoundaryViews = [this](bool images) {
        m_charts->setViewTitle(
            m_boundaryPanel, images ? tr("Predictions") : tr("Decision boundary"),
            images ? tr("What the selected (or running) trial predicts for 16 fixed test images, "
                        "and its confusion matrix, epoch by epoch")
                   : tr("How the selected (or running) trial divides the input plane, epoch by "
                        "epoch"));
        m_charts->setViewTitle(
            m_gallery, tr("Gallery"),
            images ? tr("Every trial's predictions on the same 16 test images side by side, laid "
                        "out on the hyperparameters that vary most")
                   : tr("Every trial's decision boundary side by side, laid out on the "
                        "hyperparameters that vary most"));
    };
    nameBoundaryViews(false);
    m_leaderboard->setBoundaryStore(m_boundaries);
    // The scrubber replays the curves too: a cursor at its epoch.
    connect(m_boundaries, &BoundaryStore::epochChanged, m_charts->curvesChart(),
            &TrialCurvesChart::setCursorEpoch);
    const auto follow = [this](const TrialSnapshot& t) {
        m_gallery->upsertTrial(t);
        if (m_leaderboard->selectedTrials().isEmpty() ||
            m_boundaryPanel->trialNumber() == t->number)
            m_boundaryPanel->setTrial(t);
    };
    connect(m_controller, &StudyController::studyStarted, this,
            [this, nameBoundaryViews](const StudyDefinition& definition,
                                      const std::vector<TrialSnapshot>& existing) {
                m_gallery->setObjective(definition.objective);
                m_gallery->setTrials(existing);
                m_boundaryPanel->setTrial(nullptr);
                nameBoundaryViews(!definition.isFunction() && trainsOnImages(definition.base));
            });
    connect(m_controller, &StudyController::trialStarted, this, follow);
    connect(m_controller, &StudyController::trialFinished, this, follow);
    connect(m_gallery, &GalleryPanel::trialClicked, m_leaderboard, &LeaderboardPanel::selectTrial);
    connect(m_leaderboard, &LeaderboardPanel::selectionChanged, this,
            [this](const QList<int>& trials) {
                m_gallery->setSelectedTrials(trials);
                if (!trials.isEmpty())
                    m_boundaryPanel->setTrial(m_gallery->trial(trials.front()));
            });
}

RunConfig MainWindow::currentConfig() const {
    RunConfig config = m_form->config();
    config.dataset = m_dataset->config();
    return config;
}

void MainWindow::setCurrentConfig(const RunConfig& config) {
    m_dataset->setConfig(config.dataset);
    m_form->setConfig(config);
    m_dataset->refreshPreview();
    m_search->setBaseConfig(currentConfig());
}

void MainWindow::setStudiesRoot(const QString& directory) {
    m_studiesRoot = directory;
}

QString MainWindow::newStudyDirectory(const QString& strategy) const {
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(m_studiesRoot)
        .filePath(QStringLiteral("%1-%2-%3")
                      .arg(stamp, QString::fromStdString(m_dataset->config().name), strategy));
}

bool MainWindow::runSingle() {
    if (!m_form->isValid()) {
        showError(tr("Cannot run"), m_form->validationMessage());
        return false;
    }
    return startStudy(m_search->singleRunJson(toJson(currentConfig())));
}

bool MainWindow::startSearch() {
    if (!m_form->isValid()) {
        showError(tr("Cannot start the search"), m_form->validationMessage());
        return false;
    }
    return startStudy(m_search->studyJson(toJson(currentConfig())));
}

bool MainWindow::startStudy(const nlohmann::json& study) {
    if (m_controller->isRunning()) {
        showError(tr("A study is running"), tr("Stop it first or wait until it ends."));
        return false;
    }
    const QString strategy = QString::fromStdString(study["strategy"].value("type", "study"));
    const QString directory = newStudyDirectory(strategy);
    if (!QDir().mkpath(m_studiesRoot)) {
        showError(tr("Cannot start"),
                  tr("Cannot create the folder for studies: %1").arg(m_studiesRoot));
        return false;
    }
    try {
        m_controller->start(study, directory);
    } catch (const std::exception& e) {
        showError(tr("Cannot start"), translateError(e));
        return false;
    }
    closeDatabaseStudy();
    m_lastError.clear();
    showStudyName(directory, *m_controller->definition());
    addRecent(directory);
    return true;
}

QString MainWindow::windowTitleName(const QString& directory, const StudyDefinition& definition) {
    return definition.name.empty() ? QFileInfo(directory).fileName()
                                   : QString::fromStdString(definition.name);
}

void MainWindow::showStudyName(const QString& directory, const StudyDefinition& definition) {
    m_shownStudy = directory;
    setWindowTitle(tr("%1 – HyperLab").arg(windowTitleName(directory, definition)));
    m_status->setOpenedStudy({}, {}, 0);
}

void MainWindow::togglePause() {
    if (m_controller->isPaused())
        m_controller->resumeRunning();
    else
        m_controller->pause();
}

void MainWindow::stopAll() {
    m_controller->stopAll();
    updateStatus();
}

void MainWindow::stopSelectedTrial() {
    for (int trial : m_leaderboard->selectedTrials())
        m_controller->stopTrial(trial);
}

bool MainWindow::openStudy(const QString& directory) {
    if (m_controller->isRunning()) {
        showError(tr("A study is running"), tr("Stop it before opening another one."));
        return false;
    }
    try {
        LoadedStudy loaded = StudyDirectory::load(directory.toStdString());
        const std::vector<TrialSnapshot> trials = snapshotsOf(loaded.trials);
        closeDatabaseStudy();
        showLoadedStudy(loaded.definition, loaded.source, trials);
        showStudyName(directory, loaded.definition);
        m_status->setOpenedStudy(windowTitleName(directory, loaded.definition), countTrials(trials),
                                 loaded.definition.trials);
        addRecent(directory);
        for (const std::string& w : loaded.warnings)
            statusBar()->showMessage(translateWarning(w), 8000);
    } catch (const std::exception& e) {
        showError(tr("Cannot open the study"), translateError(e));
        return false;
    }
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::showLoadedStudy(const StudyDefinition& definition, const nlohmann::json& source,
                                 const std::vector<TrialSnapshot>& trials) {
    m_leaderboard->setStudy(definition);
    m_leaderboard->setTrials(trials);
    m_charts->clear();
    m_charts->setObjective(definition.objective);
    m_charts->setTrials(trials);
    m_boundaries->clear();  // boundaries are not kept on disk or in a database
    m_gallery->setObjective(definition.objective);
    m_gallery->setTrials(trials);
    m_analysis->setStudy(definition);
    m_analysis->setTrials(trials);
    if (definition.base.is_object())
        setCurrentConfig(runConfigFromJson(definition.base));
    m_search->setStudyJson(source);
}

bool MainWindow::resumeStudy(const QString& directory) {
    if (directory.isEmpty() || m_controller->isRunning())
        return false;
    try {
        m_controller->resume(directory);
    } catch (const std::exception& e) {
        showError(tr("Cannot resume the study"), translateError(e));
        return false;
    }
    closeDatabaseStudy();
    showStudyName(directory, *m_controller->definition());
    addRecent(directory);
    return true;
}

void MainWindow::onTrialFinished(const TrialSnapshot& trial) {
    m_leaderboard->upsertTrial(trial);
    m_charts->onTrialFinished(trial);
    m_search->addFinishedTrial(trial);
    updateStatus();
}

void MainWindow::onStudyFinished(const StudySummary& summary) {
    updateActions();
    updateStatus();
    QString message;
    if (summary.reason == "cancelled")
        message = tr("Study stopped; resume it with File > Resume study.");
    else if (summary.reason == "error")
        message = tr("Study ended with an error: %1").arg(translateProblem(summary.errorProblem));
    else if (m_trialsAtStart > 0 && summary.counts.total() == m_trialsAtStart &&
             summary.counts.queued == 0)
        // A resumed study that had nothing left: no "finished in 0 s".
        message =
            tr("This study was already finished (%n trial(s)); nothing was left to resume. "
               "Start a new search to try more.",
               nullptr, m_trialsAtStart);
    else
        message = tr("Study finished in %1.").arg(StudyStatus::formatDuration(summary.seconds));
    if (!summary.unsavedTrials.empty()) {
        QStringList numbers;
        for (int trial : summary.unsavedTrials)
            numbers << QString::number(trial);
        message += QLatin1Char(' ') + tr("Not saved: trial(s) %1; they run again when you resume "
                                         "the study.")
                                          .arg(numbers.join(QStringLiteral(", ")));
    }
    m_status->setNote(message);
    if (m_quitWhenFinished) {
        m_quitWhenFinished = false;
        QMetaObject::invokeMethod(
            this, [this] { close(); }, Qt::QueuedConnection);
    }
}

QString MainWindow::statusText() const {
    return m_status->text();
}

void MainWindow::updateStatus() {
    m_status->refresh();
}

void MainWindow::updateActions() {
    const bool running = m_controller->isRunning();
    const bool valid = m_form->isValid();
    m_runAction->setEnabled(!running && valid);
    m_searchAction->setEnabled(!running && valid && m_search->problem().isEmpty());
    m_searchAction->setToolTip(m_search->problem().isEmpty()
                                   ? tr("Start the study set up in the Search panel (Ctrl+Shift+R)")
                                   : m_search->problem());
    m_pauseAction->setEnabled(running);
    m_pauseAction->setChecked(m_controller->isPaused());
    m_stopAction->setEnabled(running);
    m_stopTrialAction->setEnabled(running && !m_leaderboard->selectedTrials().isEmpty());
    m_resumeAction->setEnabled(!running && !m_shownStudy.isEmpty());
    m_saveStudyAction->setEnabled(!running && !m_shownStudy.isEmpty());
    m_openStudyAction->setEnabled(!running);
    m_connectDatabaseAction->setEnabled(!running);
}

void MainWindow::showError(const QString& title, const QString& message) {
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    // Window-modal and non-blocking, so a running study keeps updating.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    if (messageBoxesEnabled())
        box->open();
    else
        box->deleteLater();
}

void MainWindow::exportBest() {
    if (!m_controller->definition() && m_shownStudy.isEmpty())
        return showError(tr("Nothing to export"), tr("Run a study first."));
    // One export flow: the leaderboard's (same folder, same messages).
    m_leaderboard->exportActions().at(1)->trigger();
}

void MainWindow::exportCsv() {
    m_leaderboard->exportActions().at(2)->trigger();
}

void MainWindow::openConfigFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open config"), QString(),
                                                      tr("Config files (*.json)"));
    if (path.isEmpty())
        return;
    try {
        setCurrentConfig(loadRunConfig(path.toStdString()));
    } catch (const std::exception& e) {
        showError(tr("Cannot open the config"), translateError(e));
    }
}

void MainWindow::saveConfigFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save config"), QStringLiteral("config.json"), tr("Config files (*.json)"));
    if (path.isEmpty())
        return;
    try {
        StudyDirectory::refuseOverwrite(path.toStdString());
        saveRunConfig(currentConfig(), path.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Cannot save the config"), translateError(e));
    }
}

void MainWindow::saveStudyAs() {
    if (m_shownStudy.isEmpty())
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save study as (new directory)"));
    if (target.isEmpty())
        return;
    try {
        StudyDirectory::copy(m_shownStudy.toStdString(), target.toStdString());
    } catch (const std::exception& e) {
        return showError(tr("Cannot save the study"), translateError(e));
    }
    // A running study goes on writing to its own directory; the copy is shown
    // only when nothing runs.
    if (!m_controller->isRunning())
        m_shownStudy = target;
    addRecent(target);
    statusBar()->showMessage(tr("Saved the study to %1").arg(target), 8000);
}

void MainWindow::addRecent(const QString& directory) {
    m_recentMenu->add(directory);
}

QStringList MainWindow::recentStudies() const {
    return RecentStudiesMenu::entries();
}

void MainWindow::resetLayout() {
    restoreState(m_defaultState);
    arrangeDocksForWidth();
    applyDefaultProportions(false);
}

void MainWindow::arrangeDocksForWidth() {
    // Wide windows: forms left, search setup right, charts between. Narrow
    // ones (1280 px) have no room for three columns: the search setup
    // becomes a third tab beside Dataset and Model and Training.
    const bool narrow = width() < kNarrowWindow;
    const bool tabbed = tabifiedDockWidgets(m_leftDock).contains(m_searchDock);
    if (narrow && !tabbed) {
        tabifyDockWidget(m_leftDock, m_searchDock);
        m_leftDock->raise();
    } else if (!narrow && tabbed) {
        addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    }
}

void MainWindow::applyDefaultProportions(bool onlyGrow) {
    // Shares of the window that suit 1280x720 as well as 1920x1080, with the
    // leaderboard tall enough for several rows.
    const bool tabbed = tabifiedDockWidgets(m_leftDock).contains(m_searchDock);
    const int left = tabbed ? std::clamp(width() * 42 / 100, 460, 600)
                            : std::clamp(width() * 29 / 100, 440, 540);
    const int right = std::clamp(width() * 30 / 100, 480, 620);
    const int bottom = std::clamp(height() * 28 / 100, 170, 420);
    QList<QDockWidget*> horizontal;
    QList<int> widths;
    for (const auto& [dock, wanted] : {std::pair{m_leftDock, left}, std::pair{m_searchDock, right}})
        if (dock->isVisible() && !dock->isFloating() && (!onlyGrow || dock->width() < wanted)) {
            horizontal << dock;
            widths << wanted;
        }
    if (!horizontal.isEmpty())
        resizeDocks(horizontal, widths, Qt::Horizontal);
    if (m_leaderboardDock->isVisible() && !m_leaderboardDock->isFloating() &&
        (!onlyGrow || m_leaderboardDock->height() < bottom))
        resizeDocks({m_leaderboardDock}, {bottom}, Qt::Vertical);
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    // Docks squeezed by a smaller window grow back with it (Qt would give
    // every new pixel to the charts); a dock the user made larger stays.
    if (event->oldSize().isValid() && (event->size().width() > event->oldSize().width() ||
                                       event->size().height() > event->oldSize().height()))
        applyDefaultProportions(true);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The forms as the user left them; a config that no longer reads (an
    // older version's) is dropped in favour of the defaults.
    const QString last = settings.value(QStringLiteral("session/study")).toString();
    if (!last.isEmpty()) {
        try {
            const nlohmann::json study = parseJsonText(last.toStdString(), "settings");
            setCurrentConfig(runConfigFromJson(study.at("base")));
            m_search->setStudyJson(study);
        } catch (const std::exception&) {
            setCurrentConfig(defaultRunConfig());
        }
    }
}

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("session/study"),
                      QString::fromStdString(m_search->studyJson(toJson(currentConfig())).dump()));
}

MainWindow::QuitAnswer MainWindow::askQuitDuringStudy() {
    if (m_quitAnswer)
        return *m_quitAnswer;
    if (!messageBoxesEnabled())
        return QuitAnswer::StopAndQuit;
    QMessageBox box(QMessageBox::Question, tr("A study is running"),
                    tr("A study is running. Stop it and quit? Its finished trials are saved, and "
                       "File > Resume study runs the interrupted ones again later."),
                    QMessageBox::NoButton, this);
    QPushButton* stop = box.addButton(tr("Stop and quit"), QMessageBox::DestructiveRole);
    QPushButton* later = box.addButton(tr("Quit when it finishes"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == stop)
        return QuitAnswer::StopAndQuit;
    if (box.clickedButton() == later)
        return QuitAnswer::QuitWhenFinished;
    return QuitAnswer::Cancel;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_controller->isRunning()) {
        switch (askQuitDuringStudy()) {
            case QuitAnswer::StopAndQuit:
                // Running trials are journaled as resumable; the controller
                // joins on destruction.
                m_controller->stopAll();
                break;
            case QuitAnswer::QuitWhenFinished:
                m_quitWhenFinished = true;
                m_status->setNote(tr("HyperLab quits when the study finishes."));
                statusBar()->showMessage(tr("HyperLab quits when the study finishes."));
                event->ignore();
                return;
            case QuitAnswer::Cancel:
                event->ignore();
                return;
        }
    }
    saveSettings();
    event->accept();
}

}  // namespace hyperlab::ui
