#include "charts/boundary_image.h"

#include "train/boundary_image.h"

namespace hyperlab::ui {

QImage boundaryImage(const BoundarySnapshot& snapshot) {
    const RgbImage rgb = renderBoundary(snapshot, snapshot.grid.resolution);
    QImage image(rgb.width, rgb.height, QImage::Format_RGB888);
    for (int y = 0; y < rgb.height; ++y)
        std::copy_n(rgb.rgb.data() + std::size_t(y) * std::size_t(rgb.width) * 3,
                    std::size_t(rgb.width) * 3, image.scanLine(y));
    return image;
}

}  // namespace hyperlab::ui
