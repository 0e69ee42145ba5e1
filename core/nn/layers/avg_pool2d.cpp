#include "nn/layers/avg_pool2d.h"

#include "common/parallel.h"
#include "nn/layers/pool_geometry.h"

namespace hyperlab {

AvgPool2D::AvgPool2D(Shape input, int poolSize, int stride)
    : m_input(input), m_pool(poolSize), m_stride(stride > 0 ? stride : poolSize) {
    m_output = detail::pooledShape("AvgPool2D", input, m_pool, m_stride);
}

std::string AvgPool2D::describe() const {
    const std::string p = std::to_string(m_pool);
    return "avg_pool2d " + p + "x" + p + " s" + std::to_string(m_stride);
}

void AvgPool2D::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    const Eigen::Index batch = input.cols();
    const int inH = m_input.height, inW = m_input.width;
    const int outH = m_output.height, outW = m_output.width;
    const Scalar scale = Scalar(1) / Scalar(m_pool * m_pool);
    output.resize(m_output.size(), batch);
    parallelChunks(batch, detail::sampleGrain(batch, m_input.size()),
                   [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                       for (std::ptrdiff_t n = begin; n < end; ++n) {
                           const Scalar* x = input.col(n).data();
                           Scalar* y = output.col(n).data();
                           for (int c = 0; c < m_input.channels; ++c) {
                               const int plane = c * inH * inW;
                               for (int oy = 0; oy < outH; ++oy) {
                                   for (int ox = 0; ox < outW; ++ox) {
                                       const int corner =
                                           plane + oy * m_stride * inW + ox * m_stride;
                                       Scalar sum = 0;
                                       for (int ky = 0; ky < m_pool; ++ky)
                                           for (int kx = 0; kx < m_pool; ++kx)
                                               sum += x[corner + ky * inW + kx];
                                       y[(c * outH + oy) * outW + ox] = sum * scale;
                                   }
                               }
                           }
                       }
                   });
}

void AvgPool2D::backward(const Matrix&, const Matrix&, const Matrix& outputGradient,
                         Matrix& inputGradient, bool needInputGradient) {
    if (!needInputGradient)
        return;
    const Eigen::Index batch = outputGradient.cols();
    const int inH = m_input.height, inW = m_input.width;
    const int outH = m_output.height, outW = m_output.width;
    const Scalar scale = Scalar(1) / Scalar(m_pool * m_pool);
    inputGradient.setZero(m_input.size(), batch);
    parallelChunks(batch, detail::sampleGrain(batch, m_input.size()),
                   [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
                       for (std::ptrdiff_t n = begin; n < end; ++n) {
                           const Scalar* dy = outputGradient.col(n).data();
                           Scalar* dx = inputGradient.col(n).data();
                           for (int c = 0; c < m_input.channels; ++c) {
                               const int plane = c * inH * inW;
                               for (int oy = 0; oy < outH; ++oy) {
                                   for (int ox = 0; ox < outW; ++ox) {
                                       const int corner =
                                           plane + oy * m_stride * inW + ox * m_stride;
                                       const Scalar g = dy[(c * outH + oy) * outW + ox] * scale;
                                       for (int ky = 0; ky < m_pool; ++ky)
                                           for (int kx = 0; kx < m_pool; ++kx)
                                               dx[corner + ky * inW + kx] += g;
                                   }
                               }
                           }
                       }
                   });
}

}  // namespace hyperlab
