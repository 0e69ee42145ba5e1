#include "widgets/data_preview.h"

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "i18n/class_name.h"

namespace hyperlab::ui {

DataPreview::DataPreview(QWidget* parent) : QWidget(parent) {
    setMinimumSize(180, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QColor DataPreview::classColor(int index) {
    // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
    static const QColor colors[] = {
        QColor(0, 114, 178),   QColor(230, 159, 0), QColor(0, 158, 115),  QColor(204, 121, 167),
        QColor(86, 180, 233),  QColor(213, 94, 0),  QColor(240, 228, 66), QColor(0, 0, 0),
        QColor(150, 150, 150), QColor(120, 60, 160)};
    return colors[std::abs(index) % 10];
}

void DataPreview::setDataset(std::shared_ptr<const Dataset> dataset) {
    m_data = std::move(dataset);
    m_message.clear();
    update();
}

void DataPreview::setMessage(const QString& message) {
    m_data.reset();
    m_message = message;
    update();
}

void DataPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    if (!m_data || m_data->sampleCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         m_message.isEmpty() ? tr("No preview") : m_message);
        return;
    }
    if (m_data->inputShape.height > 1 && !m_data->pixels.empty())
        paintImages(painter, area);
    else if (m_data->features.rows() >= 1)
        paintScatter(painter, area);
}

void DataPreview::paintScatter(QPainter& painter, const QRectF& area) {
    const Matrix& x = m_data->features;
    const std::ptrdiff_t n = x.cols();
    const bool oneD = x.rows() < 2;  // sine: plot target over the feature
    auto xOf = [&](std::ptrdiff_t i) { return double(x(0, i)); };
    auto yOf = [&](std::ptrdiff_t i) {
        if (!oneD)
            return double(x(1, i));
        return m_data->task == Task::Regression ? double(m_data->targets(0, i)) : 0.0;
    };
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        x0 = std::min(x0, xOf(i));
        x1 = std::max(x1, xOf(i));
        y0 = std::min(y0, yOf(i));
        y1 = std::max(y1, yOf(i));
    }
    const double sx = x1 > x0 ? x1 - x0 : 1.0, sy = y1 > y0 ? y1 - y0 : 1.0;
    const double side = std::min(area.width(), area.height());
    const QRectF plot(area.center().x() - side / 2, area.center().y() - side / 2, side, side);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(plot);

    double t0 = 0, t1 = 1;
    const bool regression = m_data->task == Task::Regression && !oneD;
    if (regression) {
        t0 = m_data->targets.row(0).minCoeff();
        t1 = m_data->targets.row(0).maxCoeff();
    }
    painter.setPen(Qt::NoPen);
    const double r = n > 2000 ? 1.5 : 2.5;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        QColor c;
        if (regression) {
            const double t = t1 > t0 ? (m_data->targets(0, i) - t0) / (t1 - t0) : 0.5;
            c = QColor::fromHsvF(float(0.66 * (1.0 - t)), 0.8f, 0.85f);
        } else if (m_data->task == Task::Classification) {
            c = classColor(m_data->labels[std::size_t(i)]);
        } else {
            c = classColor(0);
        }
        c.setAlphaF(0.8f);
        painter.setBrush(c);
        const QPointF p(plot.left() + (xOf(i) - x0) / sx * plot.width(),
                        plot.bottom() - (yOf(i) - y0) / sy * plot.height());
        painter.drawEllipse(p, r, r);
    }
}

void DataPreview::paintImages(QPainter& painter, const QRectF& area) {
    const Shape s = m_data->inputShape;
    const int perSample = s.size();
    const std::ptrdiff_t n = std::min<std::ptrdiff_t>(m_data->sampleCount(), 40);
    const int columns =
        std::max(1, int(std::ceil(std::sqrt(double(n) * area.width() / area.height()))));
    const int rows = int((n + columns - 1) / columns);
    const double cell = std::min(area.width() / columns, area.height() / rows);
    const bool labels = cell >= 44 && !m_data->classNames.empty();
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.7));
    painter.setFont(small);
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        QImage image(s.width, s.height, QImage::Format_Grayscale8);
        const std::uint8_t* pixels = m_data->pixels.data() + i * perSample;  // channel 0
        for (int y = 0; y < s.height; ++y)
            std::copy_n(pixels + y * s.width, s.width, image.scanLine(y));
        image.invertPixels();  // dark clothes on a light page read better
        const QRectF target(area.left() + (i % columns) * cell, area.top() + (i / columns) * cell,
                            cell - 2, labels ? cell - 14 : cell - 2);
        const double side = std::min(target.width(), target.height());
        painter.drawImage(QRectF(target.center().x() - side / 2, target.top(), side, side), image);
        if (labels && m_data->task == Task::Classification) {
            const int label = m_data->labels[std::size_t(i)];
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(target.left(), target.bottom(), target.width(), 13),
                             Qt::AlignCenter,
                             translateClassName(m_data->classNames[std::size_t(label)]));
        }
    }
}

}  // namespace hyperlab::ui
