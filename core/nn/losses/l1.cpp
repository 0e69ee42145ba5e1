#include "nn/losses/l1.h"

#include "nn/losses/loss_inputs.h"

namespace hyperlab {

double L1::evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const {
    checkLossInputs(outputs, targets, "l1");
    const auto count = static_cast<Scalar>(outputs.size());
    const auto diff = outputs.array() - targets.array();

    const double loss = diff.abs().cast<double>().sum();
    if (gradient)
        *gradient = diff.sign() / count;
    return loss / count;
}

}  // namespace hyperlab
