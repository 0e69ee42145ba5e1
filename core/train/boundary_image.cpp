#include "train/boundary_image.h"

#include <algorithm>
#include <cmath>

#include "common/class_palette.h"

namespace hyperlab {

namespace {

std::uint8_t channel(std::uint32_t rgb, int shift) {
    return std::uint8_t((rgb >> shift) & 0xFF);
}

void setPixel(RgbImage& image, int x, int y, std::uint32_t rgb) {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height)
        return;
    std::uint8_t* p = image.pixel(x, y);
    p[0] = channel(rgb, 16);
    p[1] = channel(rgb, 8);
    p[2] = channel(rgb, 0);
}

}  // namespace

std::uint32_t boundaryCellRgb(const BoundarySnapshot& snapshot, int cell) {
    const std::uint32_t color = paletteRgb(snapshot.predictedClass(cell));
    const double chance = 1.0 / snapshot.classes;
    const double certainty =
        std::clamp((snapshot.confidence(cell) / 255.0 - chance) / (1.0 - chance), 0.0, 1.0);
    // 15% colour at chance, so even an undecided region shows its leaning;
    // 85% at certainty, so points drawn in the full colour stand out.
    const double amount = 0.15 + 0.7 * certainty;
    std::uint32_t out = 0;
    for (int shift : {16, 8, 0}) {
        const double mixed = 255.0 + amount * (channel(color, shift) - 255.0);
        out |= std::uint32_t(std::lround(mixed)) << shift;
    }
    return out;
}

RgbImage renderBoundary(const BoundarySnapshot& snapshot, int size) {
    RgbImage image(size, size);
    const int n = snapshot.grid.resolution;
    if (snapshot.classes < 2 ||
        snapshot.probabilities.size() != std::size_t(n) * n * snapshot.classes)
        return image;
    for (int y = 0; y < size; ++y) {
        const int row = n - 1 - std::min(n - 1, y * n / size);
        for (int x = 0; x < size; ++x) {
            const int column = std::min(n - 1, x * n / size);
            setPixel(image, x, y, boundaryCellRgb(snapshot, row * n + column));
        }
    }
    return image;
}

void drawSamples(RgbImage& image, const BoundaryGrid& grid, const Dataset& data,
                 const std::vector<int>& samples, bool hollow) {
    const double radius = std::max(2.5, image.width / 110.0);
    const int reach = int(std::ceil(radius));
    for (int index : samples) {
        const double px =
            (data.features(0, index) - grid.xMin) / (grid.xMax - grid.xMin) * image.width;
        const double py =
            (grid.yMax - data.features(1, index)) / (grid.yMax - grid.yMin) * image.height;
        const std::uint32_t color = paletteRgb(data.labels[std::size_t(index)]);
        for (int dy = -reach; dy <= reach; ++dy)
            for (int dx = -reach; dx <= reach; ++dx) {
                const double d = std::hypot(dx, dy);
                if (d > radius)
                    continue;
                const bool rim = d > radius - 1.0;
                const std::uint32_t rgb = rim ? 0x202020 : hollow ? 0xFFFFFF : color;
                setPixel(image, int(px) + dx, int(py) + dy, hollow && rim ? color : rgb);
            }
    }
}

}  // namespace hyperlab
