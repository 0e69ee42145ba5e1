#pragma once

#include <map>
#include <set>
#include <vector>

#include <QList>
#include <QWidget>

#include "models/live_metrics_buffer.h"
#include "study/model/objective.h"
#include "study/model/trial.h"

class QTimer;
class QLabel;
class QTabWidget;

namespace hyperlab::ui {

class TrialCurvesChart;
class OptimizationHistoryChart;

/// Live charts of a study: the curves of the shown trials (overlaid in
/// distinct colours, legends naming the hyperparameters that differ) and the
/// optimisation history of all trials.
///
/// Threading: appendEpoch and appendBatch may be called from any thread (the
/// controller can call them straight from StudyObserver callbacks); they only
/// append to a mutex-guarded buffer, and the first one after a repaint posts
/// one queued notification. The panel then waits kCoalesceMs on a single-shot
/// timer and applies everything pending in one batch, so the charts are
/// updated at most ~25 times a second however fast epochs arrive. Every other
/// method is for the GUI thread.
class LiveChartsPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 40;

    explicit LiveChartsPanel(QWidget* parent = nullptr);
    ~LiveChartsPanel() override;

    /// The producer side, for controllers that push directly.
    LiveMetricsBuffer& buffer() { return m_buffer; }

    /// Objective of the study (history chart axis and direction).
    void setObjective(const Objective& objective);

    /// Forgets every trial (a new study starts).
    void clear();

    /// A trial started: it is remembered, and shown when following live.
    void onTrialStarted(const TrialSnapshot& trial);
    /// An epoch of one repeat (seed) of a trial ended: repeat 0 is the
    /// trial's history; with others the curves show the mean and a band.
    /// Any thread.
    void appendEpoch(int trial, const EpochMetrics& metrics, int repeat = 0);
    /// Progress inside an epoch. Any thread.
    void appendBatch(int trial, const BatchProgress& progress);
    /// A trial reached a final state: its history becomes the snapshot's and
    /// it enters the optimisation history.
    void onTrialFinished(const TrialSnapshot& trial);
    /// Several trials at once (an opened study): one repaint.
    void setTrials(const std::vector<TrialSnapshot>& trials);

    /// Overlays these trials (leaderboard selection). An empty list means
    /// "follow live": the most recently started trial is shown.
    void showTrials(const QList<int>& trials);
    QList<int> shownTrials() const;
    bool isFollowingLive() const { return m_followLive; }

    /// Adds a view as a tab beside the charts (decision boundary, gallery).
    void addView(QWidget* view, const QString& title, const QString& toolTip);
    /// Renames an added view's tab (what it shows depends on the dataset).
    void setViewTitle(QWidget* view, const QString& title, const QString& toolTip);
    /// The tab title of an added view (tests).
    QString viewTitle(QWidget* view) const;

    TrialCurvesChart* curvesChart() const { return m_curves; }
    OptimizationHistoryChart* historyChart() const { return m_history; }
    /// Number of coalesced flushes so far (tests).
    int flushCount() const { return m_flushCount; }
    /// Epochs known for a trial (shown or not).
    int epochCount(int trial) const;
    /// Applies pending data now instead of waiting for the timer (tests, export).
    void flushNow();

private:
    struct TrialData {
        TrialSnapshot snapshot;  ///< latest snapshot; may be null (epochs came first)
        std::vector<EpochMetrics> history;
        std::vector<std::vector<EpochMetrics>> repeats;  ///< repeats 1, 2, ...
    };

    void scheduleFlush();
    void flush();
    void rebuildShown();
    void exportCurves();
    void exportHistory();
    void exportCurvesPart(int part, const QString& name);
    QList<int> targetTrials() const;

    LiveMetricsBuffer m_buffer;
    QTimer* m_timer = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_caption = nullptr;
    TrialCurvesChart* m_curves = nullptr;
    OptimizationHistoryChart* m_history = nullptr;
    Objective m_objective;
    std::map<int, TrialData> m_trials;
    QList<int> m_selected;
    QList<int> m_shown;
    bool m_followLive = true;
    int m_latestStarted = -1;
    std::set<int> m_running;  // trials training now, charted together while following live
    /// The best completed trials of an opened study, shown until a trial
    /// starts or the user selects some.
    QList<int> m_bestFinished;
    static constexpr int kBestShownOnOpen = 3;
    int m_flushCount = 0;
};

}  // namespace hyperlab::ui
