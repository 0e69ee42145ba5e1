#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "data/dataset.h"
#include "nn/losses/loss.h"
#include "nn/network.h"

namespace hyperlab {

/// Cells per side of a decision-boundary grid. 64 x 64 = 4096 cells shows
/// the shape of a spiral arm at tile size without costing more than a few
/// batches of evaluation.
inline constexpr int kBoundaryResolution = 64;

/// The square-celled window of the input plane a boundary is sampled on:
/// resolution x resolution cells whose centres span [xMin, xMax] x [yMin,
/// yMax] (cell (row, column) sits at x = xMin + (column + 0.5) * width /
/// resolution, y = yMin + (row + 0.5) * height / resolution; row 0 is the
/// bottom, yMin).
struct BoundaryGrid {
    double xMin = -1, xMax = 1, yMin = -1, yMax = 1;
    int resolution = kBoundaryResolution;

    int cells() const { return resolution * resolution; }
    double x(int column) const { return xMin + (column + 0.5) * (xMax - xMin) / resolution; }
    double y(int row) const { return yMin + (row + 0.5) * (yMax - yMin) / resolution; }
    bool operator==(const BoundaryGrid&) const = default;
};

/// The grid a boundary of `data` is drawn on, or nothing when the data is
/// not a 2-D classification set (two float features: circle, xor, gaussians,
/// spiral, moons, a CSV with two feature columns).
///
/// It covers every sample (training, validation and test) plus a margin of
/// 10% of the larger extent on each side, with its edges rounded outward to
/// a quarter of the extent's power of ten, so the small differences between
/// datasets generated with other noise levels still give one grid and the
/// tiles of a study compare cell for cell.
std::optional<BoundaryGrid> boundaryGridFor(const Dataset& data);

/// The class probabilities a network predicts on every cell of a grid at the
/// end of one epoch, as bytes: `classes` bytes per cell (probability x 255,
/// rounded), cells in row-major order (see BoundaryGrid). The classes of a
/// cell sum to 255 up to rounding (at most classes / 2 off).
///
/// Stored as the full distribution rather than argmax + confidence so a
/// study with k classes can still show how sure the network is about the
/// runner-up; a two-class set costs 8 KiB per snapshot.
struct BoundarySnapshot {
    int epoch = 0;
    int classes = 0;
    BoundaryGrid grid;
    std::vector<std::uint8_t> probabilities;

    const std::uint8_t* cell(int index) const {
        return probabilities.data() + std::size_t(index) * std::size_t(classes);
    }
    /// The most probable class of a cell (the first on a tie).
    int predictedClass(int index) const;
    /// The probability of the predicted class, 0..255.
    std::uint8_t confidence(int index) const;
    std::size_t bytes() const { return sizeof(BoundarySnapshot) + probabilities.capacity(); }
};

/// Evaluates `network` (evaluation mode) on every cell of `grid` and turns
/// its outputs into class probabilities: softmax for ClassLogits (`classes`
/// classes), sigmoid for BinaryLogit (two classes). Deterministic: the same
/// weights give the same bytes whatever the thread count.
BoundarySnapshot computeBoundary(Network& network, OutputKind kind, int classes,
                                 const BoundaryGrid& grid, int epoch);

}  // namespace hyperlab
