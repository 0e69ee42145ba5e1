#include "charts/seed_band_chart.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include "charts/band_series.h"
#include "charts/chart_host.h"
#include "charts/chart_palette.h"

namespace hyperlab::ui {

struct SeedBandChart::Private {
    QChart* chart = nullptr;
    QLineSeries* mean = nullptr;
    std::unique_ptr<BandSeries> band;
    QValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
};

SeedBandChart::SeedBandChart(QWidget* parent) : QWidget(parent), d(new Private) {
    d->chart = new QChart;
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->band = std::make_unique<BandSeries>(d->chart, seriesColor(0));
    d->mean = new QLineSeries;
    d->mean->setPen(QPen(seriesColor(0), 2));
    d->chart->addSeries(d->mean);
    d->x = new QValueAxis;
    d->x->setTitleText(tr("Epoch"));
    d->x->setLabelFormat(QStringLiteral("%d"));
    d->y = new QValueAxis;
    attachAxes(d->chart, d->x, d->y, {d->band->area(), d->mean});
    showChartIn(this, d->chart);
}

SeedBandChart::~SeedBandChart() {
    delete d;
}

void SeedBandChart::setBand(const EpochBand& band, int seeds, bool classification) {
    d->mean->setName(tr("Mean over %n seeds", nullptr, seeds));
    d->band->area()->setName(tr("Min..max over the seeds"));
    d->y->setTitleText(classification ? tr("Validation accuracy") : tr("Validation R²"));
    QList<QPointF> mean;
    double lo = INFINITY, hi = -INFINITY;
    for (int e = 0; e < band.epochs(); ++e) {
        if (!std::isfinite(band.mean[std::size_t(e)]))
            continue;
        mean.append({double(e + 1), band.mean[std::size_t(e)]});
        lo = std::min(lo, band.min[std::size_t(e)]);
        hi = std::max(hi, band.max[std::size_t(e)]);
    }
    d->mean->replace(mean);
    d->band->setBounds(band.min, band.max);
    d->x->setRange(1, std::max(2, band.epochs()));
    if (!mean.isEmpty()) {
        const double pad = std::max(1e-3, 0.05 * (hi - lo));
        d->y->setRange(lo - pad, hi + pad);
    }
}

int SeedBandChart::epochCount() const {
    return int(d->mean->count());
}

}  // namespace hyperlab::ui
