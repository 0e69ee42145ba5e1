#include "train/decision_boundary.h"

#include <algorithm>
#include <cmath>

#include "common/float_mode.h"

namespace hyperlab {

namespace {

std::uint8_t toByte(double probability) {
    if (!std::isfinite(probability))
        return 0;  // a diverged network predicts nothing
    return std::uint8_t(std::lround(std::clamp(probability, 0.0, 1.0) * 255.0));
}

// Rounds [low, high] outward to multiples of a quarter of the extent's power
// of ten (extent 3.2 -> steps of 0.25).
void roundOutward(double& low, double& high, double extent) {
    const double step = std::pow(10.0, std::floor(std::log10(extent))) / 4.0;
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
}

}  // namespace

std::optional<BoundaryGrid> boundaryGridFor(const Dataset& data) {
    if (data.task != Task::Classification || data.features.rows() != 2 ||
        data.features.cols() == 0 || data.classCount() < 2)
        return std::nullopt;
    const auto xs = data.features.row(0);
    const auto ys = data.features.row(1);
    BoundaryGrid grid;
    grid.xMin = xs.minCoeff();
    grid.xMax = xs.maxCoeff();
    grid.yMin = ys.minCoeff();
    grid.yMax = ys.maxCoeff();
    if (!std::isfinite(grid.xMin + grid.xMax + grid.yMin + grid.yMax))
        return std::nullopt;
    // A square window (cells are square, so a tile does not stretch one
    // axis), centred on the data.
    const double extent = std::max({grid.xMax - grid.xMin, grid.yMax - grid.yMin, 1e-6});
    const double half = extent * 0.6;  // half the extent + a 10% margin
    const double cx = 0.5 * (grid.xMin + grid.xMax), cy = 0.5 * (grid.yMin + grid.yMax);
    grid.xMin = cx - half;
    grid.xMax = cx + half;
    grid.yMin = cy - half;
    grid.yMax = cy + half;
    roundOutward(grid.xMin, grid.xMax, extent);
    roundOutward(grid.yMin, grid.yMax, extent);
    return grid;
}

int BoundarySnapshot::predictedClass(int index) const {
    const std::uint8_t* p = cell(index);
    return int(std::max_element(p, p + classes) - p);
}

std::uint8_t BoundarySnapshot::confidence(int index) const {
    const std::uint8_t* p = cell(index);
    return *std::max_element(p, p + classes);
}

BoundarySnapshot computeBoundary(Network& network, OutputKind kind, int classes,
                                 const BoundaryGrid& grid, int epoch) {
    FlushDenormals flush;  // the same float mode as during training
    BoundarySnapshot snapshot;
    snapshot.epoch = epoch;
    snapshot.grid = grid;
    snapshot.classes = kind == OutputKind::BinaryLogit ? 2 : classes;
    snapshot.probabilities.resize(std::size_t(grid.cells()) * std::size_t(snapshot.classes));

    // Blocks of kRowsPerBatch rows (1,024 cells for a 64-cell grid): large
    // enough for efficient matrix products, small enough to keep a wide
    // network's activations in cache.
    constexpr int kRowsPerBatch = 16;
    ForwardContext context;  // evaluation mode
    Matrix inputs;
    std::uint8_t* out = snapshot.probabilities.data();
    for (int firstRow = 0; firstRow < grid.resolution; firstRow += kRowsPerBatch) {
        const int rows = std::min(kRowsPerBatch, grid.resolution - firstRow);
        inputs.resize(2, std::ptrdiff_t(rows) * grid.resolution);
        for (int r = 0; r < rows; ++r)
            for (int column = 0; column < grid.resolution; ++column) {
                inputs(0, r * grid.resolution + column) = Scalar(grid.x(column));
                inputs(1, r * grid.resolution + column) = Scalar(grid.y(firstRow + r));
            }
        const Matrix& outputs = network.forward(inputs, context);
        for (std::ptrdiff_t column = 0; column < inputs.cols(); ++column) {
            if (kind == OutputKind::BinaryLogit) {
                const double p = 1.0 / (1.0 + std::exp(-double(outputs(0, column))));
                *out++ = toByte(1.0 - p);
                *out++ = toByte(p);
                continue;
            }
            const auto logits = outputs.col(column).cast<double>();
            const double top = logits.maxCoeff();
            const double sum = (logits.array() - top).exp().sum();
            for (int k = 0; k < snapshot.classes; ++k)
                *out++ = toByte(std::exp(logits(k) - top) / sum);
        }
    }
    return snapshot;
}

}  // namespace hyperlab
