#pragma once

#include "nn/activations/activation.h"

namespace hyperlab {

/// Logistic sigmoid, f(x) = 1 / (1 + exp(-x)), f'(x) = f(x) * (1 - f(x)).
/// Saturates for large |x| (vanishing gradients in deep stacks); pair with
/// Xavier/Glorot initialisation.
class Sigmoid final : public Activation {
public:
    std::string name() const override { return "sigmoid"; }
    void apply(const Matrix& x, Matrix& y) const override;
    void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const override;
};

}  // namespace hyperlab
