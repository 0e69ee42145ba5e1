#pragma once

#include <QDialog>

#include "study/model/trial.h"

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace hyperlab::ui {

class BoundaryPanel;
class BoundaryStore;
class ConfusionMatrixView;
class ConfusionMatrixTask;
class TrialCurvesChart;

/// Everything about one trial: summary (state, diagnosis, objective, test metrics,
/// parameters, failure reason), its full config as read-only JSON, its
/// learning curves and, for a completed classification trial, the confusion
/// matrix on the test set. The core keeps no predictions, so the matrix is
/// computed on demand by training the trial's config again on a background
/// thread (same config and seed give the same network), with progress and
/// cancel; the dialog stays responsive meanwhile.
class TrialDetailsDialog : public QDialog {
    Q_OBJECT
public:
    /// With a boundary store, a "Decision boundary" tab shows the trial's
    /// boundary (live while it trains, at the scrubber's epoch).
    explicit TrialDetailsDialog(TrialSnapshot trial, QWidget* parent = nullptr,
                                BoundaryStore* boundaries = nullptr);
    ~TrialDetailsDialog() override;

    TrialSnapshot trial() const { return m_trial; }
    /// Starts computing the confusion matrix (what the button does).
    void computeConfusionMatrix();
    /// The confusion-matrix view (tests, export).
    ConfusionMatrixView* confusionMatrixView() const { return m_matrixView; }
    ConfusionMatrixTask* confusionMatrixTask() const { return m_task; }
    /// The decision-boundary tab (null without a store).
    BoundaryPanel* boundaryPanel() const { return m_boundary; }
    /// The curves (with the scrubber's cursor when a store is given).
    TrialCurvesChart* curvesChart() const { return m_curves; }

private:
    QWidget* buildSummaryTab();
    /// The diagnosis findings (icon, what shows, what to change) as a row of
    /// the summary; "no problem" for a finished trial without any.
    void addDiagnosis(QFormLayout* form);
    QWidget* buildConfigTab();
    QWidget* buildCurvesTab();
    QWidget* buildConfusionTab();
    bool canComputeMatrix(QString* why) const;

    TrialSnapshot m_trial;
    QTabWidget* m_tabs = nullptr;
    TrialCurvesChart* m_curves = nullptr;
    ConfusionMatrixView* m_matrixView = nullptr;
    ConfusionMatrixTask* m_task = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_computeButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_matrixStatus = nullptr;
    BoundaryPanel* m_boundary = nullptr;
};

}  // namespace hyperlab::ui
