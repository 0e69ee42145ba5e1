#include "nn/layers/dense.h"

#include <algorithm>
#include <stdexcept>

#include "common/parallel.h"
#include "nn/initializers/initializer.h"
#include "nn/layers/tiled_product.h"

namespace hyperlab {

namespace {

// The portable build (compiled without AVX2, e.g. x86-64-v2) runs Eigen's
// products at SSE4.2 whatever the CPU; there the three products go through
// tiledProduct, whose AVX-512 kernel is chosen at run time (MLP 784-256-128-10
// in the package build: see docs/performance.md). A build that targets AVX2 or
// AVX-512 keeps Eigen's products, compiled for that instruction set.
#if !defined(__AVX2__)
constexpr bool kTiledProducts = true;
#else
constexpr bool kTiledProducts = false;
#endif

bool useTiledProducts() {
    return kTiledProducts && tiledProductVectorised();
}

// Below this many multiply-adds a product runs as one chunk.
constexpr double kParallelWork = 2.0e5;

// Chunk of n rows or columns of the product: whole tiles of `tile`
// (tiledProduct's 64 rows or 6 columns), at most four chunks' worth per
// product. Each element of c is computed in one chunk, its depth terms added
// in ascending order, so the result does not depend on the chunking either.
std::ptrdiff_t tiledGrain(std::ptrdiff_t n, double work, std::ptrdiff_t tile) {
    if (work < kParallelWork)
        return n;
    const std::ptrdiff_t tiles = (n + tile - 1) / tile;
    return std::max<std::ptrdiff_t>(1, (tiles + 3) / 4) * tile;
}

}  // namespace

Dense::Dense(Shape input, int units) : m_input(input), m_inputs(input.size()), m_units(units) {
    if (units < 1)
        throw std::invalid_argument("Dense: units must be at least 1");
    if (m_inputs < 1)
        throw std::invalid_argument("Dense: empty input shape");
}

std::string Dense::describe() const {
    return "dense " + std::to_string(m_units);
}

Eigen::Index Dense::parameterCount() const {
    return Eigen::Index(m_units) * m_inputs + m_units;
}

void Dense::bind(Scalar* parameters, Scalar* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

void Dense::initialize(const Initializer& weights, Random& random) {
    MatrixMap w(m_parameters, m_units, m_inputs);
    weights.fill(w, m_inputs, m_units, random);
    VectorMap(m_parameters + w.size(), m_units).setZero();
}

void Dense::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    const Eigen::Index weightCount = Eigen::Index(m_units) * m_inputs;
    if (useTiledProducts()) {
        // W x (units x inputs, ld units) as a, x as b; split over W's rows.
        const Eigen::Index batch = input.cols();
        output.resize(m_units, batch);
        const double work = double(m_units) * m_inputs * batch;
        parallelChunks(m_units, tiledGrain(m_units, work, 64),
                       [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                           tiledProduct(end - begin, batch, m_inputs, m_parameters + begin, m_units,
                                        StridedOperand{input.data(), 1, m_inputs},
                                        output.data() + begin, m_units);
                       });
        output.colwise() += VectorMap(m_parameters + weightCount, m_units);
        return;
    }
    m_weights = ConstMatrixMap(m_parameters, m_units, m_inputs);
    parallelProduct(m_weights, input, output);
    output.colwise() += VectorMap(m_parameters + weightCount, m_units);
}

void Dense::backward(const Matrix& input, const Matrix&, const Matrix& outputGradient,
                     Matrix& inputGradient, bool needInputGradient) {
    const Eigen::Index weightCount = Eigen::Index(m_units) * m_inputs;
    if (useTiledProducts()) {
        tiledBackward(input, outputGradient, inputGradient, needInputGradient);
        return;
    }
    parallelProductTransposedB(outputGradient, input, m_weightGradient);
    MatrixMap(m_gradients, m_units, m_inputs) = m_weightGradient;
    VectorMap(m_gradients + weightCount, m_units) = outputGradient.rowwise().sum();
    if (needInputGradient) {
        m_weights = ConstMatrixMap(m_parameters, m_units, m_inputs);
        parallelProductTransposedA(m_weights, outputGradient, inputGradient);
    }
}

void Dense::tiledBackward(const Matrix& input, const Matrix& outputGradient, Matrix& inputGradient,
                          bool needInputGradient) {
    const Eigen::Index batch = outputGradient.cols();
    const Eigen::Index weightCount = Eigen::Index(m_units) * m_inputs;
    const double work = double(m_units) * m_inputs * batch;
    // dW = dY x^T straight into the flat gradient (units x inputs, ld units):
    // dY as a, x read transposed (row stride inputs, column stride 1); split
    // over dW's columns (the inputs), the sum over the batch inside a chunk.
    parallelChunks(m_inputs, tiledGrain(m_inputs, work, 6),
                   [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                       tiledProduct(m_units, end - begin, batch, outputGradient.data(), m_units,
                                    StridedOperand{input.data() + begin, m_inputs, 1},
                                    m_gradients + begin * m_units, m_units);
                   });
    VectorMap(m_gradients + weightCount, m_units) = outputGradient.rowwise().sum();
    if (!needInputGradient)
        return;
    // dx = W^T dY: a must be contiguous along c's rows (the inputs), so W^T
    // is copied out once per call (units x inputs values, a 1/batch fraction
    // of the product, as the Eigen path's copy of W); split over dx's rows.
    m_weights = ConstMatrixMap(m_parameters, m_units, m_inputs).transpose();
    inputGradient.resize(m_inputs, batch);
    parallelChunks(m_inputs, tiledGrain(m_inputs, work, 64),
                   [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                       tiledProduct(end - begin, batch, m_units, m_weights.data() + begin, m_inputs,
                                    StridedOperand{outputGradient.data(), 1, m_units},
                                    inputGradient.data() + begin, m_inputs);
                   });
}

}  // namespace hyperlab
