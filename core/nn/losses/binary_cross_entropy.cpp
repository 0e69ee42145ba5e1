#include "nn/losses/binary_cross_entropy.h"

#include "nn/losses/loss_inputs.h"

namespace hyperlab {

double BinaryCrossEntropy::evaluate(const Matrix& outputs, const Matrix& targets,
                                    Matrix* gradient) const {
    checkLossInputs(outputs, targets, "binary_cross_entropy");
    const auto count = static_cast<Scalar>(outputs.size());
    const auto x = outputs.array();
    const auto t = targets.array();

    const double loss = (x.max(Scalar(0)) - x * t + (-x.abs()).exp().log1p()).cast<double>().sum();
    if (gradient)
        *gradient = (x.logistic() - t) / count;
    return loss / count;
}

}  // namespace hyperlab
