#pragma once

#include "nn/optimizers/optimizer.h"

namespace hyperlab {

/// Adagrad, exactly as torch.optim.Adagrad with lr_decay = 0 and an initial
/// accumulator of 0, with coupled L2 weight decay:
///
///     g   = grad + weightDecay * p
///     s_t = s_{t-1} + g^2                              (s_0 = 0)
///     p  <- p - lr * g / (sqrt(s_t) + epsilon)
///
/// Duchi, Hazan & Singer, "Adaptive Subgradient Methods for Online Learning
/// and Stochastic Optimization", JMLR 12, 2011. torch's default epsilon is
/// 1e-10; the configured epsilon is used here (1e-8 by default).
///
/// Uses settings: epsilon (>= 0), weightDecay (>= 0).
class Adagrad final : public Optimizer {
public:
    explicit Adagrad(const OptimizerSettings& settings);
    std::string name() const override { return "adagrad"; }
    void step(VectorMap parameters, const VectorMap& gradients, double lr) override;

private:
    double m_epsilon;
    double m_weightDecay;
    Vector m_sum;  ///< s_t, the running sum of squared gradients
};

}  // namespace hyperlab
