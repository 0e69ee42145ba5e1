#include "nn/layers/activation_layer.h"

#include <stdexcept>

namespace hyperlab {

ActivationLayer::ActivationLayer(Shape input, std::unique_ptr<Activation> activation)
    : m_input(input), m_activation(std::move(activation)) {
    if (!m_activation)
        throw std::invalid_argument("ActivationLayer: null activation");
}

void ActivationLayer::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    m_activation->apply(input, output);
}

void ActivationLayer::backward(const Matrix& input, const Matrix& output,
                               const Matrix& outputGradient, Matrix& inputGradient,
                               bool needInputGradient) {
    if (needInputGradient)
        m_activation->gradient(input, output, outputGradient, inputGradient);
}

}  // namespace hyperlab
