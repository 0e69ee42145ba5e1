#pragma once

#include <QString>
#include <QWidget>
#include <memory>

#include "data/dataset.h"

namespace hyperlab::ui {

/// A picture of a dataset: a scatter plot of 2-D points coloured by class (or
/// by target value for regression), a grid of image thumbnails with their
/// class names, or a message when there is nothing to draw. Painted with
/// QPainter (charts stay behind ui/charts).
class DataPreview : public QWidget {
    Q_OBJECT

public:
    explicit DataPreview(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setMessage(const QString& message);
    const Dataset* dataset() const { return m_data.get(); }
    QSize sizeHint() const override { return {260, 220}; }
    /// The colour of class `index` (shared with legends).
    static QColor classColor(int index);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintScatter(class QPainter& painter, const QRectF& area);
    void paintImages(class QPainter& painter, const QRectF& area);

    std::shared_ptr<const Dataset> m_data;
    QString m_message;
};

}  // namespace hyperlab::ui
