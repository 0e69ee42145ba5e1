#pragma once

#include <QImage>
#include <QSet>
#include <QWidget>

#include <map>
#include <memory>

#include "train/decision_boundary.h"
#include "train/image_predictions.h"

namespace hyperlab::ui {

class GalleryPanel;

/// Paints the gallery's grid of tiles (one widget for all tiles, so a
/// scrubber frame is one paint); geometry comes from the panel's
/// GalleryLayout. A tile shows a trial's decision boundary, or, in a study
/// on images, its predictions on the study's 16 gallery images with a
/// confusion-matrix thumbnail (ImagePredictionsPainter). Keeps each trial's
/// tile image until its snapshot changes.
class GalleryCanvas : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTile = 150;    ///< heat map side, pixels (boundary tiles)
    static constexpr int kCaption = 34;  ///< two caption lines under it
    static constexpr int kGap = 8;
    static constexpr int kHeader = 22;     ///< column labels
    static constexpr int kRowHeader = 76;  ///< row labels

    explicit GalleryCanvas(GalleryPanel* panel);

    void updateGeometry();
    QRect tileRect(int trial) const;
    QImage tileImage(int trial);
    /// Image tiles (predictions on images) instead of boundary heat maps.
    void setImageTiles(bool images);
    bool imageTiles() const { return m_imageTiles; }
    /// The size of a tile's picture (without its caption).
    QSize tileSize() const;
    void setSelected(const QSet<int>& trials);
    void setSmooth(bool smooth) { m_smooth = smooth; }
    const QSet<int>& selected() const { return m_selected; }
    QSize sizeHint() const override { return m_size; }

Q_SIGNALS:
    void clicked(int trial);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(class QMouseEvent* event) override;

private:
    int cellWidth() const;

    GalleryPanel* m_panel;
    QSet<int> m_selected;
    QImage predictionsImage(int trial);

    bool m_smooth = true;
    bool m_imageTiles = false;
    QSize m_size{400, 300};
    std::map<int, std::pair<std::shared_ptr<const BoundarySnapshot>, QImage>> m_images;
    std::map<int, std::pair<std::shared_ptr<const ImagePredictions>, QImage>> m_predictionImages;
};

}  // namespace hyperlab::ui
