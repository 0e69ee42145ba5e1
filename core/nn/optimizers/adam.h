#pragma once

#include "nn/optimizers/optimizer.h"

namespace hyperlab {

/// Adam, exactly as torch.optim.Adam (amsgrad off), with coupled L2 weight
/// decay (the penalty is added to the gradient, so it is rescaled by the
/// adaptive denominator; AdamW is the decoupled variant):
///
///     g   = grad + weightDecay * p
///     m_t = beta1 * m_{t-1} + (1 - beta1) * g
///     v_t = beta2 * v_{t-1} + (1 - beta2) * g^2
///     p  <- p - lr / (1 - beta1^t) * m_t / (sqrt(v_t) / sqrt(1 - beta2^t) + epsilon)
///
/// with m_0 = v_0 = 0 and t counting steps from 1.
/// Kingma & Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015.
///
/// Uses settings: beta1, beta2 (each 0 <= b < 1), epsilon (>= 0), weightDecay (>= 0).
class Adam : public Optimizer {
public:
    explicit Adam(const OptimizerSettings& settings) : Adam(settings, WeightDecay::Coupled) {}
    std::string name() const override { return "adam"; }
    void step(VectorMap parameters, const VectorMap& gradients, double lr) override;

protected:
    enum class WeightDecay { Coupled, Decoupled };
    Adam(const OptimizerSettings& settings, WeightDecay decay);

private:
    double m_beta1;
    double m_beta2;
    double m_epsilon;
    double m_weightDecay;
    WeightDecay m_decay;
    long m_steps = 0;       ///< t of the last step
    Vector m_firstMoment;   ///< m_t
    Vector m_secondMoment;  ///< v_t
};

}  // namespace hyperlab
