#pragma once

#include "nn/initializers/initializer.h"

namespace hyperlab {

/// Xavier/Glorot normal: W ~ N(0, std^2), std = sqrt(2 / (fanIn + fanOut)).
/// Suits tanh and sigmoid. Glorot & Bengio, AISTATS 2010 (PyTorch
/// xavier_normal_, gain 1).
class XavierNormal final : public Initializer {
public:
    std::string name() const override { return "xavier_normal"; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const override;
};

}  // namespace hyperlab
