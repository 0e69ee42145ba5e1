#include "nn/activations/tanh.h"

namespace hyperlab {

void Tanh::apply(const Matrix& x, Matrix& y) const {
    y = x.array().tanh();
}

void Tanh::gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const {
    dx = dy.array() * (Scalar(1) - y.array().square());
}

}  // namespace hyperlab
