#include "nn/activations/relu.h"

namespace hyperlab {

void Relu::apply(const Matrix& x, Matrix& y) const {
    y = x.cwiseMax(Scalar(0));
}

void Relu::gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const {
    dx = (x.array() > Scalar(0)).select(dy.array(), Scalar(0));
}

}  // namespace hyperlab
