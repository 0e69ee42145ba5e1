#include "charts/optimization_history_chart.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include "charts/chart_export.h"
#include "charts/chart_palette.h"

namespace hyperlab::ui {

struct OptimizationHistoryChart::Private {
    struct Point {
        double value = 0;
        TrialState state = TrialState::Completed;
    };
    std::map<int, Point> points;  ///< by trial number
    bool maximize = true;
    QString metric;
    QChart* chart = nullptr;
    QChartView* view = nullptr;
    QScatterSeries* completed = nullptr;
    QScatterSeries* pruned = nullptr;
    QScatterSeries* best = nullptr;
    QLineSeries* bestLine = nullptr;
    QValueAxis* x = nullptr;
    QValueAxis* y = nullptr;

    bool better(double a, double b) const { return maximize ? a > b : a < b; }
};

OptimizationHistoryChart::OptimizationHistoryChart(QWidget* parent)
    : QWidget(parent), d(new Private) {
    d->chart = new QChart;
    d->chart->setTitle(tr("Optimisation history"));
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->legend()->setAlignment(Qt::AlignBottom);

    d->completed = new QScatterSeries;
    d->completed->setName(tr("completed trial"));
    d->completed->setMarkerSize(8);
    d->completed->setColor(seriesColor(0));
    d->completed->setBorderColor(seriesColor(0).darker(130));
    d->pruned = new QScatterSeries;
    d->pruned->setName(tr("pruned (last value)"));
    d->pruned->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    d->pruned->setMarkerSize(6);
    d->pruned->setColor(QColor(0xb0, 0xb0, 0xb0));
    d->pruned->setBorderColor(QColor(0x80, 0x80, 0x80));
    d->bestLine = new QLineSeries;
    d->bestLine->setName(tr("best so far"));
    QPen pen(seriesColor(1));
    pen.setWidthF(2.2);
    d->bestLine->setPen(pen);
    d->best = new QScatterSeries;
    d->best->setName(tr("best trial"));
    d->best->setMarkerSize(13);
    d->best->setColor(seriesColor(1));
    d->best->setBorderColor(Qt::black);

    d->x = new QValueAxis;
    d->x->setTitleText(tr("Trial"));
    d->x->setLabelFormat(QStringLiteral("%.0f"));
    d->y = new QValueAxis;
    d->y->setLabelFormat(QStringLiteral("%.3g"));
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);
    // Drawing order: pruned below, then completed, the line, the best on top.
    for (QAbstractSeries* s :
         std::initializer_list<QAbstractSeries*>{d->pruned, d->completed, d->bestLine, d->best}) {
        d->chart->addSeries(s);
        s->attachAxis(d->x);
        s->attachAxis(d->y);
    }
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumSize(280, 180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setObjective(QStringLiteral("objective"), true);
}

OptimizationHistoryChart::~OptimizationHistoryChart() = default;

void OptimizationHistoryChart::setObjective(const QString& metric, bool maximize) {
    d->metric = metric;
    d->maximize = maximize;
    d->y->setTitleText(maximize ? tr("%1 (higher is better)").arg(metric)
                                : tr("%1 (lower is better)").arg(metric));
    refresh();
}

void OptimizationHistoryChart::setTrialValue(int trial, double value, TrialState state) {
    if (!std::isfinite(value) || (state != TrialState::Completed && state != TrialState::Pruned)) {
        d->points.erase(trial);
        return;
    }
    d->points[trial] = {value, state};
}

void OptimizationHistoryChart::clear() {
    d->points.clear();
    refresh();
}

int OptimizationHistoryChart::completedCount() const {
    return int(std::count_if(d->points.begin(), d->points.end(), [](const auto& p) {
        return p.second.state == TrialState::Completed;
    }));
}

int OptimizationHistoryChart::prunedCount() const {
    return int(d->points.size()) - completedCount();
}

QList<QPointF> OptimizationHistoryChart::bestSoFar() const {
    QList<QPointF> out;
    bool any = false;
    double best = 0;
    for (const auto& [number, p] : d->points) {
        if (p.state != TrialState::Completed)
            continue;
        if (!any || d->better(p.value, best)) {
            best = p.value;
            any = true;
        }
        out << QPointF(number, best);
    }
    return out;
}

void OptimizationHistoryChart::refresh() {
    QList<QPointF> completed, pruned;
    double low = 0, high = 1;
    bool any = false;
    int lastTrial = 1;
    for (const auto& [number, p] : d->points) {
        (p.state == TrialState::Completed ? completed : pruned) << QPointF(number, p.value);
        low = any ? std::min(low, p.value) : p.value;
        high = any ? std::max(high, p.value) : p.value;
        any = true;
        lastTrial = std::max(lastTrial, number);
    }
    // The best-so-far line is a staircase: it only moves when a trial beats it.
    const QList<QPointF> best = bestSoFar();
    QList<QPointF> stairs;
    for (const QPointF& p : best) {
        if (!stairs.isEmpty() && stairs.back().y() != p.y())
            stairs << QPointF(p.x(), stairs.back().y());
        stairs << p;
    }
    if (!stairs.isEmpty() && stairs.back().x() < lastTrial)
        stairs << QPointF(lastTrial, stairs.back().y());
    d->completed->replace(completed);
    d->pruned->replace(pruned);
    d->bestLine->replace(stairs);
    QList<QPointF> bestPoint;
    if (!best.isEmpty()) {
        const double value = best.back().y();
        for (const QPointF& p : completed)
            if (p.y() == value) {
                bestPoint << p;
                break;
            }
    }
    d->best->replace(bestPoint);

    d->x->setRange(-0.5, std::max(lastTrial, 1) + 0.5);
    d->x->setTickType(QValueAxis::TicksDynamic);
    d->x->setTickAnchor(0);
    d->x->setTickInterval(std::max(1.0, std::ceil((lastTrial + 1) / 10.0)));
    if (!any) {
        d->y->setRange(0, 1);
    } else {
        const double pad = high > low ? 0.06 * (high - low) : std::max(1e-3, 0.05 * std::abs(high));
        d->y->setRange(low - pad, high + pad);
        d->y->applyNiceNumbers();
    }
    ++m_updateCount;
}

bool OptimizationHistoryChart::exportImage(const QString& path, QString* error) {
    return exportWidgetImage(d->view, path, error);
}

}  // namespace hyperlab::ui
