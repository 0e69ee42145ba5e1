#include "nn/activations/linear.h"

namespace hyperlab {

void Linear::apply(const Matrix& x, Matrix& y) const {
    y = x;
}

void Linear::gradient(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx) const {
    dx = dy;
}

}  // namespace hyperlab
