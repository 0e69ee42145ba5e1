#include "nn/losses/huber.h"

#include <cmath>

#include "nn/losses/loss_inputs.h"

namespace hyperlab {

Huber::Huber(double delta) : m_delta(static_cast<Scalar>(delta)) {
    if (!std::isfinite(delta) || delta <= 0.0)
        throw InputError("training.huber_delta",
                         "huber delta must be a finite number > 0 (allowed: e.g. 1.0)");
}

double Huber::evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const {
    checkLossInputs(outputs, targets, "huber");
    const auto count = static_cast<Scalar>(outputs.size());
    const auto diff = outputs.array() - targets.array();
    const auto absDiff = diff.abs();

    const double loss =
        (absDiff <= m_delta)
            .select(Scalar(0.5) * diff.square(), m_delta * (absDiff - Scalar(0.5) * m_delta))
            .cast<double>()
            .sum();
    if (gradient)
        *gradient = diff.max(-m_delta).min(m_delta) / count;
    return loss / count;
}

}  // namespace hyperlab
