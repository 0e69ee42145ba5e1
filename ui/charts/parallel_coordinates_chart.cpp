#include "charts/parallel_coordinates_chart.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "charts/color_scale.h"

namespace hyperlab::ui {

namespace {
constexpr double kOff = DimensionAxis::kOffPosition;
// A brush drawn from the "off" zone reaches below the axis's 0.
constexpr double kLowest = kOff - 0.05;
// Colour bins of the objective: enough for a smooth scale, few pen changes.
constexpr int kShades = 48;
}  // namespace

ParallelCoordinatesChart::ParallelCoordinatesChart(QWidget* parent) : QWidget(parent) {
    setMinimumSize(360, 240);
    setMouseTracking(false);
    setToolTip(tr("Drag along an axis to select a range; click an axis to clear its range"));
}

void ParallelCoordinatesChart::setData(const AnalysisViewData* data) {
    const int before = axisCount();
    m_data = data;
    m_dirty = true;
    if (axisCount() != before && !m_brushes.empty()) {
        m_brushes.clear();
        Q_EMIT brushChanged();
    }
    update();
}

void ParallelCoordinatesChart::setHighlightedTrial(int number) {
    if (number == m_highlighted)
        return;
    m_highlighted = number;
    update();
}

int ParallelCoordinatesChart::axisCount() const {
    return m_data ? int(m_data->axes.size()) + 1 : 0;
}

void ParallelCoordinatesChart::setBrush(int axis, double low, double high) {
    if (axis < 0 || axis >= axisCount())
        return;
    if (low > high)
        std::swap(low, high);
    if (high - low < 1e-9)
        m_brushes.erase(axis);
    else
        m_brushes[axis] = {low, high};
    m_dirty = true;
    update();
    Q_EMIT brushChanged();
}

void ParallelCoordinatesChart::clearBrushes() {
    if (m_brushes.empty())
        return;
    m_brushes.clear();
    m_dirty = true;
    update();
    Q_EMIT brushChanged();
}

double ParallelCoordinatesChart::positionOf(const Trial& trial, int axis) const {
    if (axis == axisCount() - 1)
        return AnalysisViewData::isScored(trial) ? m_data->valuePosition(trial.value) : kOff;
    return m_data->axes[std::size_t(axis)].position(trial.params).value_or(kOff);
}

double ParallelCoordinatesChart::objectiveAt(double position) const {
    return m_data ? m_data->valueLow + position * (m_data->valueHigh - m_data->valueLow) : 0.0;
}

bool ParallelCoordinatesChart::passes(const Trial& trial) const {
    for (const auto& [axis, range] : m_brushes) {
        const double p = positionOf(trial, axis);
        if (p < range.first || p > range.second)
            return false;
    }
    return true;
}

std::optional<QSet<int>> ParallelCoordinatesChart::brushedTrials() const {
    if (m_brushes.empty() || !m_data)
        return std::nullopt;
    QSet<int> out;
    for (const TrialSnapshot& t : m_data->allTrials)
        if (passes(*t))
            out.insert(t->number);
    return out;
}

QRectF ParallelCoordinatesChart::plotRect() const {
    const QFontMetrics fm(font());
    return QRectF(50, fm.height() * 3.0, width() - 110, height() - fm.height() * 3.0 - 40);
}

double ParallelCoordinatesChart::axisX(int axis) const {
    const QRectF r = plotRect();
    const int n = axisCount();
    return n <= 1 ? r.center().x() : r.left() + r.width() * axis / (n - 1);
}

// Positions run from kOff (the "off" tick, below the axis) to 1 (top).
double ParallelCoordinatesChart::yOf(double position) const {
    const QRectF r = plotRect();
    return r.bottom() - (position - kOff) / (1.0 - kOff) * r.height();
}

double ParallelCoordinatesChart::positionAtY(double y) const {
    const QRectF r = plotRect();
    return std::clamp(kOff + (r.bottom() - y) / r.height() * (1.0 - kOff), kLowest, 1.0);
}

int ParallelCoordinatesChart::axisNear(double x) const {
    for (int a = 0; a < axisCount(); ++a)
        if (std::abs(axisX(a) - x) < 14)
            return a;
    return -1;
}

void ParallelCoordinatesChart::prepare() {
    m_dirty = false;
    m_lines.clear();
    m_positions.clear();
    if (!m_data)
        return;
    for (const auto& t : m_data->trials) {
        Line line;
        line.trial = t.get();
        line.passes = passes(*t);
        if (AnalysisViewData::isScored(*t))
            line.shade = std::clamp(int(m_data->quality(t->value) * kShades), 0, kShades - 1);
        m_lines.push_back(line);
    }
    // Faded lines first, then from worst to best, so the best lie on top.
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        if (a.passes != b.passes)
            return !a.passes;
        return a.passes && a.shade < b.shade;
    });
    const int n = axisCount();
    m_positions.reserve(m_lines.size() * std::size_t(n));
    for (const Line& line : m_lines)
        for (int a = 0; a < n; ++a)
            m_positions.push_back(positionOf(*line.trial, a));
}

void ParallelCoordinatesChart::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_data || m_data->trials.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Finished trials appear here as lines."));
        return;
    }
    const int n = axisCount();
    const QFontMetrics fm(font());
    if (m_dirty)
        prepare();
    // Many lines: thin and without antialiasing, so 1,000 trials stay quick.
    const bool many = m_lines.size() > 300;
    p.setRenderHint(QPainter::Antialiasing, !many);
    QColor faded = palette().color(QPalette::Mid);
    faded.setAlpha(70);
    std::vector<double> xs(static_cast<std::size_t>(n));
    for (int a = 0; a < n; ++a)
        xs[std::size_t(a)] = axisX(a);
    std::vector<QPointF> points(static_cast<std::size_t>(n));
    int currentShade = -3;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines[i];
        const double* pos = &m_positions[i * std::size_t(n)];
        for (int a = 0; a < n; ++a)
            points[std::size_t(a)] = QPointF(xs[std::size_t(a)], yOf(pos[a]));
        // Lines come sorted by shade: the pen changes about kShades times.
        const int shade = line.passes ? line.shade : -2;
        if (shade != currentShade) {
            currentShade = shade;
            QColor color = shade == -2   ? faded
                           : shade == -1 ? QColor(150, 150, 150)
                                         : sequentialColor((shade + 0.5) / kShades);
            QPen pen(color, many ? 0.0 : 1.5);  // width 0: the raster engine's cosmetic fast path
            p.setPen(pen);
        }
        p.drawPolyline(points.data(), n);
    }
    for (const auto& t : m_data->trials)
        if (t->number == m_highlighted) {
            for (int a = 0; a < n; ++a)
                points[std::size_t(a)] = QPointF(axisX(a), yOf(positionOf(*t, a)));
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(palette().color(QPalette::Text), 3.0));
            p.drawPolyline(points.data(), n);
        }
    p.setRenderHint(QPainter::Antialiasing, true);

    // Axes, ticks, titles and brushes.
    const QRectF r = plotRect();
    const QColor text = palette().color(QPalette::Text);
    double longestTitle = 0.0;
    {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        for (const DimensionAxis& axis : m_data->axes)
            longestTitle =
                std::max(longestTitle, double(boldMetrics.horizontalAdvance(axis.title())));
        longestTitle =
            std::max(longestTitle, double(boldMetrics.horizontalAdvance(m_data->objectiveName)));
    }
    for (int a = 0; a < n; ++a) {
        const double x = axisX(a);
        const bool objective = a == n - 1;
        p.setPen(QPen(text, 1.2));
        p.drawLine(QPointF(x, yOf(0.0)), QPointF(x, yOf(1.0)));
        std::vector<std::pair<double, QString>> ticks;
        QString title;
        bool off = true;
        if (objective) {
            for (double v : niceTicks(m_data->valueLow, m_data->valueHigh))
                ticks.emplace_back(m_data->valuePosition(v), tickText(v));
            title = m_data->objectiveName;
        } else {
            const DimensionAxis& axis = m_data->axes[std::size_t(a)];
            ticks = axis.ticks();
            title = axis.title();
            off = axis.hasOffTick();
        }
        if (off) {
            ticks.emplace_back(kOff, objective ? tr("none") : tr("off"));
            p.setPen(QPen(text, 1, Qt::DotLine));
            p.drawLine(QPointF(x, yOf(0.0)), QPointF(x, yOf(kOff)));
        }
        p.setPen(text);
        for (const auto& [pos, label] : ticks) {
            const double y = yOf(pos);
            p.drawLine(QPointF(x - 3, y), QPointF(x + 3, y));
            p.drawText(QRectF(x + 5, y - fm.height() / 2.0, 200, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        // Titles alternate between two rows when they would not fit side by
        // side, so each may take two axes' room.
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const double slot = r.width() / std::max(1, n - 1);
        const bool stagger = n > 1 && longestTitle > slot - 8;
        const double titleWidth = std::min(stagger ? 2 * slot - 8 : slot - 8, 220.0);
        // Two rows above the axes: the lower one, and the upper for every
        // other axis when staggered.
        const double rowTop =
            stagger && a % 2 == 0 ? r.top() - fm.height() * 2.7 : r.top() - fm.height() * 1.5;
        p.setFont(bold);
        p.drawText(QRectF(x - titleWidth / 2, rowTop, titleWidth, fm.height() * 1.2),
                   Qt::AlignCenter,
                   boldMetrics.elidedText(title, Qt::ElideMiddle, int(titleWidth)));
        p.setFont(font());
        if (const auto it = m_brushes.find(a); it != m_brushes.end()) {
            const QRectF band(QPointF(x - 7, yOf(it->second.second)),
                              QPointF(x + 7, yOf(it->second.first)));
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlpha(90);
            p.fillRect(band, fill);
            p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
            p.drawRect(band);
        }
    }
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

void ParallelCoordinatesChart::mousePressEvent(QMouseEvent* event) {
    m_dragAxis = axisNear(event->position().x());
    m_dragStart = positionAtY(event->position().y());
    m_dragged = false;
}

void ParallelCoordinatesChart::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragAxis < 0)
        return;
    const double now = positionAtY(event->position().y());
    if (std::abs(yOf(now) - yOf(m_dragStart)) < 3 && !m_dragged)
        return;
    m_dragged = true;
    m_brushes[m_dragAxis] = {std::min(now, m_dragStart), std::max(now, m_dragStart)};
    m_dirty = true;
    update();
}

void ParallelCoordinatesChart::mouseReleaseEvent(QMouseEvent*) {
    if (m_dragAxis < 0)
        return;
    if (!m_dragged)
        m_brushes.erase(m_dragAxis);
    m_dirty = true;
    m_dragAxis = -1;
    update();
    Q_EMIT brushChanged();
}

}  // namespace hyperlab::ui
