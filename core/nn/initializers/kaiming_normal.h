#pragma once

#include "nn/initializers/initializer.h"

namespace hyperlab {

/// Kaiming/He normal: W ~ N(0, std^2), std = sqrt(2 / fanIn). Suits ReLU
/// and its variants. He et al., ICCV 2015 (PyTorch kaiming_normal_ with
/// nonlinearity="relu", mode "fan_in"). fanOut is unused.
class KaimingNormal final : public Initializer {
public:
    std::string name() const override { return "kaiming_normal"; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const override;
};

}  // namespace hyperlab
