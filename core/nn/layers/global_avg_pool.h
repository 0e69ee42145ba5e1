#pragma once

#include <string>

#include "nn/layer.h"

namespace hyperlab {

/// Global average pooling: each channel's H x W map becomes its mean, so
/// C x H x W -> C x 1 x 1 (a common replacement for flatten + dense).
class GlobalAvgPool : public Layer {
public:
    /// Throws std::invalid_argument for an empty input shape.
    explicit GlobalAvgPool(Shape input);

    std::string kind() const override { return "global_avg_pool"; }
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return {m_input.channels, 1, 1}; }

    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

private:
    Shape m_input;
};

}  // namespace hyperlab
