#pragma once

#include <QWidget>

#include "charts/analysis_view_data.h"

namespace hyperlab::ui {

/// Slice plots: for each varying hyperparameter a small panel of the
/// objective (y, shared range) against that hyperparameter (x on its own
/// axis: log where the dimension is log, one slot per choice, an "off" strip
/// for trials where it was inactive), one point per completed trial,
/// coloured by trial number (dark = early, bright = late). Hovering a point
/// names the trial; clicking it emits trialClicked. GUI thread only.
class SlicePlotsChart : public QWidget {
    Q_OBJECT
public:
    explicit SlicePlotsChart(QWidget* parent = nullptr);

    void setData(const AnalysisViewData* data);
    void setHighlightedTrial(int number);
    /// One panel per varying dimension.
    int panelCount() const;
    /// The rectangle of panel i's plot area (tests click into it).
    QRectF panelPlotRect(int panel) const;
    /// Where trial `number` is drawn in panel `panel`; null when not drawn.
    QPointF pointOf(int panel, int number) const;
    /// The trial drawn nearest to `pos` (within a few pixels), or -1.
    int trialAt(const QPointF& pos) const;
    double lastPaintMs() const { return m_lastPaintMs; }

Q_SIGNALS:
    void trialClicked(int number);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int columns() const;
    double xOf(const QRectF& plot, double position) const;
    QPointF pointFor(const QRectF& plot, int panel, const Trial& trial) const;

    const AnalysisViewData* m_data = nullptr;
    int m_highlighted = -1;
    double m_lastPaintMs = 0.0;
};

}  // namespace hyperlab::ui
