#pragma once

#include <memory>
#include <string>
#include <vector>

#include "nn/layer.h"

namespace hyperlab {

/// A sequential stack of layers with one flat parameter vector and one flat
/// gradient vector that the layers view (so an optimizer updates everything
/// in one pass, and keeping the best weights is one copy).
class Network {
public:
    explicit Network(Shape inputShape);
    Network(Network&&) = default;
    Network& operator=(Network&&) = default;

    Shape inputShape() const { return m_inputShape; }
    /// The output shape of the last layer (the input shape when empty).
    Shape outputShape() const;

    /// Appends a layer. Its input shape must equal the current outputShape().
    void add(std::unique_ptr<Layer> layer);
    /// Allocates the flat vectors and binds every layer to its slice.
    /// Call once after the last add().
    void finalize();

    /// Initialises every layer's weights with `weights`; biases become zero.
    void initialize(const Initializer& weights, Random& random);

    /// Runs the batch through every layer; returns the last layer's output.
    const Matrix& forward(const Matrix& input, ForwardContext& context);
    /// Back-propagates dL/d(output) for the batch of the last forward pass,
    /// filling gradients().
    void backward(const Matrix& outputGradient);

    VectorMap parameters() { return VectorMap(m_parameters.data(), m_parameters.size()); }
    VectorMap gradients() { return VectorMap(m_gradients.data(), m_gradients.size()); }
    Eigen::Index parameterCount() const { return m_parameters.size(); }

    std::size_t layerCount() const { return m_layers.size(); }
    Layer& layer(std::size_t i) { return *m_layers[i]; }
    const Layer& layer(std::size_t i) const { return *m_layers[i]; }
    /// One line per layer: "conv2d 16x3x3 s1 same -> 16x28x28 (448 params)".
    std::string summary() const;

private:
    Shape m_inputShape;
    std::vector<std::unique_ptr<Layer>> m_layers;
    Vector m_parameters;
    Vector m_gradients;
    // m_activations[0] is a copy of the input; m_activations[i+1] is layer i's output.
    std::vector<Matrix> m_activations;
    std::vector<Matrix> m_activationGradients;
    bool m_finalized = false;
};

}  // namespace hyperlab
