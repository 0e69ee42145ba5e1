#pragma once

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <QSet>
#include <QWidget>

#include "charts/analysis_view_data.h"

namespace hyperlab::ui {

/// Parallel coordinates of a study: one vertical axis per varying
/// hyperparameter (log, linear or categorical, with an "off" tick for
/// conditional ones) plus the objective, one line per finished trial
/// coloured by its objective (bright = better; pruned and failed trials grey,
/// their objective on the "off" tick). Dragging along an axis brushes a range
/// there; a click on an axis clears its brush. Lines outside every brush
/// fade, and brushedTrials() says which trials pass (all brushes must hold).
/// GUI thread only.
class ParallelCoordinatesChart : public QWidget {
    Q_OBJECT
public:
    explicit ParallelCoordinatesChart(QWidget* parent = nullptr);

    void setData(const AnalysisViewData* data);
    /// Emphasises one trial (the leaderboard's current one); -1 for none.
    void setHighlightedTrial(int number);

    /// Axes: the dimensions in data order, then the objective (index
    /// axisCount() - 1).
    int axisCount() const;
    /// Brushes positions [low, high] of axis `axis` (in the axis's [0, 1]
    /// coordinates; kOffPosition for "off"); an empty range clears it.
    void setBrush(int axis, double low, double high);
    void clearBrushes();
    const std::map<int, std::pair<double, double>>& brushes() const { return m_brushes; }
    /// The trials inside every brush; nullopt when nothing is brushed.
    std::optional<QSet<int>> brushedTrials() const;
    /// Where a trial lies on an axis (kOffPosition when off or unscored).
    double positionOf(const Trial& trial, int axis) const;
    /// Where position `position` of axis `axis` is drawn (tests drag there).
    QPointF axisPoint(int axis, double position) const { return {axisX(axis), yOf(position)}; }
    /// The objective axis's value at a position (inverse of valuePosition).
    double objectiveAt(double position) const;

    /// Time the last paint took (bench, status).
    double lastPaintMs() const { return m_lastPaintMs; }

Q_SIGNALS:
    void brushChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    double axisX(int axis) const;
    double yOf(double position) const;
    double positionAtY(double y) const;
    int axisNear(double x) const;
    bool passes(const Trial& trial) const;
    /// Positions, brush membership and draw order of every drawn line,
    /// recomputed only when the data or the brushes change (not per paint).
    void prepare();

    struct Line {
        const Trial* trial = nullptr;
        bool passes = true;
        int shade = -1;  ///< colour bin by quality; -1 = unscored (grey)
    };
    std::vector<Line> m_lines;        // draw order: faded, then worst to best
    std::vector<double> m_positions;  // m_lines.size() x axisCount(), row per line
    bool m_dirty = true;

    const AnalysisViewData* m_data = nullptr;
    std::map<int, std::pair<double, double>> m_brushes;
    int m_highlighted = -1;
    int m_dragAxis = -1;
    double m_dragStart = 0.0;
    bool m_dragged = false;
    double m_lastPaintMs = 0.0;
};

}  // namespace hyperlab::ui
