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
void maxPoolSample(const Scalar* __restrict x, Scalar* __restrict y, int* __restrict arg,
                   const PoolGeometry g) {
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

// The common 2x2 window with stride 2, one window per step of the loop
// (the four candidates in the general loop's order, so the same maximum and
// position): the compiler vectorises it with shuffles for the stride-2
// reads, which the general loop, whose stride is known only at run time,
// does not allow: 1.6 -> 1.0 ms per batch of 64 on the benchmark CNN's
// first pool.
void maxPool2x2Sample(const Scalar* __restrict x, Scalar* __restrict y, int* __restrict arg,
                      const PoolGeometry g) {
    for (int c = 0; c < g.channels; ++c) {
        for (int oy = 0; oy < g.outH; ++oy) {
            const int rowStart = (c * g.inH + 2 * oy) * g.inW;
            const Scalar* __restrict top = x + rowStart;
            const Scalar* __restrict bottom = top + g.inW;
            Scalar* __restrict best = y + (c * g.outH + oy) * g.outW;
            int* __restrict where = arg + (c * g.outH + oy) * g.outW;
            for (int ox = 0; ox < g.outW; ++ox) {
                const int i = rowStart + 2 * ox;
                Scalar m = top[2 * ox];
                int w = i;
                const Scalar v1 = top[2 * ox + 1], v2 = bottom[2 * ox], v3 = bottom[2 * ox + 1];
                w = v1 > m ? i + 1 : w;
                m = v1 > m ? v1 : m;
                w = v2 > m ? i + g.inW : w;
                m = v2 > m ? v2 : m;
                w = v3 > m ? i + g.inW + 1 : w;
                m = v3 > m ? v3 : m;
                best[ox] = m;
                where[ox] = w;
            }
        }
    }
}

// One output row of a 2x2, stride-2 pool whose windows tile the input:
// writes the two input rows it covers (starting at input row offset
// `start`, stored at dx), each value the output gradient where it was its
// window's maximum and 0 elsewhere.
void routeRow(const Scalar* __restrict dy, const int* __restrict arg, int outW, int inW, int start,
              Scalar* __restrict dx) {
    Scalar* __restrict below = dx + inW;
    for (int ox = 0; ox < outW; ++ox) {
        const int i = start + 2 * ox;
        const Scalar g = dy[ox];
        const int a = arg[ox];
        dx[2 * ox] = a == i ? g : Scalar(0);
        dx[2 * ox + 1] = a == i + 1 ? g : Scalar(0);
        below[2 * ox] = a == i + inW ? g : Scalar(0);
        below[2 * ox + 1] = a == i + inW + 1 ? g : Scalar(0);
    }
}

}  // namespace

void MaxPool2D::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    const Eigen::Index batch = input.cols();
    const PoolGeometry geometry{m_input.channels, m_input.height, m_input.width, m_output.height,
                                m_output.width,   m_pool,         m_stride};
    output.resize(m_output.size(), batch);
    m_argmax.resize(m_output.size(), batch);
    parallelChunks(
        batch, detail::sampleGrain(batch, m_input.size()),
        [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
            const auto sample = m_pool == 2 && m_stride == 2 ? maxPool2x2Sample : maxPoolSample;
            for (std::ptrdiff_t n = begin; n < end; ++n)
                sample(input.col(n).data(), output.col(n).data(), m_argmax.col(n).data(), geometry);
        });
}

void MaxPool2D::backward(const Matrix&, const Matrix&, const Matrix& outputGradient,
                         Matrix& inputGradient, bool needInputGradient) {
    if (!needInputGradient)
        return;
    const Eigen::Index batch = outputGradient.cols();
    if (m_pool == 2 && m_stride == 2 && m_input.height == 2 * m_output.height &&
        m_input.width == 2 * m_output.width && m_output.width >= 8) {
        // The windows tile the input: every input value is written once, no
        // zero fill and no scattered additions (1.5 -> 1.1 ms per batch of 64
        // on the benchmark CNN's first pool). Not for rows shorter than 8
        // outputs: on 7 the vectorised loop never runs and its scalar
        // remainder took 4x the scattered additions' time.
        inputGradient.resize(m_input.size(), batch);
        const int outW = m_output.width, inW = m_input.width;
        const Eigen::Index rows = Eigen::Index(m_output.channels) * m_output.height;
        parallelChunks(batch, detail::sampleGrain(batch, m_input.size()),
                       [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                           for (std::ptrdiff_t n = begin; n < end; ++n)
                               for (Eigen::Index r = 0; r < rows; ++r)
                                   routeRow(outputGradient.col(n).data() + r * outW,
                                            m_argmax.col(n).data() + r * outW, outW, inW,
                                            int(2 * r * inW),
                                            inputGradient.col(n).data() + 2 * r * inW);
                       });
        return;
    }
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
