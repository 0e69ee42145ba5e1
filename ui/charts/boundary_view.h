#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

#include "data/dataset.h"
#include "train/decision_boundary.h"

namespace hyperlab::ui {

/// Draws one decision boundary: the heat map of a snapshot (class colour,
/// confidence as lightness) in a square, with the training samples as filled
/// dots and the validation samples as rings of their class colour on top.
/// Paint only: it computes nothing but the 64x64 colour image of a new
/// snapshot.
class BoundaryView : public QWidget {
    Q_OBJECT
public:
    explicit BoundaryView(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const BoundarySnapshot> snapshot);
    /// The samples drawn on top (null: none).
    void setSamples(std::shared_ptr<const DataSplit> samples);
    /// Shown instead of a heat map when there is no snapshot.
    void setPlaceholder(const QString& text);

    std::shared_ptr<const BoundarySnapshot> snapshot() const { return m_snapshot; }
    /// The heat map as drawn (tests): one pixel per cell.
    const QImage& image() const { return m_image; }

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::shared_ptr<const BoundarySnapshot> m_snapshot;
    std::shared_ptr<const DataSplit> m_samples;
    QImage m_image;
    QString m_placeholder;
};

/// Paints samples of `data` over `target` (the grid's window mapped onto it).
void paintBoundarySamples(class QPainter& painter, const QRectF& target, const BoundaryGrid& grid,
                          const DataSplit& samples, double radius);

}  // namespace hyperlab::ui
