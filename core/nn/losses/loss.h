#pragma once

#include <memory>
#include <string>

#include "common/registry.h"
#include "common/tensor.h"

namespace hyperlab {

/// What a network's outputs mean to a loss, so the trainer knows how to
/// build targets and compute accuracy.
enum class OutputKind {
    ClassLogits,  ///< one logit per class; targets are one-hot columns
    BinaryLogit,  ///< one logit; targets are 0 or 1
    Regression,   ///< raw values; targets are the values
};

/// A loss L(outputs, targets) averaged over the batch.
class Loss {
public:
    virtual ~Loss() = default;
    virtual std::string name() const = 0;
    virtual OutputKind outputKind() const = 0;
    /// Mean loss over the batch (for the regression losses, over every
    /// output of every sample, as PyTorch's reduction='mean'). When
    /// `gradient` is not null it receives dL/d(outputs) of that mean. Cross-entropy takes logits
    /// (softmax fused); binary cross-entropy takes one logit (sigmoid fused): both numerically
    /// stable.
    virtual double evaluate(const Matrix& outputs, const Matrix& targets,
                            Matrix* gradient) const = 0;
};

/// Registry by config name: cross_entropy, binary_cross_entropy, mse, huber,
/// l1. The argument is Huber's delta (others ignore it).
const Registry<Loss, double>& lossRegistry();

}  // namespace hyperlab
