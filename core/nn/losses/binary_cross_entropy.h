#pragma once

#include "nn/losses/loss.h"

namespace hyperlab {

/// Binary cross-entropy on one logit x per sample with target t in {0, 1}
/// (or a probability in [0, 1]), sigmoid fused, as PyTorch's
/// BCEWithLogitsLoss (mean reduction). With p = sigmoid(x),
///     l = -t log p - (1 - t) log(1 - p)
///       = max(x, 0) - x t + log(1 + exp(-|x|))
///     dl/dx = p - t
/// The second form never evaluates exp of a positive number nor log(0), so
/// it is finite for any finite logit. The mean runs over all elements, which
/// is the batch mean for the usual one-row output.
class BinaryCrossEntropy final : public Loss {
public:
    std::string name() const override { return "binary_cross_entropy"; }
    OutputKind outputKind() const override { return OutputKind::BinaryLogit; }
    double evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const override;
};

}  // namespace hyperlab
