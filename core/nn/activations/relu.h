#pragma once

#include "nn/activations/activation.h"

namespace hyperlab {

/// Rectified linear unit, f(x) = max(0, x); f'(0) is taken as 0.
/// Nair & Hinton, "Rectified Linear Units Improve Restricted Boltzmann
/// Machines", ICML 2010. Pair with Kaiming/He initialisation.
class Relu final : public Activation {
public:
    std::string name() const override { return "relu"; }
    void apply(const Matrix& x, Matrix& y) const override;
    void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const override;
};

}  // namespace hyperlab
