#pragma once

#include <vector>

#include <QColor>
#include <QList>
#include <QPointF>

class QAbstractAxis;
class QAreaSeries;
class QChart;
class QLineSeries;

namespace hyperlab::ui {

/// A shaded band between a lower and an upper per-epoch bound (the min..max
/// of several seeds), drawn as a translucent QAreaSeries without a border.
/// Shared by the seed-spread chart and the learning curves. The chart owns
/// the area; the two bound series are children of the area.
class BandSeries {
public:
    /// Adds the band to `chart`, shaded in `color` at alpha 70, behind the
    /// series added later.
    BandSeries(QChart* chart, const QColor& color);
    BandSeries(const BandSeries&) = delete;
    BandSeries& operator=(const BandSeries&) = delete;

    QAreaSeries* area() const { return m_area; }
    void setColor(const QColor& color);
    /// Index e of `lower`/`upper` is epoch e + 1; epochs where a bound is not
    /// finite are left out.
    void setBounds(const std::vector<double>& lower, const std::vector<double>& upper);
    QList<QPointF> lowerPoints() const;
    QList<QPointF> upperPoints() const;
    /// Takes the band off its chart and deletes it.
    void remove();

private:
    QChart* m_chart;
    QLineSeries* m_upper;
    QLineSeries* m_lower;
    QAreaSeries* m_area;
};

}  // namespace hyperlab::ui
