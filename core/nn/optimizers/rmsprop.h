#pragma once

#include "nn/optimizers/optimizer.h"

namespace hyperlab {

/// RMSProp, exactly as torch.optim.RMSprop (not centred), with optional
/// momentum and coupled L2 weight decay:
///
///     g   = grad + weightDecay * p
///     s_t = rho * s_{t-1} + (1 - rho) * g^2              (s_0 = 0)
///     d   = g / (sqrt(s_t) + epsilon)                    (epsilon after the root)
///     b_t = momentum * b_{t-1} + d,  p <- p - lr * b_t    (momentum > 0, b_0 = 0)
///     p  <- p - lr * d                                   (momentum = 0)
///
/// Tieleman & Hinton, "Lecture 6.5 - RMSProp", COURSERA: Neural Networks for
/// Machine Learning, 2012. rho is torch's `alpha`.
///
/// Uses settings: rho (0 <= rho < 1), epsilon (>= 0), momentum (0 <= m < 1),
/// weightDecay (>= 0).
class RmsProp final : public Optimizer {
public:
    explicit RmsProp(const OptimizerSettings& settings);
    std::string name() const override { return "rmsprop"; }
    void step(VectorMap parameters, const VectorMap& gradients, double lr) override;

private:
    double m_rho;
    double m_epsilon;
    double m_momentum;
    double m_weightDecay;
    Vector m_squareAverage;  ///< s_t
    Vector m_buffer;         ///< b_t (stays empty when momentum = 0)
};

}  // namespace hyperlab
