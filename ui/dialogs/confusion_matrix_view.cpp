#include "dialogs/confusion_matrix_view.h"

#include <algorithm>
#include <cmath>

#include <QPaintEvent>
#include <QPainter>

namespace hyperlab::ui {

namespace {
constexpr int kCell = 46;
constexpr int kMargin = 8;
}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ConfusionMatrixView::setMatrix(const ConfusionMatrix& matrix, const QStringList& classNames) {
    m_matrix = matrix;
    m_classNames = classNames;
    while (m_classNames.size() < matrix.classCount)
        m_classNames << QString::number(m_classNames.size());
    updateGeometry();
    update();
}

void ConfusionMatrixView::clear() {
    m_matrix = {};
    m_classNames.clear();
    updateGeometry();
    update();
}

QSize ConfusionMatrixView::sizeHint() const {
    const int n = std::max(2, m_matrix.classCount);
    const QFontMetrics fm(font());
    int label = 0;
    for (const QString& name : m_classNames)
        label = std::max(label, fm.horizontalAdvance(name));
    label = std::min(label, 160) + 2 * kMargin;
    // Row labels at the left, rotated column labels at the top, a recall
    // column at the right and a precision row at the bottom.
    return {label + (n + 1) * kCell + 2 * kMargin + fm.height() +
                std::max(0, fm.horizontalAdvance(tr("recall")) + 4 - kCell),
            label + (n + 1) * kCell + 2 * kMargin + 2 * fm.height()};
}

QSize ConfusionMatrixView::minimumSizeHint() const {
    return {200, 160};
}

void ConfusionMatrixView::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(event->rect(), palette().base());
    const QFontMetrics fm(font());
    if (!hasMatrix()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No confusion matrix yet."));
        return;
    }
    const int n = m_matrix.classCount;
    int labelWidth = 0;
    for (const QString& name : m_classNames)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(name));
    labelWidth = std::min(labelWidth + 6, 160) + kMargin;  // slack: rounding must not elide
    const int axisTitle = fm.height() + 4;
    // Fit the cells into the widget (down to a readable minimum).
    const int cell =
        std::clamp(std::min((width() - labelWidth - axisTitle - 2 * kMargin) / (n + 1),
                            (height() - labelWidth - 2 * axisTitle - 2 * kMargin) / (n + 1)),
                   fm.height() + 6, 90);
    // Centre the figure horizontally (recall column included).
    const int figureWidth =
        axisTitle + labelWidth + n * cell + std::max(cell, fm.horizontalAdvance(tr("recall")) + 4);
    const int left = std::max(kMargin, (width() - figureWidth) / 2) + axisTitle + labelWidth;
    const int top = kMargin + axisTitle + labelWidth;

    const QColor ink = palette().color(QPalette::Text);
    p.setPen(ink);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(left, kMargin, n * cell, axisTitle), Qt::AlignCenter, tr("Predicted class"));
    p.save();
    p.translate(left - labelWidth - axisTitle, top + n * cell / 2);
    p.rotate(-90);
    p.drawText(QRect(-n * cell / 2, 0, n * cell, axisTitle), Qt::AlignCenter, tr("True class"));
    p.restore();
    p.setFont(font());

    for (int i = 0; i < n; ++i) {
        const QString name = fm.elidedText(m_classNames[i], Qt::ElideRight, labelWidth - kMargin);
        p.drawText(QRect(left - labelWidth, top + i * cell, labelWidth - 4, cell),
                   Qt::AlignRight | Qt::AlignVCenter, name);
        p.save();
        p.translate(left + i * cell + cell / 2, top - 4);
        p.rotate(-60);
        p.drawText(QRect(0, -fm.height() / 2, labelWidth, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, name);
        p.restore();
    }

    const QColor base(0x08, 0x51, 0x9c);
    for (int t = 0; t < n; ++t) {
        const std::int64_t row = m_matrix.rowTotal(t);
        for (int c = 0; c < n; ++c) {
            const std::int64_t count = m_matrix.at(t, c);
            const double share = row > 0 ? double(count) / double(row) : 0.0;
            QColor fill = base;
            fill.setAlphaF(0.06 + 0.94 * share);
            if (count == 0)
                fill = palette().color(QPalette::AlternateBase);
            const QRect r(left + c * cell, top + t * cell, cell, cell);
            p.fillRect(r, fill);
            p.setPen(QColor(0xff, 0xff, 0xff, 60));
            p.drawRect(r);
            p.setPen(share > 0.5 ? Qt::white : ink);
            QFont f = font();
            f.setBold(t == c);
            p.setFont(f);
            p.drawText(r, Qt::AlignCenter, QString::number(count));
        }
    }
    p.setFont(font());
    // Recall at the right of each row, precision below each column.
    const auto percent = [](double v) {
        return std::isfinite(v) ? QString::number(100 * v, 'f', 0) + QLatin1Char('%')
                                : QStringLiteral("–");
    };
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (int i = 0; i < n; ++i) {
        p.drawText(QRect(left + n * cell, top + i * cell, cell, cell), Qt::AlignCenter,
                   percent(m_matrix.recall(i)));
        p.drawText(QRect(left + i * cell, top + n * cell, cell, cell / 2), Qt::AlignCenter,
                   percent(m_matrix.precision(i)));
    }
    // Wider than its column when the word is ("recall" in a 24-pixel cell
    // was clipped to "ecal"): it starts at the column and may run right.
    const QString recall = tr("recall");
    const int recallWidth = std::max(cell, fm.horizontalAdvance(recall) + 4);
    p.drawText(QRect(left + n * cell, top - fm.height() - 2, recallWidth, fm.height()),
               recallWidth > cell ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter, recall);
    p.drawText(QRect(0, top + n * cell, left - 4, cell / 2), Qt::AlignRight | Qt::AlignVCenter,
               tr("precision"));
}

}  // namespace hyperlab::ui
