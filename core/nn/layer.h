#pragma once

#include <string>

#include "common/random.h"
#include "common/tensor.h"

namespace hyperlab {

class Initializer;

/// What a forward pass needs besides the input: whether the network is
/// training (dropout active, batch norm uses batch statistics) and the
/// random engine for stochastic layers (drawn from sequentially, so results
/// do not depend on the thread count).
struct ForwardContext {
    bool training = false;
    Random* random = nullptr;
};

/// One layer of a sequential network.
///
/// Contract (see mlpack's Layer): a layer is built for a fixed input shape;
/// forward maps a batch (one column per sample) to a batch; backward takes
/// dL/d(output) and writes dL/d(input) and its parameter gradients. The
/// network owns one flat parameter vector and one flat gradient vector; a
/// layer with parameters views its slice of each through bind().
class Layer {
public:
    virtual ~Layer() = default;

    /// Short kind name, e.g. "dense", "conv2d", "relu".
    virtual std::string kind() const = 0;
    /// One-line description for summaries, e.g. "dense 64" or "conv2d 16x3x3 s1 same".
    virtual std::string describe() const { return kind(); }

    virtual Shape inputShape() const = 0;
    virtual Shape outputShape() const = 0;

    /// Number of trainable scalars (weights and biases).
    virtual Eigen::Index parameterCount() const { return 0; }
    /// Hands the layer its slices of the network's flat parameter and gradient
    /// vectors (each parameterCount() long). Called once before use.
    virtual void bind(Scalar* parameters, Scalar* gradients) {}
    /// Initialises weights with the given scheme; biases to zero.
    virtual void initialize(const Initializer& weights, Random& random) {}

    /// output = f(input). `input` has inputShape().size() rows and one column
    /// per sample; output is resized by the layer. The layer may cache what
    /// backward needs (masks, argmax, im2col buffers).
    virtual void forward(const Matrix& input, Matrix& output, ForwardContext& context) = 0;

    /// Given dL/d(output) for the batch last passed to forward (whose input
    /// and output are passed again), writes dL/d(input) into inputGradient
    /// (skipped when needInputGradient is false, e.g. for the first layer)
    /// and overwrites the layer's parameter gradients.
    virtual void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                          Matrix& inputGradient, bool needInputGradient) = 0;
};

}  // namespace hyperlab
