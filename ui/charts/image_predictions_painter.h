#pragma once

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSizeF>

#include "train/image_predictions.h"

class QPainter;

namespace hyperlab::ui {

/// Draws what an image classifier made of a study's gallery images at one
/// epoch: a 4 x 4 grid of the grayscale images, each with its predicted
/// class under it; a wrong one gets a red frame and its true class in red.
/// At the right, a heat map thumbnail of the validation confusion matrix
/// (rows = true class, columns = predicted; blue diagonal = right, red =
/// confused, stronger = a larger share of the row), the validation accuracy
/// it gives and how many of the images are wrong. Painted, not rasterised, so an SVG export stays
/// vector (apart from the images themselves).
class ImagePredictionsPainter {
public:
    /// The drawing's own size; paint() scales it to fit its target.
    static constexpr QSizeF kSize{322, 246};
    static constexpr int kColumns = 4;
    static constexpr QColor wrongColor() { return QColor(0xd0, 0x1c, 0x1c); }

    /// Where image `i` is drawn, in kSize coordinates (its frame included).
    static QRectF imageRect(int i);
    /// Where the confusion-matrix heat map is drawn, in kSize coordinates.
    static QRectF confusionRect();
    /// `rect` (in kSize coordinates) as paint() places it in `target`.
    static QRectF mapped(const QRectF& rect, const QRectF& target);

    /// Paints `predictions` scaled (keeping proportions) and centred into
    /// `target`, with the palette's text colours and `font`'s family.
    static void paint(QPainter& painter, const QRectF& target, const ImagePredictions& predictions,
                      const QPalette& palette, const QFont& font);
};

}  // namespace hyperlab::ui
