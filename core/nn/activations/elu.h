#pragma once

#include "nn/activations/activation.h"

namespace hyperlab {

/// Exponential linear unit, f(x) = x for x > 0 and alpha * (exp(x) - 1)
/// otherwise; f'(x) = alpha * exp(x) = f(x) + alpha for x <= 0. Negative
/// outputs push mean activations towards zero. Clevert, Unterthiner &
/// Hochreiter, "Fast and Accurate Deep Network Learning by Exponential Linear
/// Units (ELUs)", ICLR 2016. PyTorch's default alpha is 1.
class Elu final : public Activation {
public:
    /// Throws InputError when `alpha` is negative or not finite.
    explicit Elu(double alpha);
    std::string name() const override { return "elu"; }
    double alpha() const { return m_alpha; }
    void apply(const Matrix& x, Matrix& y) const override;
    void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const override;

private:
    Scalar m_alpha;
};

}  // namespace hyperlab
