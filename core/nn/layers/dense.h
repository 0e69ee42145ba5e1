#pragma once

#include <string>

#include "nn/layer.h"

namespace hyperlab {

/// Fully connected layer: y = W x + b.
///
/// Any input shape is accepted and read as its flattened (c, y, x) vector, so
/// a Dense can follow a convolution directly; the output is {units, 1, 1}.
/// Parameters in the layer's flat slice: W (units x inputs, column-major),
/// then b (units).
class Dense : public Layer {
public:
    /// Throws std::invalid_argument when units < 1 or the input is empty.
    Dense(Shape input, int units);

    std::string kind() const override { return "dense"; }
    /// "dense 64".
    std::string describe() const override;
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return {m_units, 1, 1}; }

    Eigen::Index parameterCount() const override;
    void bind(Scalar* parameters, Scalar* gradients) override;
    /// Weights from `weights` with fanIn = inputs, fanOut = units; bias zero.
    void initialize(const Initializer& weights, Random& random) override;

    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

private:
    /// backward through tiledProduct (the portable build on AVX-512).
    void tiledBackward(const Matrix& input, const Matrix& outputGradient, Matrix& inputGradient,
                       bool needInputGradient);

    Shape m_input;
    int m_inputs = 0;
    int m_units = 0;
    Scalar* m_parameters = nullptr;
    Scalar* m_gradients = nullptr;
    // Scratch for the parallel products, which take plain matrices: the
    // weights are copied out of the flat vector once per call (a 1/batch
    // fraction of the product's work); W^T for tiledBackward.
    Matrix m_weights;
    Matrix m_weightGradient;
};

}  // namespace hyperlab
