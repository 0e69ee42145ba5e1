#pragma once

#include <optional>

#include <QBasicTimer>
#include <QList>
#include <QWidget>

#include <map>
#include <vector>

#include "study/model/study_definition.h"
#include "study/model/trial.h"
#include "train/run_config.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QToolBar;
class QLabel;

namespace hyperlab::ui {

class LeaderboardModel;
class LeaderboardFilterProxy;

/// The leaderboard: a sortable, filterable table of trials with a toolbar and
/// a context menu to export the selected or best k configs as JSON (files
/// `hyperlab-cli train` and the form load), export the table as CSV, copy a
/// trial's config into the form, re-run a trial and show its details.
/// GUI thread only.
class LeaderboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit LeaderboardPanel(QWidget* parent = nullptr);
    ~LeaderboardPanel() override;

protected:
    void timerEvent(QTimerEvent* event) override;

public:
    /// The study whose trials follow (objective, varying parameters, export
    /// context). Clears the table.
    void setStudy(const StudyDefinition& definition);
    /// Adds or updates one trial's row.
    void upsertTrial(const TrialSnapshot& trial);
    /// A running trial finished an epoch (its row shows it, coalesced).
    void appendEpoch(int trial, const EpochMetrics& metrics);
    /// Replaces all rows (an opened study).
    void setTrials(const std::vector<TrialSnapshot>& trials);
    void clear();

    LeaderboardModel* model() const { return m_model; }
    LeaderboardFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    /// Trial numbers of the selected rows, in view order.
    QList<int> selectedTrials() const;
    void selectTrial(int number);

    /// The export functions behind the toolbar, without dialogs (tests and
    /// scripts). Each throws hyperlab::InputError with a readable message.
    /// One config file per trial, named trial_0007.json in `directory`
    /// (or exactly `path` when it ends in .json and one trial is given).
    QStringList exportConfigs(const QList<int>& trials, const QString& path) const;
    /// The best k completed trials (core exportBestConfigs).
    QStringList exportBestConfigs(int k, const QString& path) const;
    /// The whole table (core studyToCsv): one row per trial.
    void exportCsv(const QString& path) const;

Q_SIGNALS:
    /// The user selected rows (trial numbers): the charts overlay them.
    void selectionChanged(const QList<int>& trials);
    /// "Copy config to form": the trial's full config.
    void copyConfigRequested(const hyperlab::RunConfig& config);
    /// "Re-run trial": train this trial's config again as a single run.
    void rerunRequested(const hyperlab::TrialSnapshot& trial);
    /// "Show details"; the panel also opens a TrialDetailsDialog itself
    /// unless openDetailsDialog is false.
    void detailsRequested(const hyperlab::TrialSnapshot& trial);

public:
    /// Whether "Show details" opens the panel's own dialog (default true).
    void setOpenDetailsDialog(bool open) { m_openDetails = open; }
    /// Trial details then show the decision boundary too, and the epoch
    /// columns follow the store's scrubber (when "at the scrubber's epoch"
    /// is checked).
    void setBoundaryStore(class BoundaryStore* store);
    /// Whether the epoch columns follow the scrubber (default true).
    void setFollowScrubber(bool follow);
    bool followsScrubber() const;
    /// The line above the table saying which epoch the table shows
    /// (hidden with final values).
    QString epochCaption() const;
    /// The actions of the toolbar and context menu (for the main window's menus).
    QList<QAction*> exportActions() const;
    /// "How much does the seed matter?" for the current trial: asks for the
    /// number of seeds unless `seeds` > 0, opens the dialog (returned; null
    /// when there is no trained trial or the user cancelled).
    class SeedSpreadDialog* onSeedSpread(int seeds = 0);

private:
    void buildUi();
    void updateActions();
    void showContextMenu(const QPoint& pos);
    TrialSnapshot currentTrial() const;
    void onExportSelected();
    void onExportBest();
    void onExportCsv();
    void onCopyConfig();
    void onRerun();
    void onShowDetails();
    void onStateFilterChanged(int index);
    void updateShownEpoch();

    StudyDefinition m_definition;
    LeaderboardModel* m_model = nullptr;
    LeaderboardFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QToolBar* m_toolbar = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_stateCombo = nullptr;
    QLabel* m_countLabel = nullptr;
    QCheckBox* m_atScrubber = nullptr;
    QLabel* m_epochCaption = nullptr;
    QAction* m_exportSelected = nullptr;
    QAction* m_exportBest = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_copyConfig = nullptr;
    QAction* m_rerun = nullptr;
    QAction* m_seedSpread = nullptr;
    QAction* m_details = nullptr;
    bool m_openDetails = true;
    class BoundaryStore* m_boundaries = nullptr;
    bool m_resizePending = false;
    int m_sortSection = -1;  // the column sorted last (its first click sorts best first)
    std::map<int, std::vector<EpochMetrics>> m_pendingEpochs;  // live rows, applied on a timer
    QBasicTimer m_epochTimer;
};

}  // namespace hyperlab::ui
