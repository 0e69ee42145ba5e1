#include "panels/leaderboard_panel.h"

#include <cstdio>
#include <filesystem>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTimerEvent>
#include <QToolBar>
#include <QVBoxLayout>

#include "common/errors.h"
#include "dialogs/export_folder.h"
#include "dialogs/seed_spread_dialog.h"
#include "dialogs/trial_details_dialog.h"
#include "i18n/core_message.h"
#include "io/config_json.h"
#include "models/boundary_store.h"
#include "models/leaderboard_filter_proxy.h"
#include "models/leaderboard_model.h"
#include "study/storage/study_directory.h"
#include "study/storage/study_export.h"

namespace hyperlab::ui {

namespace {

QString lastDirectory() {
    return exportFolder();
}

void rememberDirectory(const QString& path) {
    rememberExportFolder(QFileInfo(path).absolutePath());
}

QStringList toQStringList(const std::vector<std::string>& paths) {
    QStringList out;
    for (const std::string& p : paths)
        out << QString::fromStdString(p);
    return out;
}

}  // namespace

LeaderboardPanel::LeaderboardPanel(QWidget* parent) : QWidget(parent) {
    m_model = new LeaderboardModel(this);
    m_proxy = new LeaderboardFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    // Exports work without a study (a single training run): then every
    // param path becomes a column, as for manual studies.
    m_definition.strategy = "manual";
    buildUi();
}

LeaderboardPanel::~LeaderboardPanel() = default;

void LeaderboardPanel::buildUi() {
    m_toolbar = new QToolBar(tr("Leaderboard"), this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));

    m_details = new QAction(tr("Details…"), this);
    m_details->setToolTip(tr("Full config, learning curves and confusion matrix of the trial"));
    m_copyConfig = new QAction(tr("Copy to form"), this);
    m_copyConfig->setToolTip(
        tr("Load this trial's complete configuration into the Model & Training form"));
    m_rerun = new QAction(tr("Re-run"), this);
    m_rerun->setToolTip(tr("Train this trial's configuration again as a single run"));
    m_seedSpread = new QAction(tr("Seed spread…"), this);
    m_seedSpread->setToolTip(
        tr("How much does the seed matter? Train this trial's config with "
           "several seeds and show the spread of its curve"));
    connect(m_seedSpread, &QAction::triggered, this, [this] { onSeedSpread(); });
    m_exportSelected = new QAction(tr("Export selected…"), this);
    m_exportSelected->setToolTip(
        tr("Save the configs of the selected trials as JSON files that "
           "`hyperlab-cli train` and the form can load"));
    m_exportBest = new QAction(tr("Export best…"), this);
    m_exportBest->setToolTip(tr("Save the configs of the best k completed trials as JSON files"));
    m_exportCsv = new QAction(tr("Export CSV…"), this);
    m_exportCsv->setToolTip(tr("Save the whole table (every trial, every metric) as CSV"));
    m_exportSelected->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_details, &QAction::triggered, this, &LeaderboardPanel::onShowDetails);
    connect(m_copyConfig, &QAction::triggered, this, &LeaderboardPanel::onCopyConfig);
    connect(m_rerun, &QAction::triggered, this, &LeaderboardPanel::onRerun);
    connect(m_exportSelected, &QAction::triggered, this, &LeaderboardPanel::onExportSelected);
    connect(m_exportBest, &QAction::triggered, this, &LeaderboardPanel::onExportBest);
    connect(m_exportCsv, &QAction::triggered, this, &LeaderboardPanel::onExportCsv);
    for (QAction* a : {m_details, m_copyConfig, m_rerun, m_seedSpread, m_exportSelected,
                       m_exportBest, m_exportCsv})
        addAction(a);
    m_toolbar->addAction(m_details);
    m_toolbar->addAction(m_copyConfig);
    m_toolbar->addAction(m_rerun);
    m_toolbar->addAction(m_seedSpread);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exportSelected);
    m_toolbar->addAction(m_exportBest);
    m_toolbar->addAction(m_exportCsv);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter (e.g. lr=0.1 adam)"));
    m_filter->setToolTip(
        tr("Shows trials whose number, state, hyperparameters or failure reason "
           "contain every word typed here"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LeaderboardFilterProxy::setTextFilter);

    m_stateCombo = new QComboBox(this);
    m_stateCombo->setToolTip(tr("Show only trials in this state"));
    m_stateCombo->addItem(tr("All states"), -1);
    const std::pair<TrialState, QString> states[] = {
        {TrialState::Completed, tr("Completed")}, {TrialState::Running, tr("Running")},
        {TrialState::Pruned, tr("Pruned")},       {TrialState::Failed, tr("Failed")},
        {TrialState::Queued, tr("Queued")},       {TrialState::Cancelled, tr("Cancelled")},
    };
    for (const auto& [state, text] : states)
        m_stateCombo->addItem(text, int(state));
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this,
            &LeaderboardPanel::onStateFilterChanged);

    m_countLabel = new QLabel(this);

    m_atScrubber = new QCheckBox(tr("At scrubber epoch"), this);
    m_atScrubber->setChecked(true);
    m_atScrubber->setToolTip(
        tr("While the epoch scrubber (Gallery) is away from live, show each trial's objective, "
           "validation and training metrics at that epoch instead of the final ones"));
    connect(m_atScrubber, &QCheckBox::toggled, this, &LeaderboardPanel::updateShownEpoch);
    m_epochCaption = new QLabel(this);
    m_epochCaption->setWordWrap(true);
    m_epochCaption->setVisible(false);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(LeaderboardModel::NumberColumn, Qt::AscendingOrder);
    // The first click on a column sorts best first (accuracy high, loss
    // low); the next clicks toggle as usual.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                if (section == m_sortSection)
                    return;
                m_sortSection = section;
                const Qt::SortOrder best = m_model->bestFirstOrder(section);
                if (order != best)
                    m_view->sortByColumn(section, best);
            });
    m_sortSection = LeaderboardModel::NumberColumn;
    connect(m_view, &QTableView::customContextMenuRequested, this,
            &LeaderboardPanel::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &LeaderboardPanel::onShowDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged(selectedTrials());
    });
    const auto refresh = [this] { updateActions(); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::columnsInserted, this,
            [this] { m_view->resizeColumnsToContents(); });

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_stateCombo);
    filters->addWidget(m_atScrubber);
    filters->addWidget(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_epochCaption);
    layout->addWidget(m_view, 1);
    updateActions();
    updateShownEpoch();
}

void LeaderboardPanel::setBoundaryStore(BoundaryStore* store) {
    if (m_boundaries)
        disconnect(m_boundaries, nullptr, this, nullptr);
    m_boundaries = store;
    if (store)
        connect(store, &BoundaryStore::epochChanged, this, &LeaderboardPanel::updateShownEpoch);
    updateShownEpoch();
}

void LeaderboardPanel::setFollowScrubber(bool follow) {
    m_atScrubber->setChecked(follow);
}

bool LeaderboardPanel::followsScrubber() const {
    return m_atScrubber->isChecked();
}

QString LeaderboardPanel::epochCaption() const {
    return m_epochCaption->isVisibleTo(this) ? m_epochCaption->text() : QString();
}

void LeaderboardPanel::updateShownEpoch() {
    const int epoch = m_boundaries && m_atScrubber->isChecked() ? m_boundaries->epoch() : -1;
    m_atScrubber->setVisible(m_boundaries != nullptr);
    const int before = m_model->epoch();
    m_model->setEpoch(epoch);
    // The headers say "@ epoch": wide enough when scrubbing starts or stops,
    // or the epoch gains a digit (not on every frame: it measures every row).
    if ((before < 0) != (epoch < 0) ||
        QString::number(before).size() != QString::number(epoch).size())
        m_view->resizeColumnsToContents();
    m_epochCaption->setVisible(epoch >= 0);
    if (epoch >= 0)
        m_epochCaption->setText(
            tr("Metrics at epoch %1 (the scrubber's). A trial that stopped earlier shows its "
               "last epoch, in italics with its number.")
                .arg(epoch));
}

void LeaderboardPanel::setStudy(const StudyDefinition& definition) {
    m_definition = definition;
    m_model->clear();
    m_model->setObjective(definition.objective);
    std::vector<std::string> paths;
    for (const Dimension& d : definition.space.dimensions())
        paths.push_back(d.path);
    m_model->setVaryingParameters(paths);
    // Best first: the objective column in the study's direction, missing values last.
    m_view->sortByColumn(m_model->sectionOf(LeaderboardModel::ObjectiveColumn),
                         definition.objective.direction == Direction::Maximize
                             ? Qt::DescendingOrder
                             : Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    updateActions();
}

void LeaderboardPanel::appendEpoch(int trial, const EpochMetrics& metrics) {
    // Coalesced: fast trials finish many epochs a second; the rows update
    // at most five times a second.
    m_pendingEpochs[trial].push_back(metrics);
    if (!m_epochTimer.isActive())
        m_epochTimer.start(200, this);
}

void LeaderboardPanel::timerEvent(QTimerEvent* event) {
    if (event->timerId() != m_epochTimer.timerId())
        return QWidget::timerEvent(event);
    m_epochTimer.stop();
    for (const auto& [trial, epochs] : m_pendingEpochs)
        m_model->appendEpochs(trial, epochs);
    m_pendingEpochs.clear();
}

void LeaderboardPanel::upsertTrial(const TrialSnapshot& trial) {
    if (trial)
        m_pendingEpochs.erase(trial->number);
    m_model->upsertTrial(trial);
    // Fit the columns to new values, at most once per event-loop pass and
    // only while the table is small (resizing measures every row).
    if (!m_resizePending && m_model->rowCount() <= 200) {
        m_resizePending = true;
        QTimer::singleShot(0, this, [this] {
            m_resizePending = false;
            m_view->resizeColumnsToContents();
        });
    }
}

void LeaderboardPanel::setTrials(const std::vector<TrialSnapshot>& trials) {
    m_model->clear();
    for (const TrialSnapshot& t : trials)
        m_model->upsertTrial(t);
    m_view->resizeColumnsToContents();
}

void LeaderboardPanel::clear() {
    m_model->clear();
}

QList<int> LeaderboardPanel::selectedTrials() const {
    QList<int> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        out << index.data(LeaderboardModel::TrialNumberRole).toInt();
    return out;
}

void LeaderboardPanel::selectTrial(int number) {
    const int row = m_model->rowOfTrial(number);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QList<QAction*> LeaderboardPanel::exportActions() const {
    return {m_exportSelected, m_exportBest, m_exportCsv};
}

TrialSnapshot LeaderboardPanel::currentTrial() const {
    const QModelIndex current = m_view->currentIndex();
    QList<int> selected = selectedTrials();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        return m_model->trialByNumber(current.data(LeaderboardModel::TrialNumberRole).toInt());
    return selected.isEmpty() ? TrialSnapshot{} : m_model->trialByNumber(selected.front());
}

void LeaderboardPanel::updateActions() {
    const TrialSnapshot trial = currentTrial();
    const bool hasConfig = trial && !trial->config.is_null();
    m_details->setEnabled(bool(trial));
    m_copyConfig->setEnabled(hasConfig);
    m_rerun->setEnabled(hasConfig);
    m_seedSpread->setEnabled(hasConfig);
    bool anyConfig = false;
    for (int n : selectedTrials())
        if (auto t = m_model->trialByNumber(n); t && !t->config.is_null())
            anyConfig = true;
    m_exportSelected->setEnabled(anyConfig);
    bool anyCompleted = false;
    for (const TrialSnapshot& t : m_model->trials())
        anyCompleted = anyCompleted || (t->state == TrialState::Completed && !t->config.is_null());
    m_exportBest->setEnabled(anyCompleted);
    m_exportCsv->setEnabled(m_model->rowCount() > 0);
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n trial(s)", nullptr, total)
                                         : tr("%1 of %2 trials").arg(shown).arg(total));
}

void LeaderboardPanel::showContextMenu(const QPoint& pos) {
    QMenu menu(this);
    menu.addAction(m_details);
    menu.addAction(m_copyConfig);
    menu.addAction(m_rerun);
    menu.addAction(m_seedSpread);
    menu.addSeparator();
    menu.addAction(m_exportSelected);
    menu.addAction(m_exportBest);
    menu.addAction(m_exportCsv);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void LeaderboardPanel::onStateFilterChanged(int index) {
    const int value = m_stateCombo->itemData(index).toInt();
    m_proxy->setStateFilter(value < 0 ? std::nullopt : std::optional(TrialState(value)));
    updateActions();
}

QStringList LeaderboardPanel::exportConfigs(const QList<int>& trials, const QString& path) const {
    std::vector<const Trial*> chosen;
    for (int n : trials) {
        const TrialSnapshot t = m_model->trialByNumber(n);
        if (t && !t->config.is_null())
            chosen.push_back(t.get());
    }
    if (chosen.empty())
        throw InputError("export",
                         tr("none of the selected trials has a config to export").toStdString());
    const std::filesystem::path out = path.toStdString();
    const bool singleFile = chosen.size() == 1 && out.extension() == ".json";
    if (!singleFile) {
        std::error_code error;
        std::filesystem::create_directories(out, error);
        if (error)
            throw InputError(out.string(), "cannot create the directory: " + error.message());
    }
    QStringList written;
    for (const Trial* t : chosen) {
        // Read back through the validator: the file is exactly what `train` accepts.
        const RunConfig config = runConfigFromJson(t->config);
        char name[32];
        std::snprintf(name, sizeof name, "trial_%04d.json", t->number);
        const std::filesystem::path file = singleFile ? out : out / name;
        StudyDirectory::refuseOverwrite(file.string());
        saveRunConfig(config, file.string());
        written << QString::fromStdString(file.string());
    }
    return written;
}

QStringList LeaderboardPanel::exportBestConfigs(int k, const QString& path) const {
    return toQStringList(
        hyperlab::exportBestConfigs(m_definition, m_model->trials(), k, path.toStdString()));
}

void LeaderboardPanel::exportCsv(const QString& path) const {
    StudyDirectory::refuseOverwrite(path.toStdString());
    const std::string csv = studyToCsv(m_definition, m_model->trials());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(csv.data(), qint64(csv.size())) != qint64(csv.size()) || !file.commit())
        throw InputError(path.toStdString(), "cannot write: " + file.errorString().toStdString());
}

void LeaderboardPanel::onExportSelected() {
    const QList<int> trials = selectedTrials();
    if (trials.isEmpty())
        return;
    QString path;
    if (trials.size() == 1) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export trial config"),
            lastDirectory() +
                QStringLiteral("/trial_%1.json").arg(trials.front(), 4, 10, QLatin1Char('0')),
            tr("Config JSON (*.json)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
    } else {
        path = askExportFolder(this, tr("Export trial configs"));
    }
    if (path.isEmpty())
        return;
    try {
        const QStringList written = exportConfigs(trials, path);
        rememberDirectory(written.front());
        showExported(this, written);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export failed"), translateError(e));
    }
}

void LeaderboardPanel::onExportBest() {
    int completed = 0;
    for (const TrialSnapshot& t : m_model->trials())
        completed += t->state == TrialState::Completed;
    bool ok = false;
    const int k = QInputDialog::getInt(
        this, tr("Export best configs"), tr("How many of the best completed trials?"),
        std::min(3, std::max(1, completed)), 1, std::max(1, completed), 1, &ok);
    if (!ok)
        return;
    // A short title: long ones were cut in the middle ("Export…onfigs").
    const QString path = askExportFolder(this, tr("Export best configs"));
    if (path.isEmpty())
        return;
    try {
        const QStringList written = exportBestConfigs(k, path);
        rememberDirectory(written.front());
        showExported(this, written);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export failed"), translateError(e));
    }
}

void LeaderboardPanel::onExportCsv() {
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export leaderboard"), lastDirectory() + QStringLiteral("/leaderboard.csv"),
        tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    try {
        exportCsv(path);
        rememberDirectory(path);
        showExported(this, {path});
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export failed"), translateError(e));
    }
}

void LeaderboardPanel::onCopyConfig() {
    const TrialSnapshot trial = currentTrial();
    if (!trial || trial->config.is_null())
        return;
    try {
        Q_EMIT copyConfigRequested(runConfigFromJson(trial->config));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Copy to form"), translateError(e));
    }
}

void LeaderboardPanel::onRerun() {
    const TrialSnapshot trial = currentTrial();
    if (trial && !trial->config.is_null())
        Q_EMIT rerunRequested(trial);
}

SeedSpreadDialog* LeaderboardPanel::onSeedSpread(int seeds) {
    const TrialSnapshot trial = currentTrial();
    if (!trial || trial->config.is_null())
        return nullptr;
    if (seeds <= 0 && (seeds = SeedSpreadDialog::askSeedCount(this)) == 0)
        return nullptr;
    try {
        auto* dialog = new SeedSpreadDialog(runConfigFromJson(trial->config), seeds, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    } catch (const std::exception& e) {
        QMessageBox::warning(this, m_seedSpread->text(), translateError(e));
        return nullptr;
    }
}

void LeaderboardPanel::onShowDetails() {
    const TrialSnapshot trial = currentTrial();
    if (!trial)
        return;
    Q_EMIT detailsRequested(trial);
    if (!m_openDetails)
        return;
    auto* dialog = new TrialDetailsDialog(trial, this, m_boundaries);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

}  // namespace hyperlab::ui
