#pragma once

#include "nn/optimizers/adam.h"

namespace hyperlab {

/// AdamW, exactly as torch.optim.AdamW: Adam without the penalty in the
/// gradient, the weights instead shrunk directly (decoupled weight decay), so
/// every weight decays at the same rate whatever its gradient history:
///
///     p  <- p * (1 - lr * weightDecay)
///     m_t = beta1 * m_{t-1} + (1 - beta1) * grad
///     v_t = beta2 * v_{t-1} + (1 - beta2) * grad^2
///     p  <- p - lr / (1 - beta1^t) * m_t / (sqrt(v_t) / sqrt(1 - beta2^t) + epsilon)
///
/// Loshchilov & Hutter, "Decoupled Weight Decay Regularization", ICLR 2019.
/// (torch's AdamW defaults weightDecay to 0.01; here the configured value is
/// used as it is, 0 by default, which makes AdamW identical to Adam.)
///
/// Uses settings: beta1, beta2 (each 0 <= b < 1), epsilon (>= 0), weightDecay (>= 0).
class AdamW final : public Adam {
public:
    explicit AdamW(const OptimizerSettings& settings) : Adam(settings, WeightDecay::Decoupled) {}
    std::string name() const override { return "adamw"; }
};

}  // namespace hyperlab
