#pragma once

#include <memory>
#include <string>

#include "common/random.h"
#include "common/registry.h"
#include "common/tensor.h"

namespace hyperlab {

/// A weight initialisation scheme. fanIn/fanOut are the number of inputs and
/// outputs per unit (for a conv kernel: inChannels*k*k and outChannels*k*k).
class Initializer {
public:
    virtual ~Initializer() = default;
    virtual std::string name() const = 0;
    /// Fills `weights` (any shape) with draws from the scheme's distribution.
    virtual void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const = 0;
};

/// Registry by config name: xavier_uniform, xavier_normal, kaiming_uniform,
/// kaiming_normal, lecun_normal, uniform, normal. The argument is the scale
/// used by plain uniform (U(-scale, scale)) and normal (N(0, scale^2)).
const Registry<Initializer, double>& initializerRegistry();

}  // namespace hyperlab
