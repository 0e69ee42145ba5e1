#pragma once

#include "nn/initializers/initializer.h"

namespace hyperlab {

/// LeCun normal: W ~ N(0, std^2), std = sqrt(1 / fanIn), keeping the
/// pre-activation variance equal to the input variance. Suits SELU/linear
/// and works for tanh; LeCun, Bottou, Orr & Mueller, "Efficient BackProp",
/// 1998. fanOut is unused.
class LecunNormal final : public Initializer {
public:
    std::string name() const override { return "lecun_normal"; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const override;
};

}  // namespace hyperlab
