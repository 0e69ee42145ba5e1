#pragma once

#include <QWidget>

#include <memory>

#include "train/image_predictions.h"

namespace hyperlab::ui {

/// One trial's image predictions at one epoch, drawn by
/// ImagePredictionsPainter to fill the widget: the decision-boundary view's
/// counterpart for image datasets (live view, trial details).
class ImagePredictionsView : public QWidget {
    Q_OBJECT
public:
    explicit ImagePredictionsView(QWidget* parent = nullptr);

    void setPredictions(std::shared_ptr<const ImagePredictions> predictions);
    std::shared_ptr<const ImagePredictions> predictions() const { return m_predictions; }

    QSize sizeHint() const override { return {600, 472}; }
    QSize minimumSizeHint() const override { return {300, 236}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::shared_ptr<const ImagePredictions> m_predictions;
};

}  // namespace hyperlab::ui
