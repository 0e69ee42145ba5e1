#include "charts/trial_curves_chart.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <memory>

#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include "charts/band_series.h"
#include "charts/chart_cursor_overlay.h"
#include "charts/chart_export.h"
#include "study/model/trial_repeats.h"
#include "train/history_at_epoch.h"

namespace hyperlab::ui {

namespace {

constexpr int kParts = 3;
constexpr double kInf = std::numeric_limits<double>::infinity();

/// A "nice" step (1, 2 or 5 times a power of ten) for about `ticks` intervals.
double niceStep(double span, int ticks) {
    if (!(span > 0))
        return 1.0;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

struct Range {
    double low = kInf;
    double high = -kInf;
    void add(double v) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    bool valid() const { return low <= high; }
};

}  // namespace

struct TrialCurvesChart::Private {
    struct TrialSeries {
        QString label;
        QColor color;
        std::vector<EpochMetrics> history;               ///< repeat 0
        std::vector<std::vector<EpochMetrics>> repeats;  ///< repeats 1, 2, ...
        /// The curves as drawn: the history, or with repeats their mean
        /// (losses and qualities; the rate is repeat 0's).
        std::vector<EpochMetrics> shown;
        RepeatBands bands;
        int repeatCount = 1;
        /// Validation band on the loss and on the quality chart (with repeats).
        std::array<std::unique_ptr<BandSeries>, 2> bandSeries;
        bool hasPartial = false;
        QPointF partial;  ///< (fractional epoch, batch loss)
        // [part][0 = validation, 1 = training]; the learning rate has one.
        std::array<std::array<QLineSeries*, 2>, kParts> series{};
    };

    bool classification = true;
    std::array<QChart*, kParts> charts{};
    std::array<QChartView*, kParts> views{};
    std::array<QValueAxis*, kParts> xAxes{};
    std::array<QValueAxis*, kParts> yAxes{};  ///< loss and quality; the rate has lrAxis
    /// Always logarithmic: rates are chosen and scheduled by orders of
    /// magnitude, and one axis kind for the whole run never jumps.
    QLogValueAxis* lrAxis = nullptr;
    std::map<int, TrialSeries> trials;
    QWidget* container = nullptr;
    /// The scrubber's epoch, one line per chart, drawn over a cached picture
    /// of the chart so that moving it does not render the series again.
    std::array<ChartCursorOverlay*, kParts> cursors{};
    /// Under the charts: what the lines mean when live, each trial's values
    /// at the scrubber's epoch while scrubbing.
    QLabel* footer = nullptr;
    QString captionToolTip;
    int cursorEpoch = -1;
    /// Trials named in the read-out line; the rest are in its tooltip.
    static constexpr int kReadoutTrials = 3;

    QAbstractAxis* valueAxis(int part) const {
        return part == int(Part::LearningRate) ? static_cast<QAbstractAxis*>(lrAxis)
                                               : static_cast<QAbstractAxis*>(yAxes[part]);
    }

    static void hideLegendMarkers(QChart* chart, QAbstractSeries* s) {
        for (QLegendMarker* m : chart->legend()->markers(s))
            m->setVisible(false);
    }

    QLineSeries* makeSeries(int part, const TrialSeries& t, bool training) {
        auto* s = new QLineSeries;
        QPen pen(t.color);
        pen.setWidthF(training ? 1.6 : 2.2);
        pen.setStyle(training ? Qt::DashLine : Qt::SolidLine);
        s->setPen(pen);
        s->setName(t.label);
        charts[part]->addSeries(s);
        s->attachAxis(xAxes[part]);
        s->attachAxis(valueAxis(part));
        // One legend entry per trial: the training curve shares the colour.
        if (training)
            hideLegendMarkers(charts[part], s);
        return s;
    }

    void createSeries(TrialSeries& t) {
        for (int part = 0; part < kParts; ++part) {
            t.series[std::size_t(part)][0] = makeSeries(part, t, false);
            t.series[std::size_t(part)][1] =
                part == int(Part::LearningRate) ? nullptr : makeSeries(part, t, true);
        }
    }

    void destroySeries(TrialSeries& t) {
        for (auto& band : t.bandSeries)
            if (band) {
                band->remove();
                band.reset();
            }
        for (int part = 0; part < kParts; ++part)
            for (QLineSeries* s : t.series[std::size_t(part)])
                if (s) {
                    charts[std::size_t(part)]->removeSeries(s);
                    delete s;
                }
        t.series = {};
    }

    /// Recomputes what is drawn from the history and the other repeats.
    void updateShown(TrialSeries& t) {
        t.repeatCount = 1;
        for (const auto& r : t.repeats)
            t.repeatCount += r.empty() ? 0 : 1;
        if (t.repeatCount < 2) {
            t.shown = t.history;
            t.bands = {};
            for (auto& band : t.bandSeries)
                if (band) {
                    band->remove();
                    band.reset();
                }
            return;
        }
        std::vector<std::vector<EpochMetrics>> all{t.history};
        all.insert(all.end(), t.repeats.begin(), t.repeats.end());
        t.bands = repeatBands(all, classification);
        t.shown.clear();
        for (int e = 0; e < t.bands.valLoss.epochs(); ++e) {
            const auto i = std::size_t(e);
            EpochMetrics m = i < t.history.size() ? t.history[i] : EpochMetrics{};
            m.epoch = e + 1;
            if (i >= t.history.size())
                m.learningRate = 0;  // not drawn
            m.valLoss = t.bands.valLoss.mean[i];
            m.trainLoss = t.bands.trainLoss.mean[i];
            m.valAccuracy = m.valR2 = t.bands.valQuality.mean[i];
            m.trainAccuracy = m.trainR2 = t.bands.trainQuality.mean[i];
            t.shown.push_back(m);
        }
        const std::array<const EpochBand*, 2> bands{&t.bands.valLoss, &t.bands.valQuality};
        for (int part = 0; part < 2; ++part) {
            auto& band = t.bandSeries[std::size_t(part)];
            if (!band) {
                band = std::make_unique<BandSeries>(charts[std::size_t(part)], t.color);
                band->area()->attachAxis(xAxes[std::size_t(part)]);
                band->area()->attachAxis(yAxes[std::size_t(part)]);
                hideLegendMarkers(charts[std::size_t(part)], band->area());
            }
            band->area()->setName(
                TrialCurvesChart::tr("%1: min..max over %n seeds", nullptr, t.repeatCount)
                    .arg(t.label));
            band->setBounds(bands[std::size_t(part)]->min, bands[std::size_t(part)]->max);
        }
    }

    void fill(TrialSeries& t) {
        updateShown(t);
        QList<QPointF> valLoss, trainLoss, valQ, trainQ, lr;
        for (const EpochMetrics& e : t.shown) {
            const double x = e.epoch;
            valLoss << QPointF(x, e.valLoss);
            trainLoss << QPointF(x, e.trainLoss);
            valQ << QPointF(x, classification ? e.valAccuracy : e.valR2);
            trainQ << QPointF(x, classification ? e.trainAccuracy : e.trainR2);
            if (e.learningRate > 0)  // a log axis has no 0 (warm-up start, cosine end)
                lr << QPointF(x, e.learningRate);
        }
        if (t.hasPartial)
            trainLoss << t.partial;
        // Non-finite values (a diverged epoch) would wreck the axes: drop them.
        const auto finite = [](QList<QPointF>& points) {
            points.removeIf(
                [](const QPointF& p) { return !std::isfinite(p.x()) || !std::isfinite(p.y()); });
        };
        for (QList<QPointF>* p : {&valLoss, &trainLoss, &valQ, &trainQ, &lr})
            finite(*p);
        t.series[0][0]->replace(valLoss);
        t.series[0][1]->replace(trainLoss);
        t.series[1][0]->replace(valQ);
        t.series[1][1]->replace(trainQ);
        t.series[2][0]->replace(lr);
    }

    void updateAxes() {
        double maxEpoch = 1;
        double minEpoch = 1;  // 0 while the first epoch of a trial is still running
        Range loss, quality, lr;
        for (const auto& [number, t] : trials) {
            for (const EpochMetrics& e : t.shown) {
                maxEpoch = std::max(maxEpoch, double(e.epoch));
                loss.add(e.valLoss);
                loss.add(e.trainLoss);
                quality.add(classification ? e.valAccuracy : e.valR2);
                quality.add(classification ? e.trainAccuracy : e.trainR2);
                if (e.learningRate > 0)
                    lr.add(e.learningRate);
            }
            // The bands stay inside the charts.
            const auto addBand = [](Range& range, const EpochBand& band) {
                for (std::size_t e = 0; e < band.min.size(); ++e) {
                    range.add(band.min[e]);
                    range.add(band.max[e]);
                }
            };
            addBand(loss, t.bands.valLoss);
            addBand(quality, t.bands.valQuality);
            if (t.hasPartial) {
                maxEpoch = std::max(maxEpoch, std::ceil(t.partial.x()));
                if (t.partial.x() < 1)
                    minEpoch = 0;
                loss.add(t.partial.y());
            }
        }
        const double xStep = niceStep(maxEpoch - 1, 8);
        for (QValueAxis* x : xAxes) {
            x->setRange(minEpoch, std::max(2.0, maxEpoch));
            x->setTickType(QValueAxis::TicksDynamic);
            x->setTickAnchor(0);
            x->setTickInterval(std::max(1.0, xStep));
        }
        // Losses start at zero so curves of different trials compare by height.
        const double lossHigh = loss.valid() ? loss.high * 1.05 : 1.0;
        yAxes[0]->setRange(0, lossHigh > 0 ? lossHigh : 1.0);
        yAxes[0]->applyNiceNumbers();
        if (classification) {
            const double low = quality.valid() ? std::floor(quality.low * 10) / 10 : 0.0;
            yAxes[1]->setRange(std::clamp(low, 0.0, 0.9), 1.0);
            yAxes[1]->setTickType(QValueAxis::TicksDynamic);
            yAxes[1]->setTickAnchor(0);
            yAxes[1]->setTickInterval(niceStep(1.0 - std::clamp(low, 0.0, 0.9), 5));
        } else {
            // R^2 is unbounded below; a terrible first epoch should not flatten the rest.
            const double low =
                quality.valid() ? std::max(-1.0, std::floor(quality.low * 10) / 10) : 0.0;
            yAxes[1]->setRange(std::min(low, 0.9), 1.0);
        }
        // Whole decades around the rates (at least two, at most twelve:
        // below that a schedule's tail is zero for any purpose), labelled
        // every decade, or every k decades so that no more than five labels
        // share the chart's height.
        double top = -1, bottom = -3;
        if (lr.valid()) {
            top = std::ceil(std::log10(lr.high) - 1e-9);
            bottom = std::floor(std::log10(lr.low) + 1e-9);
            if (top - bottom < 2) {
                top += 1;
                bottom = top - 2;
            }
            bottom = std::max(bottom, top - 12);
        }
        const int decadesPerLabel = std::max(1, int(std::ceil((top - bottom) / 5.0)));
        bottom = top - decadesPerLabel * std::ceil((top - bottom) / decadesPerLabel);
        lrAxis->setBase(std::pow(10.0, decadesPerLabel));
        lrAxis->setRange(std::pow(10.0, bottom), std::pow(10.0, top));
        placeCursor();
    }

    QString readoutLine(const TrialSeries& t, bool richText) const {
        const EpochMetrics* m = metricsAtEpoch(t.shown, cursorEpoch);
        const QString name = richText ? t.label.toHtmlEscaped() : t.label;
        QString line =
            richText
                ? QStringLiteral("<span style=\"color:%1\">■</span> %2: ").arg(t.color.name(), name)
                : name + QStringLiteral(": ");
        if (!m)
            return line + TrialCurvesChart::tr("no epoch yet");
        const auto number = [](double v) {
            return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–");
        };
        line += TrialCurvesChart::tr("val. loss %1 · train loss %2 · val. %3 %4 · train %3 %5")
                    .arg(number(m->valLoss), number(m->trainLoss),
                         classification ? TrialCurvesChart::tr("acc.") : QStringLiteral("R²"),
                         number(classification ? m->valAccuracy : m->valR2),
                         number(classification ? m->trainAccuracy : m->trainR2));
        if (t.repeatCount > 1)
            line += TrialCurvesChart::tr(" (mean of %n seeds)", nullptr, t.repeatCount);
        if (m->epoch != cursorEpoch)
            line += TrialCurvesChart::tr(" (stopped at epoch %1)").arg(m->epoch);
        return line;
    }

    /// Puts a chart's cursor line at cursorEpoch over its plot area (value
    /// axis x, linear, as the series are mapped).
    void placeCursorLine(int part) {
        ChartCursorOverlay* overlay = cursors[std::size_t(part)];
        if (!overlay)
            return;  // still constructing
        const QValueAxis* x = xAxes[std::size_t(part)];
        QChart* chart = charts[std::size_t(part)];
        const QRectF plot = chart->plotArea();
        const bool shown = cursorEpoch >= 0 && x->max() > x->min() && cursorEpoch >= x->min() &&
                           cursorEpoch <= x->max();
        if (!shown) {
            overlay->setCursorLine(std::numeric_limits<double>::quiet_NaN(), 0, 0);
            return;
        }
        const double px =
            plot.left() + (cursorEpoch - x->min()) / (x->max() - x->min()) * plot.width();
        const QPointF top = chart->mapToScene(QPointF(px, plot.top()));
        overlay->setCursorLine(top.x(), top.y(), chart->mapToScene(plot.bottomLeft()).y());
    }

    /// Moves the scrubber's cursors to cursorEpoch and rewrites the footer.
    void placeCursor() {
        if (!footer)
            return;  // still constructing
        for (int part = 0; part < kParts; ++part)
            placeCursorLine(part);
        updateFooter();
    }

    /// Live: the caption, one line (two with seed bands). Scrubbing: the
    /// read-out, always two lines, so the charts keep their size while the
    /// scrubber moves (a resize renders every curve and band again).
    void updateFooter() {
        int seeds = 1;
        for (const auto& [number, t] : trials)
            seeds = std::max(seeds, t.repeatCount);
        const bool scrubbing = cursorEpoch >= 0;
        const int lines = scrubbing || seeds > 1 ? 2 : 1;
        const int height = lines * footer->fontMetrics().lineSpacing() + 4;
        if (footer->height() != height || footer->minimumHeight() != height)
            footer->setFixedHeight(height);
        const QColor ink = footer->parentWidget()->palette().color(
            scrubbing ? QPalette::WindowText : QPalette::PlaceholderText);
        if (footer->palette().color(QPalette::WindowText) != ink) {
            QPalette pal = footer->palette();
            pal.setColor(QPalette::WindowText, ink);
            footer->setPalette(pal);
        }
        if (!scrubbing) {
            QString text = TrialCurvesChart::tr(
                "Solid: validation · dashed: training (evaluation mode) · colours as in the "
                "legend");
            if (seeds > 1)
                text += TrialCurvesChart::tr(
                    " · line: mean over the seeds, shaded: their min..max (validation)");
            footer->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
            footer->setText(text.toHtmlEscaped());
            footer->setToolTip(captionToolTip);
            return;
        }
        QStringList shown, all;
        for (const auto& [number, t] : trials) {
            if (shown.size() < kReadoutTrials)
                shown << readoutLine(t, true);
            all << readoutLine(t, false);
        }
        const int more = int(all.size()) - int(shown.size());
        QString text =
            QStringLiteral("<b>%1</b>")
                .arg(TrialCurvesChart::tr("Epoch %1 (scrubber)").arg(cursorEpoch).toHtmlEscaped());
        if (!shown.isEmpty())
            text += QStringLiteral(" — ") + shown.join(QStringLiteral(" &nbsp; "));
        if (more > 0)
            text += QStringLiteral(" &nbsp; ") +
                    TrialCurvesChart::tr("and %n more (in the tooltip)", nullptr, more);
        footer->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        footer->setText(text);
        footer->setToolTip(TrialCurvesChart::tr("Epoch %1").arg(cursorEpoch) +
                           QStringLiteral("\n") + all.join(QLatin1Char('\n')));
    }
};

TrialCurvesChart::TrialCurvesChart(QWidget* parent) : QWidget(parent), d(new Private) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    const std::array<QString, kParts> titles{tr("Loss"), tr("Accuracy"), tr("Learning rate")};
    for (int part = 0; part < kParts; ++part) {
        auto* chart = new QChart;
        chart->setTitle(titles[std::size_t(part)]);
        chart->setAnimationOptions(QChart::NoAnimation);  // live data: animations lag behind
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setAlignment(part == int(Part::LearningRate) ? Qt::AlignRight
                                                                      : Qt::AlignBottom);
        chart->legend()->setShowToolTips(true);
        // The half-width charts would elide "lr=0.003 · dropout=0.2" to
        // "lr=0.0…": on screen the full-width learning-rate chart carries the
        // one legend (same colours); exports of a single chart get their own.
        chart->legend()->setVisible(part == int(Part::LearningRate));
        auto* x = new QValueAxis;
        x->setTitleText(tr("Epoch"));
        x->setLabelFormat(QStringLiteral("%.0f"));
        auto* y = new QValueAxis;
        y->setLabelFormat(part == int(Part::LearningRate) ? QStringLiteral("%.3g")
                                                          : QStringLiteral("%.2f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        auto* view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(220, 160);
        d->charts[std::size_t(part)] = chart;
        d->views[std::size_t(part)] = view;
        d->xAxes[std::size_t(part)] = x;
        d->yAxes[std::size_t(part)] = y;
    }
    // The learning-rate chart's value axis is the log one, from the start.
    d->lrAxis = new QLogValueAxis;
    d->lrAxis->setLabelFormat(QStringLiteral("%.0e"));
    d->lrAxis->setMinorTickCount(0);
    d->lrAxis->setTitleText(tr("rate (log)"));
    QChart* lrChart = d->charts[int(Part::LearningRate)];
    lrChart->removeAxis(d->yAxes[int(Part::LearningRate)]);
    delete d->yAxes[int(Part::LearningRate)];
    d->yAxes[int(Part::LearningRate)] = nullptr;
    lrChart->addAxis(d->lrAxis, Qt::AlignLeft);
    // The scrubber's cursor: a vertical line over each chart's plot area,
    // following the plot area when it moves.
    for (int part = 0; part < kParts; ++part) {
        QChart* chart = d->charts[std::size_t(part)];
        d->cursors[std::size_t(part)] = new ChartCursorOverlay(d->views[std::size_t(part)]);
        connect(chart, &QChart::plotAreaChanged, this, [this, part] { d->placeCursorLine(part); });
    }

    d->captionToolTip =
        tr("Each colour is one trial. Validation curves are solid, training curves dashed; "
           "a gap between them that grows means the network is overfitting. Both are measured "
           "after each epoch in evaluation mode (dropout off, batch norm on its running "
           "statistics), the training ones on a fixed sample of the training set (a quarter, 256 "
           "to 2,000 samples). The dashed loss "
           "of a running epoch is its latest batch loss. With several seeds per configuration "
           "(the study's repeats) each line is the mean over the seeds and the shaded band spans "
           "their lowest to highest validation value at each epoch.");
    d->footer = new QLabel(this);
    d->footer->setTextFormat(Qt::RichText);
    d->footer->setWordWrap(true);
    grid->addWidget(d->views[0], 0, 0);
    grid->addWidget(d->views[1], 0, 1);
    grid->addWidget(d->views[2], 1, 0, 1, 2);
    grid->addWidget(d->footer, 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    setClassification(true);
    d->updateAxes();
}

TrialCurvesChart::~TrialCurvesChart() = default;

void TrialCurvesChart::setClassification(bool classification) {
    d->classification = classification;
    d->charts[1]->setTitle(classification ? tr("Accuracy")
                                          : tr("R² (coefficient of determination)"));
    for (auto& [number, t] : d->trials)
        d->fill(t);
    d->updateAxes();
}

bool TrialCurvesChart::isClassification() const {
    return d->classification;
}

void TrialCurvesChart::setTrial(int trial, const QString& label, const QColor& color) {
    auto it = d->trials.find(trial);
    if (it == d->trials.end()) {
        Private::TrialSeries t;
        t.label = label;
        t.color = color;
        it = d->trials.emplace(trial, std::move(t)).first;
        d->createSeries(it->second);
        return;
    }
    Private::TrialSeries& t = it->second;
    t.label = label;
    if (t.color != color) {
        t.color = color;
        for (auto& perPart : t.series)
            for (QLineSeries* s : perPart)
                if (s) {
                    QPen pen = s->pen();
                    pen.setColor(color);
                    s->setPen(pen);
                }
        for (auto& band : t.bandSeries)
            if (band)
                band->setColor(color);
    }
    for (auto& perPart : t.series)
        for (QLineSeries* s : perPart)
            if (s)
                s->setName(label);
}

void TrialCurvesChart::removeTrial(int trial) {
    auto it = d->trials.find(trial);
    if (it == d->trials.end())
        return;
    d->destroySeries(it->second);
    d->trials.erase(it);
    d->updateAxes();
}

void TrialCurvesChart::clear() {
    for (auto& [number, t] : d->trials)
        d->destroySeries(t);
    d->trials.clear();
    d->updateAxes();
}

QList<int> TrialCurvesChart::trials() const {
    QList<int> out;
    for (const auto& [number, t] : d->trials)
        out << number;
    return out;
}

bool TrialCurvesChart::hasTrial(int trial) const {
    return d->trials.count(trial) > 0;
}

QString TrialCurvesChart::label(int trial) const {
    auto it = d->trials.find(trial);
    return it == d->trials.end() ? QString() : it->second.label;
}

void TrialCurvesChart::setHistory(int trial, const std::vector<EpochMetrics>& history) {
    if (!hasTrial(trial))
        setTrial(trial, tr("trial %1").arg(trial), QColor(Qt::darkGray));
    Private::TrialSeries& t = d->trials.at(trial);
    t.history = history;
    t.hasPartial = false;
    d->fill(t);
    d->updateAxes();
    ++m_updateCount;
}

void TrialCurvesChart::appendEpochs(int trial, const std::vector<EpochMetrics>& epochs) {
    if (!hasTrial(trial))
        setTrial(trial, tr("trial %1").arg(trial), QColor(Qt::darkGray));
    Private::TrialSeries& t = d->trials.at(trial);
    for (const EpochMetrics& e : epochs)
        if (t.history.empty() || e.epoch > t.history.back().epoch)
            t.history.push_back(e);
    if (t.hasPartial && !t.history.empty() && t.partial.x() <= t.history.back().epoch)
        t.hasPartial = false;
    d->fill(t);
    d->updateAxes();
    ++m_updateCount;
}

void TrialCurvesChart::setBatchProgress(int trial, const BatchProgress& progress) {
    auto it = d->trials.find(trial);
    if (it == d->trials.end() || progress.batchesPerEpoch <= 0)
        return;
    Private::TrialSeries& t = it->second;
    const double x = progress.epoch - 1 + double(progress.batch) / progress.batchesPerEpoch;
    // A batch of an epoch already drawn is stale (events can overtake each other).
    if (!t.history.empty() && x <= t.history.back().epoch)
        return;
    t.hasPartial = true;
    t.partial = QPointF(x, progress.loss);
    d->fill(t);
    d->updateAxes();
    ++m_updateCount;
}

void TrialCurvesChart::setRepeatHistories(int trial,
                                          const std::vector<std::vector<EpochMetrics>>& repeats) {
    auto it = d->trials.find(trial);
    if (it == d->trials.end())
        return;
    it->second.repeats = repeats;
    d->fill(it->second);
    d->updateAxes();
    ++m_updateCount;
}

int TrialCurvesChart::repeatCount(int trial) const {
    auto it = d->trials.find(trial);
    return it == d->trials.end() ? 0 : it->second.repeatCount;
}

const BandSeries* TrialCurvesChart::band(int trial, Part part) const {
    auto it = d->trials.find(trial);
    if (it == d->trials.end() || part == Part::LearningRate)
        return nullptr;
    return it->second.bandSeries[std::size_t(part)].get();
}

QList<QPointF> TrialCurvesChart::bandLower(int trial, Part part) const {
    const BandSeries* b = band(trial, part);
    return b ? b->lowerPoints() : QList<QPointF>{};
}

QList<QPointF> TrialCurvesChart::bandUpper(int trial, Part part) const {
    const BandSeries* b = band(trial, part);
    return b ? b->upperPoints() : QList<QPointF>{};
}

void TrialCurvesChart::setCursorEpoch(int epoch) {
    epoch = std::max(-1, epoch);
    if (epoch == d->cursorEpoch)
        return;
    d->cursorEpoch = epoch;
    d->placeCursor();
}

int TrialCurvesChart::cursorEpoch() const {
    return d->cursorEpoch;
}

double TrialCurvesChart::cursorPixelX(Part part) const {
    return d->cursors[std::size_t(part)]->cursorSceneX();
}

double TrialCurvesChart::epochPixelX(Part part, double epoch) const {
    // Through a trial's own curve when there is one: where its point at
    // `epoch` is drawn.
    if (d->trials.empty())
        return std::numeric_limits<double>::quiet_NaN();
    QAbstractSeries* series = d->trials.begin()->second.series[std::size_t(part)][0];
    QChart* chart = d->charts[std::size_t(part)];
    const double y =
        part == Part::LearningRate ? d->lrAxis->min() : d->yAxes[std::size_t(part)]->min();
    return chart->mapToScene(chart->mapToPosition(QPointF(epoch, y), series)).x();
}

QString TrialCurvesChart::cursorReadout() const {
    return d->cursorEpoch >= 0 ? d->footer->text() : QString();
}

int TrialCurvesChart::pointCount(int trial) const {
    auto it = d->trials.find(trial);
    return it == d->trials.end() ? 0 : int(it->second.series[0][0]->count());
}

TrialCurvesChart::RateAxis TrialCurvesChart::rateAxis() const {
    RateAxis out;
    const QList<QAbstractAxis*> axes = d->charts[int(Part::LearningRate)]->axes(Qt::Vertical);
    out.logarithmic = axes.size() == 1 && axes.front() == d->lrAxis;
    out.low = d->lrAxis->min();
    out.high = d->lrAxis->max();
    out.decadesPerLabel = int(std::lround(std::log10(d->lrAxis->base())));
    return out;
}

QWidget* TrialCurvesChart::partWidget(Part part) const {
    return d->views[std::size_t(part)];
}

bool TrialCurvesChart::exportImage(const QString& path, const Part* part, QString* error) {
    if (!part)
        return exportWidgetImage(this, path, error);
    QChart* chart = d->charts[std::size_t(*part)];
    const bool hadLegend = chart->legend()->isVisible();
    chart->legend()->setVisible(true);
    chart->layout()->activate();                   // lay the legend out now, not on the next event
    d->cursors[std::size_t(*part)]->invalidate();  // the scrubber's picture lacks the legend
    const bool ok = exportWidgetImage(partWidget(*part), path, error);
    chart->legend()->setVisible(hadLegend);
    chart->layout()->activate();
    d->cursors[std::size_t(*part)]->invalidate();
    return ok;
}

}  // namespace hyperlab::ui
