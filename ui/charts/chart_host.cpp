#include "charts/chart_host.h"

#include <QVBoxLayout>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace hyperlab::ui {

void attachAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y,
                std::initializer_list<QAbstractSeries*> series) {
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void showChartIn(QWidget* host, QChart* chart) {
    auto* view = new QChartView(chart, host);
    view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

}  // namespace hyperlab::ui
