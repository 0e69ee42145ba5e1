#include "nn/activations/sigmoid.h"

namespace hyperlab {

// Eigen's logistic() is vectorised and never overflows: it uses a rational
// approximation on [-9, 15.7] and exp(x) below, instead of 1 / (1 + exp(-x)).
void Sigmoid::apply(const Matrix& x, Matrix& y) const {
    y = x.array().logistic();
}

void Sigmoid::gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const {
    dx = dy.array() * y.array() * (Scalar(1) - y.array());
}

}  // namespace hyperlab
