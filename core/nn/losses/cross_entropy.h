#pragma once

#include "nn/losses/loss.h"

namespace hyperlab {

/// Softmax cross-entropy on logits z (one row per class, one column per
/// sample) with one-hot target columns t, as PyTorch's CrossEntropyLoss
/// (mean reduction):
///     L = 1/N sum_n [ logsumexp(z_n) - sum_k t_kn z_kn ]
///     dL/dz = (softmax(z) - t) / N
/// The softmax is fused so the log-sum-exp is taken after subtracting each
/// column's maximum: no overflow for large logits, no log(0) for confident
/// wrong ones. Targets that are not one-hot are treated as distributions
/// (each column's loss is sum_k t_k * -log softmax_k), which also covers
/// label smoothing. See Goodfellow, Bengio & Courville, "Deep Learning",
/// section 6.2.2.3.
class CrossEntropy final : public Loss {
public:
    std::string name() const override { return "cross_entropy"; }
    OutputKind outputKind() const override { return OutputKind::ClassLogits; }
    double evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const override;
};

}  // namespace hyperlab
