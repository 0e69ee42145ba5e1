#pragma once

#include "nn/losses/loss.h"

namespace hyperlab {

/// Huber loss, as PyTorch's HuberLoss (reduction 'mean', over all K x N
/// elements). With d = y - t,
///     l(d) = d^2 / 2                    if |d| <= delta
///          = delta * (|d| - delta / 2)  otherwise
///     dl/dd = clamp(d, -delta, delta)
/// Quadratic (like MSE) for small errors, linear (like L1) for large ones,
/// so outliers pull less. Huber, "Robust Estimation of a Location
/// Parameter", Annals of Mathematical Statistics, 1964.
class Huber final : public Loss {
public:
    /// Throws InputError unless delta is finite and > 0.
    explicit Huber(double delta);
    std::string name() const override { return "huber"; }
    OutputKind outputKind() const override { return OutputKind::Regression; }
    double delta() const { return m_delta; }
    double evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const override;

private:
    Scalar m_delta;
};

}  // namespace hyperlab
