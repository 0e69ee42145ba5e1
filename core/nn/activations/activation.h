#pragma once

#include <memory>
#include <string>

#include "common/registry.h"
#include "common/tensor.h"

namespace hyperlab {

/// An element-wise non-linearity y = f(x).
class Activation {
public:
    virtual ~Activation() = default;
    virtual std::string name() const = 0;
    /// y = f(x), element-wise; y is resized.
    virtual void apply(const Matrix& x, Matrix& y) const = 0;
    /// dx = f'(x) * dy, element-wise; x and y = f(x) are both given so each
    /// activation uses whichever is cheaper.
    virtual void gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const = 0;
};

/// Registry of activations by config name: relu, leaky_relu, elu, gelu,
/// sigmoid, tanh, linear. The argument is the slope/alpha parameter used by
/// leaky_relu (negative slope) and elu (alpha); others ignore it.
const Registry<Activation, double>& activationRegistry();

}  // namespace hyperlab
