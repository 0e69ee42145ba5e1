#include "nn/network.h"

#include <sstream>
#include <stdexcept>

namespace hyperlab {

Network::Network(Shape inputShape) : m_inputShape(inputShape) {}

Shape Network::outputShape() const {
    return m_layers.empty() ? m_inputShape : m_layers.back()->outputShape();
}

void Network::add(std::unique_ptr<Layer> layer) {
    if (m_finalized)
        throw std::logic_error("Network::add after finalize");
    if (!(layer->inputShape() == outputShape()))
        throw std::logic_error("Network::add: layer " + layer->describe() +
                               " does not fit the previous layer's output");
    m_layers.push_back(std::move(layer));
}

void Network::finalize() {
    Eigen::Index total = 0;
    for (const auto& layer : m_layers)
        total += layer->parameterCount();
    m_parameters = Vector::Zero(total);
    m_gradients = Vector::Zero(total);
    Eigen::Index offset = 0;
    for (auto& layer : m_layers) {
        layer->bind(m_parameters.data() + offset, m_gradients.data() + offset);
        offset += layer->parameterCount();
    }
    m_activations.assign(m_layers.size() + 1, Matrix());
    m_activationGradients.assign(m_layers.size() + 1, Matrix());
    m_finalized = true;
}

void Network::initialize(const Initializer& weights, Random& random) {
    for (auto& layer : m_layers)
        layer->initialize(weights, random);
}

const Matrix& Network::forward(const Matrix& input, ForwardContext& context) {
    if (!m_finalized)
        throw std::logic_error("Network::forward before finalize");
    m_activations[0] = input;
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        m_layers[i]->forward(m_activations[i], m_activations[i + 1], context);
    return m_activations.back();
}

void Network::backward(const Matrix& outputGradient) {
    const std::size_t n = m_layers.size();
    m_activationGradients[n] = outputGradient;
    for (std::size_t i = n; i-- > 0;) {
        m_layers[i]->backward(m_activations[i], m_activations[i + 1], m_activationGradients[i + 1],
                              m_activationGradients[i], i > 0);
    }
}

std::string Network::summary() const {
    std::ostringstream out;
    for (const auto& layer : m_layers) {
        const Shape s = layer->outputShape();
        out << layer->describe() << " -> " << s.channels << 'x' << s.height << 'x' << s.width
            << " (" << layer->parameterCount() << " params)\n";
    }
    out << "total parameters: " << m_parameters.size() << '\n';
    return out.str();
}

}  // namespace hyperlab
