#pragma once

#include "nn/activations/activation.h"

namespace hyperlab {

/// Hyperbolic tangent, f(x) = tanh(x), f'(x) = 1 - f(x)^2. Zero-centred
/// unlike the sigmoid; pair with Xavier/Glorot initialisation.
class Tanh final : public Activation {
public:
    std::string name() const override { return "tanh"; }
    void apply(const Matrix& x, Matrix& y) const override;
    void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const override;
};

}  // namespace hyperlab
