#include "charts/lr_range_chart.h"

#include <algorithm>
#include <cmath>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include "charts/chart_host.h"
#include "charts/chart_palette.h"

namespace hyperlab::ui {

struct LrRangeChart::Private {
    QChart* chart = nullptr;
    QLineSeries* loss = nullptr;
    QLineSeries* rangeTop = nullptr;
    QLineSeries* rangeBottom = nullptr;
    QAreaSeries* range = nullptr;
    QScatterSeries* suggested = nullptr;
    QLogValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
    double markedRate = 0;
};

LrRangeChart::LrRangeChart(QWidget* parent) : QWidget(parent), d(new Private) {
    d->chart = new QChart;
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->loss = new QLineSeries;
    d->loss->setName(tr("Smoothed training loss"));
    d->loss->setPen(QPen(seriesColor(0), 2));
    d->rangeTop = new QLineSeries;
    d->rangeBottom = new QLineSeries;
    d->range = new QAreaSeries(d->rangeTop, d->rangeBottom);
    d->range->setName(tr("Suggested range"));
    QColor shade = seriesColor(2);
    shade.setAlpha(60);
    d->range->setBrush(shade);
    d->range->setPen(Qt::NoPen);
    d->suggested = new QScatterSeries;
    d->suggested->setName(tr("Suggested rate"));
    d->suggested->setMarkerSize(12);
    d->suggested->setColor(seriesColor(1));
    d->chart->addSeries(d->range);
    d->chart->addSeries(d->loss);
    d->chart->addSeries(d->suggested);
    d->x = new QLogValueAxis;
    d->x->setBase(10);
    d->x->setLabelFormat(QStringLiteral("%.0e"));
    d->x->setTitleText(tr("Learning rate (log scale)"));
    d->x->setRange(1e-7, 10);
    d->x->setMinorTickCount(-1);
    d->y = new QValueAxis;
    d->y->setTitleText(tr("Loss"));
    attachAxes(d->chart, d->x, d->y, {d->range, d->loss, d->suggested});
    showChartIn(this, d->chart);
}

LrRangeChart::~LrRangeChart() {
    delete d;
}

void LrRangeChart::setPoints(const std::vector<LrRangePoint>& points) {
    QList<QPointF> xy;
    xy.reserve(qsizetype(points.size()));
    double lo = INFINITY, hi = -INFINITY;
    for (const LrRangePoint& p : points) {
        xy.append({p.learningRate, p.loss});
        lo = std::min(lo, p.loss);
        hi = std::max(hi, p.loss);
    }
    d->loss->replace(xy);
    if (!points.empty()) {
        const double pad = std::max(1e-6, 0.05 * (hi - lo));
        d->y->setRange(std::max(0.0, lo - pad), hi + pad);
    }
}

void LrRangeChart::setResult(const LrRangeTestResult& result) {
    setPoints(result.points);
    const double bottom = d->y->min(), top = d->y->max();
    d->rangeTop->replace({{result.low, top}, {result.high, top}});
    d->rangeBottom->replace({{result.low, bottom}, {result.high, bottom}});
    // The marker sits on the curve at the suggested rate.
    double loss = result.points.empty() ? bottom : result.points.front().loss;
    for (const LrRangePoint& p : result.points)
        if (p.learningRate <= result.suggested)
            loss = p.loss;
    d->suggested->replace({{result.suggested, loss}});
    d->markedRate = result.suggested;
}

void LrRangeChart::clear() {
    d->loss->clear();
    d->rangeTop->clear();
    d->rangeBottom->clear();
    d->suggested->clear();
    d->markedRate = 0;
}

int LrRangeChart::pointCount() const {
    return int(d->loss->count());
}

double LrRangeChart::markedRate() const {
    return d->markedRate;
}

}  // namespace hyperlab::ui
