#include "charts/contour_chart.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include "charts/color_scale.h"

namespace hyperlab::ui {

ContourChart::ContourChart(QWidget* parent) : QWidget(parent) {
    setMinimumSize(300, 240);
}

void ContourChart::setData(const AnalysisViewData* data) {
    m_data = data;
    update();
}

void ContourChart::setGrid(int xAxis, int yAxis, Eigen::MatrixXd mean, QRectF bestBox,
                           int bestTrial) {
    m_xAxis = xAxis;
    m_yAxis = yAxis;
    m_mean = std::move(mean);
    m_bestBox = bestBox;
    m_bestTrial = bestTrial;
    m_message.clear();
    update();
}

void ContourChart::setMessage(const QString& message) {
    m_mean.resize(0, 0);
    m_message = message;
    update();
}

QRectF ContourChart::plotRect() const {
    const QFontMetrics fm(font());
    const double side = fm.height();
    return QRectF(fm.horizontalAdvance(QStringLiteral("0.00001")) + side * 2, side,
                  width() - fm.horizontalAdvance(QStringLiteral("0.00001")) * 2 - side * 5,
                  height() - side * 4);
}

void ContourChart::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const bool ready = m_data && m_mean.size() > 0 && m_xAxis >= 0 && m_yAxis >= 0 &&
                       m_xAxis < int(m_data->axes.size()) && m_yAxis < int(m_data->axes.size());
    if (!ready) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("Computing the surrogate…") : m_message);
        return;
    }
    const DimensionAxis& ax = m_data->axes[std::size_t(m_xAxis)];
    const DimensionAxis& ay = m_data->axes[std::size_t(m_yAxis)];
    const QRectF plot = plotRect();
    const double low = m_mean.minCoeff(), high = m_mean.maxCoeff();
    const double span = high > low ? high - low : 1.0;
    const auto quality = [&](double v) {
        const double t = (v - low) / span;
        return m_data->maximize ? t : 1.0 - t;
    };
    const auto res = int(m_mean.rows());
    QImage image(res, res, QImage::Format_RGB32);
    for (int row = 0; row < res; ++row)
        for (int col = 0; col < res; ++col)
            image.setPixel(col, res - 1 - row, sequentialColor(quality(m_mean(row, col))).rgb());
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(plot, image);

    const auto at = [&](double px, double py) {
        return QPointF(plot.left() + px * plot.width(), plot.bottom() - py * plot.height());
    };
    p.setRenderHint(QPainter::Antialiasing, true);
    if (!m_bestBox.isNull()) {
        // At least a few pixels wide, so a region of one trial still shows.
        QRectF box(at(m_bestBox.left(), m_bestBox.bottom()),
                   at(m_bestBox.right(), m_bestBox.top()));
        box = box.normalized().adjusted(-4, -4, 4, 4);
        p.setPen(QPen(Qt::white, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
    }
    QPointF best;
    for (const auto& t : m_data->trials) {
        if (!AnalysisViewData::isScored(*t))
            continue;
        const auto x = ax.position(t->params), y = ay.position(t->params);
        if (!x || !y)
            continue;
        const QPointF c = at(*x, *y);
        if (t->number == m_bestTrial)
            best = c;
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(QColor(30, 30, 30));
        p.drawEllipse(c, 3.0, 3.0);
    }
    if (!best.isNull()) {
        p.setPen(QPen(QColor(230, 40, 40), 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(best, 8.0, 8.0);
    }

    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::Text);
    p.setPen(text);
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    for (const auto& [pos, label] : ax.ticks()) {
        const QPointF c = at(pos, 0.0);
        p.drawLine(c, c + QPointF(0, 4));
        p.drawText(QRectF(c.x() - 40, c.y() + 4, 80, fm.height()), Qt::AlignCenter, label);
    }
    for (const auto& [pos, label] : ay.ticks()) {
        const QPointF c = at(0.0, pos);
        p.drawLine(c, c - QPointF(4, 0));
        p.drawText(QRectF(0, c.y() - fm.height() / 2.0, c.x() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(
        QRectF(plot.left(), plot.bottom() + fm.height() + 6, plot.width(), fm.height() * 1.3),
        Qt::AlignCenter, ax.title());
    p.save();
    p.translate(fm.height() * 0.2, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height() * 1.3), Qt::AlignCenter,
               ay.title());
    p.restore();
    p.setFont(font());

    // Colour bar: the surrogate's range, better at the top.
    const QRectF bar(plot.right() + fm.height(), plot.top(), fm.height() * 0.9, plot.height());
    for (int i = 0; i < int(bar.height()); ++i)
        p.fillRect(QRectF(bar.left(), bar.bottom() - i - 1, bar.width(), 1),
                   sequentialColor(i / bar.height()));
    p.setPen(text);
    p.drawRect(bar);
    const double topValue = m_data->maximize ? high : low;
    const double bottomValue = m_data->maximize ? low : high;
    p.drawText(QRectF(bar.right() + 4, bar.top() - 2, 90, fm.height()), Qt::AlignLeft,
               tickText(topValue));
    p.drawText(QRectF(bar.right() + 4, bar.bottom() - fm.height() + 2, 90, fm.height()),
               Qt::AlignLeft, tickText(bottomValue));
    p.save();
    p.translate(bar.right() + fm.height() * 1.4, bar.center().y());
    p.rotate(90);
    p.drawText(QRectF(-bar.height() / 2, -fm.height(), bar.height(), fm.height() * 1.2),
               Qt::AlignCenter, m_data->objectiveName);
    p.restore();
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

}  // namespace hyperlab::ui
