#pragma once

#include "nn/activations/activation.h"

namespace hyperlab {

/// Gaussian error linear unit, exact form as PyTorch's default
/// (approximate='none'): f(x) = x * Phi(x) = x/2 * (1 + erf(x / sqrt(2))),
/// f'(x) = Phi(x) + x * phi(x) with phi the standard normal density.
/// Hendrycks & Gimpel, "Gaussian Error Linear Units (GELUs)", 2016.
class Gelu final : public Activation {
public:
    std::string name() const override { return "gelu"; }
    void apply(const Matrix& x, Matrix& y) const override;
    void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const override;
};

}  // namespace hyperlab
