#pragma once

#include <string>

#include "nn/layer.h"

namespace hyperlab {

/// Average pooling over square windows of poolSize, moved by stride, without
/// padding: output floor((H - p) / s) + 1 per side. Every window holds p*p
/// inputs, so backward spreads each output gradient evenly over them.
class AvgPool2D : public Layer {
public:
    /// stride <= 0 means stride = poolSize (non-overlapping windows). Throws
    /// std::invalid_argument if poolSize < 1 or the window does not fit.
    AvgPool2D(Shape input, int poolSize, int stride = 0);

    std::string kind() const override { return "avg_pool2d"; }
    /// "avg_pool2d 2x2 s2".
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
};

}  // namespace hyperlab
