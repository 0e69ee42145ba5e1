#include "nn/layers/dense.h"

#include <stdexcept>

#include "common/parallel.h"
#include "nn/initializers/initializer.h"

namespace hyperlab {

Dense::Dense(Shape input, int units) : m_input(input), m_inputs(input.size()), m_units(units) {
    if (units < 1)
        throw std::invalid_argument("Dense: units must be at least 1");
    if (m_inputs < 1)
        throw std::invalid_argument("Dense: empty input shape");
}

std::string Dense::describe() const {
    return "dense " + std::to_string(m_units);
}

Eigen::Index Dense::parameterCount() const {
    return Eigen::Index(m_units) * m_inputs + m_units;
}

void Dense::bind(Scalar* parameters, Scalar* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

void Dense::initialize(const Initializer& weights, Random& random) {
    MatrixMap w(m_parameters, m_units, m_inputs);
    weights.fill(w, m_inputs, m_units, random);
    VectorMap(m_parameters + w.size(), m_units).setZero();
}

void Dense::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    m_weights = ConstMatrixMap(m_parameters, m_units, m_inputs);
    parallelProduct(m_weights, input, output);
    output.colwise() += VectorMap(m_parameters + m_weights.size(), m_units);
}

void Dense::backward(const Matrix& input, const Matrix&, const Matrix& outputGradient,
                     Matrix& inputGradient, bool needInputGradient) {
    const Eigen::Index weightCount = Eigen::Index(m_units) * m_inputs;
    parallelProductTransposedB(outputGradient, input, m_weightGradient);
    MatrixMap(m_gradients, m_units, m_inputs) = m_weightGradient;
    VectorMap(m_gradients + weightCount, m_units) = outputGradient.rowwise().sum();
    if (needInputGradient) {
        m_weights = ConstMatrixMap(m_parameters, m_units, m_inputs);
        parallelProductTransposedA(m_weights, outputGradient, inputGradient);
    }
}

}  // namespace hyperlab
