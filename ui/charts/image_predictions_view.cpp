#include "charts/image_predictions_view.h"

#include <QPainter>

#include "charts/image_predictions_painter.h"

namespace hyperlab::ui {

ImagePredictionsView::ImagePredictionsView(QWidget* parent) : QWidget(parent) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ImagePredictionsView::setPredictions(std::shared_ptr<const ImagePredictions> predictions) {
    if (predictions == m_predictions)
        return;
    m_predictions = std::move(predictions);
    update();
}

void ImagePredictionsView::paintEvent(QPaintEvent*) {
    if (!m_predictions)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    ImagePredictionsPainter::paint(painter, QRectF(rect()).adjusted(8, 8, -8, -8), *m_predictions,
                                   palette(), font());
}

}  // namespace hyperlab::ui
