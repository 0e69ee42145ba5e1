#include "charts/image_predictions_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hyperlab::ui {

namespace {

// One grid cell: the image, then two text lines (predicted class; the true
// class when wrong), at the drawing's own scale.
constexpr double kCellWidth = 58;
constexpr double kImageSide = 38;
constexpr double kLine = 11;
constexpr double kCellHeight = kImageSide + 2 * kLine + 1;
constexpr double kConfusionLeft = ImagePredictionsPainter::kColumns * kCellWidth + 10;
constexpr double kConfusionSide = 60;
constexpr double kConfusionTop = 14;
constexpr double kTextPixels = 9;

QImage grayscale(const GalleryImages& images, int i) {
    // The first channel of each pixel: Fashion-MNIST and IDX have only one.
    const Shape& s = images.shape;
    QImage image(s.width, s.height, QImage::Format_Grayscale8);
    const std::uint8_t* pixels = images.image(i);
    for (int y = 0; y < s.height; ++y)
        std::copy_n(pixels + std::ptrdiff_t(y) * s.width, s.width, image.scanLine(y));
    return image;
}

QString className(const GalleryImages& images, int c) {
    return c >= 0 && c < int(images.classNames.size())
               ? QString::fromStdString(images.classNames[std::size_t(c)])
               : QString::number(c);
}

}  // namespace

QRectF ImagePredictionsPainter::imageRect(int i) {
    const double x = (i % kColumns) * kCellWidth + (kCellWidth - kImageSide) / 2;
    const double y = (i / kColumns) * kCellHeight + 1;
    return {x, y, kImageSide, kImageSide};
}

QRectF ImagePredictionsPainter::confusionRect() {
    return {kConfusionLeft, kConfusionTop, kConfusionSide, kConfusionSide};
}

QRectF ImagePredictionsPainter::mapped(const QRectF& rect, const QRectF& target) {
    const double scale = std::min(target.width() / kSize.width(), target.height() / kSize.height());
    const QPointF origin = target.center() - QPointF(kSize.width(), kSize.height()) * scale / 2;
    return {origin + rect.topLeft() * scale, rect.size() * scale};
}

void ImagePredictionsPainter::paint(QPainter& painter, const QRectF& target,
                                    const ImagePredictions& predictions, const QPalette& palette,
                                    const QFont& font) {
    if (!predictions.images)
        return;
    const GalleryImages& images = *predictions.images;
    const QRectF whole = mapped(QRectF(QPointF(0, 0), kSize), target);
    painter.save();
    painter.translate(whole.topLeft());
    painter.scale(whole.width() / kSize.width(), whole.height() / kSize.height());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    QFont small = font;
    small.setPixelSize(int(kTextPixels));
    QFont bold = small;
    bold.setBold(true);
    const QColor ink = palette.color(QPalette::Text);
    const QColor red = wrongColor();

    const int count = std::min(images.count(), int(predictions.predicted.size()));
    for (int i = 0; i < count; ++i) {
        const QRectF image = imageRect(i);
        painter.drawImage(image, grayscale(images, i));
        const bool wrong = predictions.wrong(i);
        if (wrong) {
            painter.setPen(QPen(red, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(image.adjusted(-1, -1, 1, 1));
        }
        const QRectF line(image.center().x() - kCellWidth / 2, image.bottom() + 1, kCellWidth - 2,
                          kLine);
        painter.setFont(wrong ? bold : small);
        painter.setPen(wrong ? red : ink);
        const QFontMetricsF metrics(painter.font());
        const QString predicted = className(images, predictions.predicted[std::size_t(i)]);
        painter.drawText(line, Qt::AlignCenter,
                         metrics.elidedText(predicted, Qt::ElideRight, line.width()));
        if (wrong) {
            painter.setFont(small);
            const QString truth =
                QCoreApplication::translate("hyperlab::ui::ImagePredictions", "true: %1")
                    .arg(className(images, images.labels[std::size_t(i)]));
            painter.drawText(line.translated(0, kLine), Qt::AlignCenter,
                             QFontMetricsF(small).elidedText(truth, Qt::ElideRight, line.width()));
        }
    }

    // The confusion matrix: each row shaded by its own total, so a rare
    // class reads as well as a common one.
    const ConfusionMatrix& matrix = predictions.confusion;
    const QRectF heat = confusionRect();
    painter.setFont(small);
    painter.setPen(ink);
    const double width = kSize.width() - kConfusionLeft;
    painter.drawText(QRectF(kConfusionLeft, 0, width, kConfusionTop - 1),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("hyperlab::ui::ImagePredictions", "Confusion"));
    const int n = matrix.classCount;
    const QColor base(0x08, 0x51, 0x9c);
    painter.fillRect(heat, palette.color(QPalette::AlternateBase));
    if (n > 0) {
        const double cell = kConfusionSide / n;
        painter.setPen(Qt::NoPen);
        for (int t = 0; t < n; ++t) {
            const std::int64_t row = matrix.rowTotal(t);
            for (int c = 0; c < n && row > 0; ++c) {
                const double share = double(matrix.at(t, c)) / double(row);
                if (share <= 0)
                    continue;
                QColor fill = t == c ? base : red;
                fill.setAlphaF(0.15 + 0.85 * share);
                painter.fillRect(QRectF(heat.left() + c * cell, heat.top() + t * cell, cell, cell),
                                 fill);
            }
        }
    }
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(heat);
    painter.setPen(ink);
    const double accuracy = matrix.accuracy();
    const QString lines[] = {
        std::isfinite(accuracy)
            ? QCoreApplication::translate("hyperlab::ui::ImagePredictions", "val %1%")
                  .arg(100 * accuracy, 0, 'f', 1)
            : QString(),
        QCoreApplication::translate("hyperlab::ui::ImagePredictions", "%1/%2 wrong")
            .arg(predictions.wrongCount())
            .arg(count),
        QCoreApplication::translate("hyperlab::ui::ImagePredictions", "epoch %1")
            .arg(predictions.epoch)};
    double y = heat.bottom() + 3;
    for (const QString& text : lines) {
        painter.drawText(QRectF(kConfusionLeft, y, width, kLine + 1),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small).elidedText(text, Qt::ElideRight, width));
        y += kLine + 1;
    }
    painter.restore();
}

}  // namespace hyperlab::ui
