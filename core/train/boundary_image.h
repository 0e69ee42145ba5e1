#pragma once

#include <cstdint>
#include <vector>

#include "data/dataset.h"
#include "train/decision_boundary.h"

namespace hyperlab {

/// An 8-bit RGB raster, rows top to bottom, 3 bytes per pixel.
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;

    RgbImage() = default;
    RgbImage(int w, int h) : width(w), height(h), rgb(std::size_t(w) * std::size_t(h) * 3, 255) {}
    std::uint8_t* pixel(int x, int y) {
        return rgb.data() + (std::size_t(y) * std::size_t(width) + std::size_t(x)) * 3;
    }
};

/// The colour of one cell: the predicted class's colour (paletteRgb), from
/// nearly white where the network is unsure (the top probability at chance,
/// 1 / classes) to the full colour where it is certain (probability 1).
std::uint32_t boundaryCellRgb(const BoundarySnapshot& snapshot, int cell);

/// The heat map of a snapshot as a size x size image (y up: the grid's top
/// row is the image's first), each pixel coloured from the cell under it.
RgbImage renderBoundary(const BoundarySnapshot& snapshot, int size);

/// Draws samples of `data` on a rendered boundary as discs of their class
/// colour with a dark rim (filled for training samples, white centres for
/// `hollow` ones such as validation samples).
void drawSamples(RgbImage& image, const BoundaryGrid& grid, const Dataset& data,
                 const std::vector<int>& samples, bool hollow);

}  // namespace hyperlab
