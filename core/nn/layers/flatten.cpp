#include "nn/layers/flatten.h"

namespace hyperlab {

void Flatten::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    output = input;
}

void Flatten::backward(const Matrix&, const Matrix&, const Matrix& outputGradient,
                       Matrix& inputGradient, bool needInputGradient) {
    if (needInputGradient)
        inputGradient = outputGradient;
}

}  // namespace hyperlab
