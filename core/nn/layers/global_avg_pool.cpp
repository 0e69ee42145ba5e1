#include "nn/layers/global_avg_pool.h"

#include <stdexcept>

namespace hyperlab {

GlobalAvgPool::GlobalAvgPool(Shape input) : m_input(input) {
    if (input.size() < 1)
        throw std::invalid_argument("GlobalAvgPool: empty input shape");
}

void GlobalAvgPool::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    const Eigen::Index area = Eigen::Index(m_input.height) * m_input.width;
    const Eigen::Index batch = input.cols();
    output.resize(m_input.channels, batch);
    // A sample's column viewed as area x channels has one channel per column.
    for (Eigen::Index n = 0; n < batch; ++n)
        output.col(n) = ConstMatrixMap(input.col(n).data(), area, m_input.channels)
                            .colwise()
                            .mean()
                            .transpose();
}

void GlobalAvgPool::backward(const Matrix&, const Matrix&, const Matrix& outputGradient,
                             Matrix& inputGradient, bool needInputGradient) {
    if (!needInputGradient)
        return;
    const Eigen::Index area = Eigen::Index(m_input.height) * m_input.width;
    const Eigen::Index batch = outputGradient.cols();
    inputGradient.resize(m_input.size(), batch);
    const Scalar scale = Scalar(1) / Scalar(area);
    for (Eigen::Index n = 0; n < batch; ++n)
        MatrixMap(inputGradient.col(n).data(), area, m_input.channels).rowwise() =
            outputGradient.col(n).transpose() * scale;
}

}  // namespace hyperlab
