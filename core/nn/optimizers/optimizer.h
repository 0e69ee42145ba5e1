#pragma once

#include <memory>
#include <string>

#include "common/registry.h"
#include "common/tensor.h"

namespace hyperlab {

/// Settings an optimizer may use; each optimizer documents which.
struct OptimizerSettings {
    double momentum = 0.0;     ///< SGD momentum (and RMSProp momentum)
    bool nesterov = false;     ///< SGD Nesterov momentum
    double beta1 = 0.9;        ///< Adam/AdamW first-moment decay
    double beta2 = 0.999;      ///< Adam/AdamW second-moment decay
    double epsilon = 1e-8;     ///< Adam/AdamW/RMSProp/Adagrad denominator guard
    double rho = 0.99;         ///< RMSProp squared-gradient decay (PyTorch's alpha)
    double weightDecay = 0.0;  ///< L2 penalty (coupled); AdamW decouples it
};

/// An update rule on the network's flat parameter vector. State (momentum,
/// moments) lives in vectors sized like the parameters, allocated on the
/// first step. Formulas follow PyTorch's torch.optim so results compare.
class Optimizer {
public:
    virtual ~Optimizer() = default;
    virtual std::string name() const = 0;
    /// One update of `parameters` from `gradients` at learning rate `lr`.
    virtual void step(VectorMap parameters, const VectorMap& gradients, double lr) = 0;
};

/// Registry by config name: sgd, adam, adamw, rmsprop, adagrad.
const Registry<Optimizer, const OptimizerSettings&>& optimizerRegistry();

/// Scales `gradients` so their L2 norm is at most maxNorm (no-op when
/// maxNorm <= 0). Returns the norm before clipping.
double clipGradientNorm(VectorMap gradients, double maxNorm);

}  // namespace hyperlab
