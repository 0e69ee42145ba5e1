#pragma once

#include <QPen>
#include <QPixmap>
#include <QWidget>

class QChartView;

namespace hyperlab::ui {

/// A vertical cursor line over a chart view that moves without re-rendering
/// the chart. While shown it covers the view's viewport with a picture of
/// the chart, rendered again only when the scene changes or the view is
/// resized, and draws the line on it: moving the line repaints two thin
/// strips from that picture. (A line in the chart's own scene would make
/// the view draw every series again for each strip: at 100 trials with
/// bands that is tens of milliseconds per scrubber frame.) Mouse events go
/// through to the chart.
class ChartCursorOverlay : public QWidget {
    Q_OBJECT
public:
    explicit ChartCursorOverlay(QChartView* view);

    /// Shows the vertical line at scene x from scene y `top` to `bottom`
    /// (the plot area); a NaN x hides the overlay.
    void setCursorLine(double sceneX, double top, double bottom);
    double cursorSceneX() const { return m_sceneX; }
    /// The chart changed in a way the scene does not report yet (an export
    /// that toggles the legend): render the picture again.
    void invalidate();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The line's strip in viewport pixels, for partial updates.
    QRect stripAt(double sceneX) const;

    QChartView* m_view;
    QPixmap m_picture;
    bool m_stale = true;
    double m_sceneX;
    double m_top = 0, m_bottom = 0;
    QPen m_pen;
};

}  // namespace hyperlab::ui
