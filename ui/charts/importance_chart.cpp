#include "charts/importance_chart.h"

#include <algorithm>

#include <QPainter>

#include "charts/color_scale.h"

namespace hyperlab::ui {

ImportanceChart::ImportanceChart(QWidget* parent) : QWidget(parent) {
    setMinimumSize(300, 160);
}

void ImportanceChart::setBars(std::vector<Bar> bars, const QString& caption) {
    m_bars = std::move(bars);
    m_caption = caption;
    m_message.clear();
    update();
}

void ImportanceChart::setMessage(const QString& message) {
    m_bars.clear();
    m_message = message;
    update();
}

void ImportanceChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::Text);
    if (m_bars.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message);
        return;
    }
    const QFontMetrics fm(font());
    int labelWidth = 0;
    for (const Bar& b : m_bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.title));
    labelWidth = std::min(labelWidth + 12, width() / 3);
    const QRectF area(labelWidth + 10, fm.height() * 2.2, width() - labelWidth - 80,
                      height() - fm.height() * 2.2 - 10);
    p.setPen(text);
    p.drawText(QRectF(10, 4, width() - 20, fm.height() * 1.8), Qt::AlignLeft | Qt::AlignVCenter,
               m_caption);
    const double slot = std::min(area.height() / double(m_bars.size()), fm.height() * 2.4);
    const double top = m_bars.empty() ? 0.0 : m_bars.front().share;
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const double y = area.top() + slot * double(i);
        p.setPen(text);
        p.drawText(QRectF(4, y, labelWidth, slot), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.title, Qt::ElideMiddle, labelWidth - 4));
        const double w = top > 0 ? area.width() * b.share / top : 0.0;
        const QRectF bar(area.left(), y + slot * 0.18, std::max(1.0, w), slot * 0.64);
        p.fillRect(bar, sequentialColor(0.25 + 0.6 * (top > 0 ? b.share / top : 0.0)));
        p.setPen(text);
        p.drawText(QRectF(bar.right() + 6, y, 70, slot), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(b.share * 100.0, 0, 'f', 1));
    }
}

}  // namespace hyperlab::ui
