#pragma once

#include "nn/initializers/initializer.h"

namespace hyperlab {

/// Kaiming/He uniform with the ReLU gain sqrt(2): W ~ U(-a, a),
/// a = gain * sqrt(3 / fanIn) = sqrt(6 / fanIn), so Var(W) = 2 / fanIn makes
/// up for ReLU zeroing half its inputs. Suits ReLU and its variants (leaky
/// ReLU, ELU, GELU). He, Zhang, Ren & Sun, "Delving Deep into Rectifiers",
/// ICCV 2015 (PyTorch kaiming_uniform_ with nonlinearity="relu", mode
/// "fan_in"). fanOut is unused.
class KaimingUniform final : public Initializer {
public:
    std::string name() const override { return "kaiming_uniform"; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const override;
};

}  // namespace hyperlab
