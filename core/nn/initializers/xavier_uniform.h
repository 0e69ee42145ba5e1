#pragma once

#include "nn/initializers/initializer.h"

namespace hyperlab {

/// Xavier/Glorot uniform: W ~ U(-a, a), a = sqrt(6 / (fanIn + fanOut)), so
/// Var(W) = 2 / (fanIn + fanOut) keeps activation and gradient variances
/// about equal across layers. Suits tanh and sigmoid (near-linear around 0).
/// Glorot & Bengio, "Understanding the difficulty of training deep
/// feedforward neural networks", AISTATS 2010 (PyTorch xavier_uniform_, gain 1).
class XavierUniform final : public Initializer {
public:
    std::string name() const override { return "xavier_uniform"; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const override;
};

}  // namespace hyperlab
