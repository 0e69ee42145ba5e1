#include "charts/boundary_view.h"

#include <QPainter>

#include "charts/boundary_image.h"
#include "charts/chart_palette.h"

namespace hyperlab::ui {

BoundaryView::BoundaryView(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BoundaryView::setSnapshot(std::shared_ptr<const BoundarySnapshot> snapshot) {
    if (snapshot == m_snapshot)
        return;
    m_snapshot = std::move(snapshot);
    m_image = m_snapshot ? boundaryImage(*m_snapshot) : QImage();
    update();
}

void BoundaryView::setSamples(std::shared_ptr<const DataSplit> samples) {
    m_samples = std::move(samples);
    update();
}

void BoundaryView::setPlaceholder(const QString& text) {
    m_placeholder = text;
    update();
}

void paintBoundarySamples(QPainter& painter, const QRectF& target, const BoundaryGrid& grid,
                          const DataSplit& samples, double radius) {
    const Dataset& data = *samples.data;
    const auto at = [&](int index) {
        return QPointF(target.left() + (data.features(0, index) - grid.xMin) /
                                           (grid.xMax - grid.xMin) * target.width(),
                       target.top() + (grid.yMax - data.features(1, index)) /
                                          (grid.yMax - grid.yMin) * target.height());
    };
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(32, 32, 32), 0.8));
    for (int index : samples.train) {
        painter.setBrush(seriesColor(data.labels[std::size_t(index)]));
        painter.drawEllipse(at(index), radius, radius);
    }
    painter.setBrush(Qt::white);
    for (int index : samples.validation) {
        painter.setPen(QPen(seriesColor(data.labels[std::size_t(index)]), 1.6));
        painter.drawEllipse(at(index), radius, radius);
    }
}

void BoundaryView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int side = std::min(width(), height()) - 8;
    const QRectF target((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    if (!m_snapshot) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
    if (m_samples)
        paintBoundarySamples(painter, target, m_snapshot->grid, *m_samples,
                             std::max(2.0, side / 140.0));
}

}  // namespace hyperlab::ui
