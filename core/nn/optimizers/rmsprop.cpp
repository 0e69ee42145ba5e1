#include "nn/optimizers/rmsprop.h"

#include "nn/optimizers/update_support.h"

namespace hyperlab {

using namespace optimizer_support;

RmsProp::RmsProp(const OptimizerSettings& settings)
    : m_rho(settings.rho),
      m_epsilon(settings.epsilon),
      m_momentum(settings.momentum),
      m_weightDecay(settings.weightDecay) {
    requireHalfOpen("training.rho", m_rho, 0.0, 1.0);
    requireNonNegative("training.epsilon", m_epsilon);
    requireHalfOpen("training.momentum", m_momentum, 0.0, 1.0);
    requireNonNegative("training.weight_decay", m_weightDecay);
}

void RmsProp::step(VectorMap parameters, const VectorMap& gradients, double lr) {
    const bool useMomentum = m_momentum > 0.0;
    if (useMomentum)
        prepareState("rmsprop", parameters.size(), gradients.size(), {&m_squareAverage, &m_buffer});
    else
        prepareState("rmsprop", parameters.size(), gradients.size(), {&m_squareAverage});

    const auto rate = static_cast<Scalar>(lr);
    const auto rho = static_cast<Scalar>(m_rho);
    // 1 - rho in double, not 1 - float(rho): see Adam.
    const auto complement = static_cast<Scalar>(1.0 - m_rho);
    const auto eps = static_cast<Scalar>(m_epsilon);
    const auto mu = static_cast<Scalar>(m_momentum);
    const auto wd = static_cast<Scalar>(m_weightDecay);

    sweepInBlocks(parameters.size(), [&](Eigen::Index start, Eigen::Index n) {
        auto p = parameters.segment(start, n).array();
        auto s = m_squareAverage.segment(start, n).array();
        const auto g = gradients.segment(start, n).array() + wd * p;
        s = rho * s + complement * g.square();
        const auto direction = g / (s.sqrt() + eps);
        if (useMomentum) {
            auto b = m_buffer.segment(start, n).array();
            b = mu * b + direction;
            p -= rate * b;
        } else {
            p -= rate * direction;
        }
    });
}

}  // namespace hyperlab
