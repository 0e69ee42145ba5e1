#pragma once

#include "nn/activations/activation.h"

namespace hyperlab {

/// Leaky ReLU, f(x) = x for x > 0 and slope * x otherwise, so negative
/// inputs keep a small gradient and units cannot "die". Maas, Hannun & Ng,
/// "Rectifier Nonlinearities Improve Neural Network Acoustic Models", ICML
/// 2013. PyTorch's default slope is 0.01.
class LeakyRelu final : public Activation {
public:
    /// Throws InputError when `negativeSlope` is not finite.
    explicit LeakyRelu(double negativeSlope);
    std::string name() const override { return "leaky_relu"; }
    double negativeSlope() const { return m_slope; }
    void apply(const Matrix& x, Matrix& y) const override;
    void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const override;

private:
    Scalar m_slope;
};

}  // namespace hyperlab
