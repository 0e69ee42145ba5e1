#include "nn/layers/max_pool2d.h"

#include "common/parallel.h"
#include "nn/layers/pool_geometry.h"

namespace hyperlab {

MaxPool2D::MaxPool2D(Shape input, int poolSize, int stride)
    : m_input(input), m_pool(poolSize), m_stride(stride > 0 ? stride : poolSize) {
    m_output = detail::pooledShape("MaxPool2D", input, m_pool, m_stride);
}

std::string MaxPool2D::describe() const {
    const std::string p = std::to_string(m_pool);
    return "max_pool2d " + p + "x" + p + " s" + std::to_string(m_stride);
}

namespace {

struct PoolGeometry {
    int channels, inH, inW, outH, outW, pool, stride;
};

// One sample. The geometry comes by value and the pointers are restrict:
// otherwise every int store into `arg` could alias the loop bounds, forcing
// reloads and a branch per element instead of a vectorised running max.
// Pool and Stride > 0 fix the window at compile time (the common 2x2,
// stride 2): the compiler then vectorises the stride-2 reads with shuffles,
// which a stride known only at run time prevents (1.85 ms per batch of 64
// on the benchmark CNN's first pool).
template <int Pool = 0, int Stride = 0>
void maxPoolSample(const Scalar* __restrict x, Scalar* __restrict y, int* __restrict arg,
                   PoolGeometry g) {
    if constexpr (Pool > 0) {
        g.pool = Pool;
        g.stride = Stride;
    }
    for (int c = 0; c < g.channels; ++c) {
        for (int oy = 0; oy < g.outH; ++oy) {
            // A whole output row at a time, window offset by window offset.
            const int rowStart = (c * g.inH + oy * g.stride) * g.inW;
            Scalar* __restrict best = y + (c * g.outH + oy) * g.outW;
            int* __restrict where = arg + (c * g.outH + oy) * g.outW;
            for (int ox = 0; ox < g.outW; ++ox) {
                best[ox] = x[rowStart + ox * g.stride];
                where[ox] = rowStart + ox * g.stride;
            }
            for (int ky = 0; ky < g.pool; ++ky) {
                for (int kx = ky == 0 ? 1 : 0; kx < g.pool; ++kx) {
                    const int offset = rowStart + ky * g.inW + kx;
                    for (int ox = 0; ox < g.outW; ++ox) {
                        const Scalar value = x[offset + ox * g.stride];
                        const Scalar current = best[ox];
                        const int index = where[ox];
                        best[ox] = value > current ? value : current;
                        where[ox] = value > current ? offset + ox * g.stride : index;
                    }
                }
            }
        }
    }
}

}  // namespace

void MaxPool2D::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    const Eigen::Index batch = input.cols();
    const PoolGeometry geometry{m_input.channels, m_input.height, m_input.width, m_output.height,
                                m_output.width,   m_pool,         m_stride};
    output.resize(m_output.size(), batch);
    m_argmax.resize(m_output.size(), batch);
    parallelChunks(batch, detail::sampleGrain(batch, m_input.size()),
                   [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                       const auto sample =
                           m_pool == 2 && m_stride == 2 ? maxPoolSample<2, 2> : maxPoolSample<>;
                       for (std::ptrdiff_t n = begin; n < end; ++n)
                           sample(input.col(n).data(), output.col(n).data(), m_argmax.col(n).data(),
                                  geometry);
                   });
}

void MaxPool2D::backward(const Matrix&, const Matrix&, const Matrix& outputGradient,
                         Matrix& inputGradient, bool needInputGradient) {
    if (!needInputGradient)
        return;
    const Eigen::Index batch = outputGradient.cols();
    inputGradient.setZero(m_input.size(), batch);
    parallelChunks(batch, detail::sampleGrain(batch, m_input.size()),
                   [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                       for (std::ptrdiff_t n = begin; n < end; ++n) {
                           const Scalar* dy = outputGradient.col(n).data();
                           const int* arg = m_argmax.col(n).data();
                           Scalar* dx = inputGradient.col(n).data();
                           for (Eigen::Index o = 0; o < outputGradient.rows(); ++o)
                               dx[arg[o]] += dy[o];
                       }
                   });
}

}  // namespace hyperlab
