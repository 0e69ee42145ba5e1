#include "nn/optimizers/adagrad.h"

#include "nn/optimizers/update_support.h"

namespace hyperlab {

using namespace optimizer_support;

Adagrad::Adagrad(const OptimizerSettings& settings)
    : m_epsilon(settings.epsilon), m_weightDecay(settings.weightDecay) {
    requireNonNegative("training.epsilon", m_epsilon);
    requireNonNegative("training.weight_decay", m_weightDecay);
}

void Adagrad::step(VectorMap parameters, const VectorMap& gradients, double lr) {
    prepareState("adagrad", parameters.size(), gradients.size(), {&m_sum});

    const auto rate = static_cast<Scalar>(lr);
    const auto eps = static_cast<Scalar>(m_epsilon);
    const auto wd = static_cast<Scalar>(m_weightDecay);

    sweepInBlocks(parameters.size(), [&](Eigen::Index start, Eigen::Index n) {
        auto p = parameters.segment(start, n).array();
        auto s = m_sum.segment(start, n).array();
        const auto g = gradients.segment(start, n).array() + wd * p;
        s += g.square();
        p -= rate * g / (s.sqrt() + eps);
    });
}

}  // namespace hyperlab
