#include "nn/layers/dropout.h"

#include <sstream>
#include <stdexcept>

namespace hyperlab {

Dropout::Dropout(Shape input, double rate) : m_input(input), m_rate(rate) {
    if (!(rate >= 0.0 && rate < 1.0))
        throw std::invalid_argument("Dropout: rate must be in [0, 1)");
}

std::string Dropout::describe() const {
    std::ostringstream out;
    out << "dropout " << m_rate;
    return out.str();
}

void Dropout::forward(const Matrix& input, Matrix& output, ForwardContext& context) {
    m_masked = context.training && m_rate > 0.0;
    if (!m_masked) {
        output = input;
        return;
    }
    if (!context.random)
        throw std::logic_error("Dropout: training needs ForwardContext::random");
    Random& random = *context.random;
    const Scalar scale = Scalar(1.0 / (1.0 - m_rate));
    m_mask.resize(input.rows(), input.cols());
    Scalar* mask = m_mask.data();
    // Sequential on purpose: the draws must come in one fixed order.
    for (Eigen::Index i = 0; i < m_mask.size(); ++i)
        mask[i] = random.uniform() < m_rate ? Scalar(0) : scale;
    output = input.cwiseProduct(m_mask);
}

void Dropout::backward(const Matrix&, const Matrix&, const Matrix& outputGradient,
                       Matrix& inputGradient, bool needInputGradient) {
    if (!needInputGradient)
        return;
    if (m_masked)
        inputGradient = outputGradient.cwiseProduct(m_mask);
    else
        inputGradient = outputGradient;
}

}  // namespace hyperlab
