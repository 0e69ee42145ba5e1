#include "nn/optimizers/sgd.h"

#include "nn/optimizers/update_support.h"

namespace hyperlab {

using namespace optimizer_support;

Sgd::Sgd(const OptimizerSettings& settings)
    : m_momentum(settings.momentum),
      m_nesterov(settings.nesterov),
      m_weightDecay(settings.weightDecay) {
    requireHalfOpen("training.momentum", m_momentum, 0.0, 1.0);
    requireNonNegative("training.weight_decay", m_weightDecay);
}

void Sgd::step(VectorMap parameters, const VectorMap& gradients, double lr) {
    const bool useMomentum = m_momentum > 0.0;
    if (useMomentum)
        prepareState("sgd", parameters.size(), gradients.size(), {&m_buffer});
    else
        prepareState("sgd", parameters.size(), gradients.size(), {});

    const auto rate = static_cast<Scalar>(lr);
    const auto mu = static_cast<Scalar>(m_momentum);
    const auto wd = static_cast<Scalar>(m_weightDecay);
    // torch starts the buffer at the first gradient itself rather than at
    // mu * 0 + g; the values agree, but this keeps the correspondence obvious.
    const bool first = !m_started;
    m_started = true;

    sweepInBlocks(parameters.size(), [&](Eigen::Index start, Eigen::Index n) {
        auto p = parameters.segment(start, n).array();
        const auto g = gradients.segment(start, n).array() + wd * p;
        if (!useMomentum) {
            p -= rate * g;
            return;
        }
        auto b = m_buffer.segment(start, n).array();
        if (first)
            b = g;
        else
            b = mu * b + g;
        if (m_nesterov)
            p -= rate * (g + mu * b);
        else
            p -= rate * b;
    });
}

}  // namespace hyperlab
