#pragma once

#include <string>

#include "nn/layer.h"

namespace hyperlab {

/// Max pooling over square windows of poolSize, moved by stride, without
/// padding: output floor((H - p) / s) + 1 per side. Backward routes each
/// output gradient to the input that was the maximum (the first one on ties).
class MaxPool2D : public Layer {
public:
    /// stride <= 0 means stride = poolSize (non-overlapping windows). Throws
    /// std::invalid_argument if poolSize < 1 or the window does not fit.
    MaxPool2D(Shape input, int poolSize, int stride = 0);

    std::string kind() const override { return "max_pool2d"; }
    /// "max_pool2d 2x2 s2".
    std::string describe() const override;
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return m_output; }

    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

private:
    Shape m_input;
    Shape m_output;
    int m_pool = 1;
    int m_stride = 1;
    // Row (within the sample's input column) of each output's maximum.
    Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic> m_argmax;
};

}  // namespace hyperlab
