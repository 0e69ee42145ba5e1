#include "nn/losses/mse.h"

#include "nn/losses/loss_inputs.h"

namespace hyperlab {

double Mse::evaluate(const Matrix& outputs, const Matrix& targets, Matrix* gradient) const {
    checkLossInputs(outputs, targets, "mse");
    const auto count = static_cast<Scalar>(outputs.size());
    const auto diff = outputs.array() - targets.array();

    const double loss = diff.square().cast<double>().sum();
    if (gradient)
        *gradient = diff * (Scalar(2) / count);
    return loss / count;
}

}  // namespace hyperlab
