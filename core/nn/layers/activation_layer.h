#pragma once

#include <memory>
#include <string>

#include "nn/activations/activation.h"
#include "nn/layer.h"

namespace hyperlab {

/// Applies an element-wise Activation as a layer of its own (shape kept).
/// kind() and describe() are the activation's name, e.g. "relu".
class ActivationLayer : public Layer {
public:
    /// Throws std::invalid_argument for a null activation.
    ActivationLayer(Shape input, std::unique_ptr<Activation> activation);

    std::string kind() const override { return m_activation->name(); }
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return m_input; }
    const Activation& activation() const { return *m_activation; }

    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

private:
    Shape m_input;
    std::unique_ptr<Activation> m_activation;
};

}  // namespace hyperlab
