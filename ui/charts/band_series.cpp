#include "charts/band_series.h"

#include <cmath>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>

namespace hyperlab::ui {

BandSeries::BandSeries(QChart* chart, const QColor& color) : m_chart(chart) {
    m_area = new QAreaSeries;
    m_upper = new QLineSeries(m_area);
    m_lower = new QLineSeries(m_area);
    m_area->setUpperSeries(m_upper);
    m_area->setLowerSeries(m_lower);
    m_area->setPen(Qt::NoPen);
    setColor(color);
    chart->addSeries(m_area);
}

void BandSeries::setColor(const QColor& color) {
    QColor shade = color;
    shade.setAlpha(70);
    m_area->setBrush(shade);
}

void BandSeries::setBounds(const std::vector<double>& lower, const std::vector<double>& upper) {
    QList<QPointF> low, high;
    for (std::size_t e = 0; e < lower.size() && e < upper.size(); ++e) {
        if (!std::isfinite(lower[e]) || !std::isfinite(upper[e]))
            continue;
        low.append({double(e + 1), lower[e]});
        high.append({double(e + 1), upper[e]});
    }
    m_upper->replace(high);
    m_lower->replace(low);
}

QList<QPointF> BandSeries::lowerPoints() const {
    return m_lower->points();
}

QList<QPointF> BandSeries::upperPoints() const {
    return m_upper->points();
}

void BandSeries::remove() {
    m_chart->removeSeries(m_area);
    delete m_area;
    m_area = nullptr;
}

}  // namespace hyperlab::ui
