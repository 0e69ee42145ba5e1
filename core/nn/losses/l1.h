#pragma once

#include "nn/losses/loss.h"

namespace hyperlab {

/// Mean absolute error, as PyTorch's L1Loss (reduction 'mean', over all
/// K x N elements):
///     L = 1/(K N) sum |y - t|,   dL/dy = sign(y - t) / (K N)
/// with the subgradient 0 where y = t. Robust to outliers; the constant
/// gradient magnitude makes it jitter near the optimum unless the learning
/// rate decays.
class L1 final : public Loss {
public:
    std::string name() const override { return "l1"; }
    OutputKind outputKind() const override { return OutputKind::Regression; }
    double evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const override;
};

}  // namespace hyperlab
