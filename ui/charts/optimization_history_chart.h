#pragma once

#include <memory>

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include "search/trial_state.h"

namespace hyperlab::ui {

/// The optimisation history of a study: the objective of every finished
/// trial over its trial number (completed trials as dots, pruned ones as
/// grey crosses at their last value) and the best-so-far line through the
/// completed ones, in the study's direction. GUI thread only.
class OptimizationHistoryChart : public QWidget {
    Q_OBJECT
public:
    explicit OptimizationHistoryChart(QWidget* parent = nullptr);
    ~OptimizationHistoryChart() override;

    /// Axis title ("val_accuracy") and whether larger is better.
    void setObjective(const QString& metric, bool maximize);
    /// Records or replaces a trial's value; NaN values and states other than
    /// Completed and Pruned remove it from the chart.
    void setTrialValue(int trial, double value, TrialState state);
    void clear();

    int completedCount() const;
    int prunedCount() const;
    /// Best value so far after each completed trial, in trial-number order.
    QList<QPointF> bestSoFar() const;
    int updateCount() const { return m_updateCount; }

    /// Repaints the series from the recorded values; called by the owner
    /// after a batch of setTrialValue calls (setTrialValue alone only records).
    void refresh();

    bool exportImage(const QString& path, QString* error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
    int m_updateCount = 0;
};

}  // namespace hyperlab::ui
