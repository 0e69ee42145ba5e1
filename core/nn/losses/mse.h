#pragma once

#include "nn/losses/loss.h"

namespace hyperlab {

/// Mean squared error, as PyTorch's MSELoss (reduction 'mean'): the mean runs
/// over the batch AND the outputs, i.e. over all K x N elements,
///     L = 1/(K N) sum (y - t)^2,   dL/dy = 2 (y - t) / (K N).
/// For a single output (K = 1) this is the usual batch mean. The maximum
/// likelihood loss under Gaussian noise; large errors dominate it.
class Mse final : public Loss {
public:
    std::string name() const override { return "mse"; }
    OutputKind outputKind() const override { return OutputKind::Regression; }
    double evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const override;
};

}  // namespace hyperlab
