#pragma once

#include "nn/activations/activation.h"

namespace hyperlab {

/// Identity, f(x) = x: no non-linearity (e.g. to show that a deep linear
/// network is still a linear model).
class Linear final : public Activation {
public:
    std::string name() const override { return "linear"; }
    void apply(const Matrix& x, Matrix& y) const override;
    void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const override;
};

}  // namespace hyperlab
