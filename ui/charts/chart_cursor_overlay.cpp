#include "charts/chart_cursor_overlay.h"

#include <cmath>
#include <limits>

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QtCharts/QChartView>

namespace hyperlab::ui {

ChartCursorOverlay::ChartCursorOverlay(QChartView* view)
    : QWidget(view->viewport()), m_view(view), m_sceneX(std::numeric_limits<double>::quiet_NaN()) {
    // Opaque: Qt then repaints only this widget's strips, never the chart below.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_pen = QPen(palette().color(QPalette::WindowText), 1.2, Qt::DashDotLine);
    view->viewport()->installEventFilter(this);
    resize(view->viewport()->size());
    if (view->scene())
        connect(view->scene(), &QGraphicsScene::changed, this, [this] {
            m_stale = true;
            if (isVisible())
                update();
        });
    hide();
}

void ChartCursorOverlay::setCursorLine(double sceneX, double top, double bottom) {
    if (!std::isfinite(sceneX)) {
        m_sceneX = sceneX;
        hide();
        return;
    }
    const double before = m_sceneX;
    m_sceneX = sceneX;
    m_top = top;
    m_bottom = bottom;
    if (!isVisible()) {
        show();  // paints everything once
        return;
    }
    if (std::isfinite(before))
        update(stripAt(before));
    update(stripAt(sceneX));
}

void ChartCursorOverlay::invalidate() {
    m_stale = true;
    update();
}

QRect ChartCursorOverlay::stripAt(double sceneX) const {
    const double x = m_view->viewportTransform().map(QPointF(sceneX, 0)).x();
    const int margin = int(std::ceil(m_pen.widthF())) + 2;
    return QRect(int(std::floor(x)) - margin, 0, 2 * margin + 1, height());
}

void ChartCursorOverlay::paintEvent(QPaintEvent* event) {
    const qreal ratio = devicePixelRatioF();
    if (m_stale || m_picture.size() != size() * ratio) {
        m_picture = QPixmap(size() * ratio);
        m_picture.setDevicePixelRatio(ratio);
        m_picture.fill(m_view->viewport()->palette().color(QPalette::Base));
        QPainter render(&m_picture);
        render.setRenderHints(m_view->renderHints());
        m_view->render(&render, QRectF(QPointF(0, 0), QSizeF(size())), rect());
        m_stale = false;
    }
    QPainter painter(this);
    const QRect area = event->rect();
    painter.drawPixmap(area, m_picture,
                       QRectF(area.topLeft() * ratio, area.size() * ratio).toRect());
    if (!std::isfinite(m_sceneX))
        return;
    const QTransform toViewport = m_view->viewportTransform();
    painter.setPen(m_pen);
    painter.drawLine(toViewport.map(QPointF(m_sceneX, m_top)),
                     toViewport.map(QPointF(m_sceneX, m_bottom)));
}

bool ChartCursorOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        resize(m_view->viewport()->size());
        m_stale = true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace hyperlab::ui
