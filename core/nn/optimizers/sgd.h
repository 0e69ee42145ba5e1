#pragma once

#include "nn/optimizers/optimizer.h"

namespace hyperlab {

/// Stochastic gradient descent with optional momentum, Nesterov momentum and
/// coupled L2 weight decay, exactly as torch.optim.SGD with dampening = 0:
///
///     g   = grad + weightDecay * p
///     b_1 = g,  b_t = momentum * b_{t-1} + g           (when momentum > 0)
///     d   = g + momentum * b_t   (Nesterov)  |  b_t (classical)  |  g (momentum = 0)
///     p  <- p - lr * d
///
/// Momentum: Polyak 1964; the Nesterov form used here is the one of
/// Sutskever, Martens, Dahl & Hinton, "On the importance of initialization
/// and momentum in deep learning", ICML 2013. With momentum = 0 the Nesterov
/// flag changes nothing (torch refuses that combination; a search that samples
/// momentum down to 0 should not fail for it).
///
/// Uses settings: momentum (0 <= m < 1), nesterov, weightDecay (>= 0).
class Sgd final : public Optimizer {
public:
    explicit Sgd(const OptimizerSettings& settings);
    std::string name() const override { return "sgd"; }
    void step(VectorMap parameters, const VectorMap& gradients, double lr) override;

private:
    double m_momentum;
    bool m_nesterov;
    double m_weightDecay;
    Vector m_buffer;  ///< momentum buffer b_t (empty until the first step, or when momentum = 0)
    bool m_started = false;
};

}  // namespace hyperlab
