#pragma once

#include <string>

#include "nn/layer.h"

namespace hyperlab {

/// C x H x W -> {C*H*W, 1, 1}. Samples are already stored flattened
/// channel-major, so only the shape changes; the data is copied through.
class Flatten : public Layer {
public:
    explicit Flatten(Shape input) : m_input(input) {}

    std::string kind() const override { return "flatten"; }
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return {m_input.size(), 1, 1}; }

    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

private:
    Shape m_input;
};

}  // namespace hyperlab
