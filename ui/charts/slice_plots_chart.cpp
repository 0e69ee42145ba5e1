#include "charts/slice_plots_chart.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include "charts/color_scale.h"

namespace hyperlab::ui {

namespace {
constexpr double kOff = DimensionAxis::kOffPosition;
constexpr double kPickRadius = 6.0;
}  // namespace

SlicePlotsChart::SlicePlotsChart(QWidget* parent) : QWidget(parent) {
    setMinimumSize(360, 240);
    setMouseTracking(true);
}

void SlicePlotsChart::setData(const AnalysisViewData* data) {
    m_data = data;
    update();
}

void SlicePlotsChart::setHighlightedTrial(int number) {
    if (number == m_highlighted)
        return;
    m_highlighted = number;
    update();
}

int SlicePlotsChart::panelCount() const {
    return m_data ? int(m_data->axes.size()) : 0;
}

int SlicePlotsChart::columns() const {
    const int n = panelCount();
    if (n <= 1)
        return 1;
    // As square panels as the widget's shape allows.
    const double aspect = double(width()) / std::max(1, height());
    return std::clamp(int(std::ceil(std::sqrt(n * aspect))), 1, n);
}

QRectF SlicePlotsChart::panelPlotRect(int panel) const {
    const int cols = columns();
    const int rows = (panelCount() + cols - 1) / std::max(1, cols);
    const double w = double(width()) / cols, h = double(height()) / std::max(1, rows);
    const QRectF cell((panel % cols) * w, (panel / cols) * h, w, h);
    const QFontMetrics fm(font());
    return cell.adjusted(fm.horizontalAdvance(QStringLiteral("0.0000")) + 10, fm.height() * 1.6, -8,
                         -fm.height() * 1.5 - 4);
}

// Positions run from kOff ("off" strip at the left) to 1.
double SlicePlotsChart::xOf(const QRectF& plot, double position) const {
    return plot.left() + (position - kOff) / (1.0 - kOff) * plot.width();
}

QPointF SlicePlotsChart::pointFor(const QRectF& plot, int panel, const Trial& trial) const {
    const double x = m_data->axes[std::size_t(panel)].position(trial.params).value_or(kOff);
    return QPointF(xOf(plot, x),
                   plot.bottom() - m_data->valuePosition(trial.value) * plot.height());
}

QPointF SlicePlotsChart::pointOf(int panel, int number) const {
    if (!m_data || panel < 0 || panel >= panelCount())
        return {};
    for (const auto& t : m_data->trials)
        if (t->number == number && AnalysisViewData::isScored(*t))
            return pointFor(panelPlotRect(panel), panel, *t);
    return {};
}

int SlicePlotsChart::trialAt(const QPointF& pos) const {
    if (!m_data)
        return -1;
    for (int panel = 0; panel < panelCount(); ++panel) {
        if (!panelPlotRect(panel)
                 .adjusted(-kPickRadius, -kPickRadius, kPickRadius, kPickRadius)
                 .contains(pos))
            continue;
        const QRectF plot = panelPlotRect(panel);
        int best = -1;
        double bestDistance = kPickRadius;
        for (const auto& t : m_data->trials) {
            if (!AnalysisViewData::isScored(*t))
                continue;
            const QPointF d = pointFor(plot, panel, *t) - pos;
            const double distance = std::hypot(d.x(), d.y());
            if (distance <= bestDistance) {
                best = t->number;
                bestDistance = distance;
            }
        }
        return best;
    }
    return -1;
}

void SlicePlotsChart::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_data || m_data->trials.empty() || panelCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Finished trials appear here as points."));
        return;
    }
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::Text);
    const double lastNumber = std::max(1, m_data->maxTrialNumber);
    const bool many = m_data->trials.size() > 300;
    const double radius = many ? 2.2 : 3.2;
    for (int panel = 0; panel < panelCount(); ++panel) {
        const DimensionAxis& axis = m_data->axes[std::size_t(panel)];
        const QRectF plot = panelPlotRect(panel);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(plot);
        if (axis.hasOffTick()) {
            QColor strip = palette().color(QPalette::AlternateBase);
            p.fillRect(QRectF(QPointF(plot.left() + 1, plot.top() + 1),
                              QPointF(xOf(plot, 0.0) - 2, plot.bottom() - 1)),
                       strip);
        }
        p.setPen(text);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(
            QRectF(plot.left(), plot.top() - fm.height() * 1.5, plot.width(), fm.height() * 1.3),
            Qt::AlignCenter, fm.elidedText(axis.title(), Qt::ElideMiddle, int(plot.width())));
        p.setFont(font());
        // "off" first, so it is labelled even where value ticks crowd it.
        std::vector<std::pair<double, QString>> ticks;
        if (axis.hasOffTick())
            ticks.emplace_back(kOff / 2, tr("off"));
        ticks.insert(ticks.end(), axis.ticks().begin(), axis.ticks().end());
        // Keep tick labels apart: skip those that would overlap the last one drawn.
        double lastRight = -1e9;
        for (const auto& [pos, label] : ticks) {
            const double x = xOf(plot, pos);
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
            const double w = fm.horizontalAdvance(label);
            if (x - w / 2 < lastRight + 4)
                continue;
            p.drawText(QRectF(x - w / 2 - 2, plot.bottom() + 3, w + 4, fm.height()),
                       Qt::AlignCenter, label);
            lastRight = x + w / 2;
        }
        for (double v : niceTicks(m_data->valueLow, m_data->valueHigh, 3)) {
            const double y = plot.bottom() - m_data->valuePosition(v) * plot.height();
            p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
            p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 5, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, tickText(v));
        }
        p.setRenderHint(QPainter::Antialiasing, !many);
        p.setPen(Qt::NoPen);
        QPointF highlighted;
        for (const auto& t : m_data->trials) {
            if (!AnalysisViewData::isScored(*t))
                continue;
            const QPointF c = pointFor(plot, panel, *t);
            if (t->number == m_highlighted)
                highlighted = c;
            p.setBrush(sequentialColor(t->number / lastNumber));
            p.drawEllipse(c, radius, radius);
        }
        if (!highlighted.isNull()) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(text, 2));
            p.drawEllipse(highlighted, radius + 3, radius + 3);
            p.setPen(Qt::NoPen);
        }
    }
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

void SlicePlotsChart::mouseMoveEvent(QMouseEvent* event) {
    const int number = trialAt(event->position());
    if (number < 0) {
        QToolTip::hideText();
        return;
    }
    for (const auto& t : m_data->trials)
        if (t->number == number)
            QToolTip::showText(
                event->globalPosition().toPoint(),
                tr("Trial %1: %2 = %3").arg(number).arg(m_data->objectiveName, tickText(t->value)),
                this);
}

void SlicePlotsChart::mousePressEvent(QMouseEvent* event) {
    const int number = trialAt(event->position());
    if (number >= 0)
        Q_EMIT trialClicked(number);
}

}  // namespace hyperlab::ui
