#include "nn/optimizers/adam.h"

#include <cmath>

#include "nn/optimizers/update_support.h"

namespace hyperlab {

using namespace optimizer_support;

Adam::Adam(const OptimizerSettings& settings, WeightDecay decay)
    : m_beta1(settings.beta1),
      m_beta2(settings.beta2),
      m_epsilon(settings.epsilon),
      m_weightDecay(settings.weightDecay),
      m_decay(decay) {
    requireHalfOpen("training.beta1", m_beta1, 0.0, 1.0);
    requireHalfOpen("training.beta2", m_beta2, 0.0, 1.0);
    requireNonNegative("training.epsilon", m_epsilon);
    requireNonNegative("training.weight_decay", m_weightDecay);
}

void Adam::step(VectorMap parameters, const VectorMap& gradients, double lr) {
    prepareState(name().c_str(), parameters.size(), gradients.size(),
                 {&m_firstMoment, &m_secondMoment});
    ++m_steps;

    // The bias corrections are scalars: computed in double (as torch does in
    // Python floats) and folded into one step size and one divisor.
    const double t = static_cast<double>(m_steps);
    const auto stepSize = static_cast<Scalar>(lr / (1.0 - std::pow(m_beta1, t)));
    const auto sqrtCorrection2 = static_cast<Scalar>(std::sqrt(1.0 - std::pow(m_beta2, t)));
    const auto b1 = static_cast<Scalar>(m_beta1);
    const auto b2 = static_cast<Scalar>(m_beta2);
    // 1 - beta in double: 1 - 0.999f would carry float(0.999)'s rounding error
    // into the (small) complement, 1e-5 relative.
    const auto c1 = static_cast<Scalar>(1.0 - m_beta1);
    const auto c2 = static_cast<Scalar>(1.0 - m_beta2);
    const auto eps = static_cast<Scalar>(m_epsilon);
    const bool coupled = m_decay == WeightDecay::Coupled;
    const auto coupledDecay = static_cast<Scalar>(coupled ? m_weightDecay : 0.0);
    // Decoupled (AdamW): p <- p * (1 - lr * wd) before the Adam step.
    const auto shrink = static_cast<Scalar>(coupled ? 1.0 : 1.0 - lr * m_weightDecay);

    sweepInBlocks(parameters.size(), [&](Eigen::Index start, Eigen::Index n) {
        auto p = parameters.segment(start, n).array();
        auto m = m_firstMoment.segment(start, n).array();
        auto v = m_secondMoment.segment(start, n).array();
        const auto g = gradients.segment(start, n).array() + coupledDecay * p;
        m = b1 * m + c1 * g;
        v = b2 * v + c2 * g.square();
        p = shrink * p - stepSize * m / (v.sqrt() / sqrtCorrection2 + eps);
    });
}

}  // namespace hyperlab
