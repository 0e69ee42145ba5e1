#pragma once

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QSet>
#include <QThreadPool>
#include <QWidget>

#include "charts/analysis_view_data.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;

namespace hyperlab {
class ContourSurrogate;
}

namespace hyperlab::ui {

class ContourChart;
class ImportanceChart;
class ParallelCoordinatesChart;
class SlicePlotsChart;

/// The Analysis view: which hyperparameters mattered and where the good
/// region is, as parallel coordinates, slice plots, a contour of the
/// surrogate and an importance bar chart (tabs), each exportable as PNG or
/// SVG. It only adapts core/study/analysis (PED-ANOVA importance, best
/// region, contour surrogate); that computation runs on a worker thread, one
/// at a time, and finished trials are applied in coalesced batches (at most
/// every kCoalesceMs), so a live study at 1,000 trials stays responsive.
/// Brushing ranges on the parallel coordinates emits the trials inside them
/// (the main window filters the leaderboard with them). GUI thread only.
class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 300;

    explicit AnalysisPanel(QWidget* parent = nullptr);
    ~AnalysisPanel() override;

    /// A study starts or is opened: its space and objective; forgets every trial.
    void setStudy(const StudyDefinition& definition);
    /// Several trials at once (an opened or resumed study).
    void setTrials(const std::vector<TrialSnapshot>& trials);
    /// One trial reached a final state.
    void onTrialFinished(const TrialSnapshot& trial);
    void clear();
    /// Emphasises a trial in every chart (the leaderboard's current one); -1 for none.
    void setHighlightedTrial(int number);

    /// Chooses the contour's axes (indices into the varying dimensions; both numeric).
    void setContourAxes(int xAxis, int yAxis);
    /// Whether pruned and failed trials are drawn (grey) in the parallel coordinates.
    void setShowUnscored(bool show);

    QTabWidget* tabs() const { return m_tabs; }
    ParallelCoordinatesChart* parallelCoordinates() const { return m_parallel; }
    SlicePlotsChart* slices() const { return m_slices; }
    ContourChart* contour() const { return m_contour; }
    ImportanceChart* importance() const { return m_importance; }
    const AnalysisViewData& viewData() const { return m_view; }
    /// The surrogate of the last computation (null before one or with too few trials).
    std::shared_ptr<const ContourSurrogate> surrogate() const { return m_surrogate; }

    /// Applies pending trials now instead of waiting for the timer (tests,
    /// export) and starts the computation.
    void flushNow();
    /// Waits (processing events) until no computation runs or is due; false
    /// on timeout (tests).
    bool waitForComputation(int timeoutMs);
    /// Saves the chart of the current tab (".svg" or PNG).
    bool exportCurrentChart(const QString& path, QString* error = nullptr);
    /// Refreshes applied so far (tests).
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    /// The trials inside the parallel-coordinate brushes; nullopt = no brush.
    void brushChanged(const std::optional<QSet<int>>& trials);
    /// The user clicked a trial in a chart.
    void trialClicked(int number);
    /// A background computation was applied (tests).
    void computed();

private:
    struct Result;
    void buildUi();
    void scheduleRefresh();
    void refresh();
    void startComputation();
    void applyResult(const std::shared_ptr<Result>& result);
    void fillContourAxes();
    void emitBrush();

    StudyDefinition m_definition;
    std::map<int, TrialSnapshot> m_trials;
    AnalysisViewData m_view;
    bool m_showUnscored = false;
    std::shared_ptr<const ContourSurrogate> m_surrogate;

    QTabWidget* m_tabs = nullptr;
    ParallelCoordinatesChart* m_parallel = nullptr;
    SlicePlotsChart* m_slices = nullptr;
    ContourChart* m_contour = nullptr;
    ImportanceChart* m_importance = nullptr;
    QComboBox* m_contourX = nullptr;
    QComboBox* m_contourY = nullptr;
    QCheckBox* m_unscored = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;

    QThreadPool m_pool;  // one worker: the importance and surrogate fit
    bool m_computing = false;
    bool m_computeAgain = false;
    int m_generation = 0;  // a new study discards results computed for the old one
    int m_refreshCount = 0;
};

}  // namespace hyperlab::ui
