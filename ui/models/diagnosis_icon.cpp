#include "models/diagnosis_icon.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hyperlab::ui {

namespace {

QIcon warningSign(const QColor& fill) {
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const double s = size;
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.06);
        triangle.lineTo(s * 0.96, s * 0.92);
        triangle.lineTo(s * 0.04, s * 0.92);
        triangle.closeSubpath();
        p.setPen(QPen(fill.darker(140), std::max(1.0, s / 16.0)));
        p.setBrush(fill);
        p.drawPath(triangle);
        // The exclamation mark: a bar and a dot.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(s * 0.44, s * 0.32, s * 0.12, s * 0.34), s * 0.05, s * 0.05);
        p.drawEllipse(QRectF(s * 0.43, s * 0.71, s * 0.14, s * 0.14));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace

QIcon diagnosisIcon(const std::vector<Finding>& findings) {
    if (findings.empty())
        return {};
    const bool diverged = std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.code == FindingCode::Diverged;
    });
    static const QIcon red = warningSign(QColor(0xd0, 0x30, 0x30));
    static const QIcon amber = warningSign(QColor(0xe8, 0x9a, 0x10));
    return diverged ? red : amber;
}

}  // namespace hyperlab::ui
