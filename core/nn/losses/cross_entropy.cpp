#include "nn/losses/cross_entropy.h"

#include "nn/losses/loss_inputs.h"

namespace hyperlab {

double CrossEntropy::evaluate(const Matrix& outputs, const Matrix& targets,
                              Matrix* gradient) const {
    checkLossInputs(outputs, targets, "cross_entropy");
    using Array = Eigen::Array<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    using RowArray = Eigen::Array<Scalar, 1, Eigen::Dynamic>;
    const auto n = static_cast<Scalar>(outputs.cols());
    const auto t = targets.array();

    const RowArray maxes = outputs.array().colwise().maxCoeff();
    // Shifted logits are <= 0, so exp() cannot overflow and each column sum
    // is in [1, K]. The loss is written in shifted terms,
    //     t_k * (log sum exp(s) - s_k),
    // rather than logsumexp(z) - z_k, whose two large terms would cancel.
    const Array shifted = outputs.array().rowwise() - maxes;
    const Array exps = shifted.exp();
    const RowArray sums = exps.colwise().sum();
    const RowArray targetMass = t.colwise().sum();  // 1 for one-hot columns

    const double loss =
        (sums.log() * targetMass).cast<double>().sum() - (t * shifted).cast<double>().sum();
    if (gradient)
        *gradient = (exps.rowwise() * (targetMass / sums) - t) / n;
    return loss / n;
}

}  // namespace hyperlab
