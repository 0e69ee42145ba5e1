#include <cmath>

#include "nn/optimizers/optimizer.h"

namespace hyperlab {

double clipGradientNorm(VectorMap gradients, double maxNorm) {
    // Sum of squares in double: a float sum over a million parameters loses
    // the small terms, and the norm is reported to the user.
    const double norm = std::sqrt(gradients.cast<double>().squaredNorm());
    // A non-finite norm is returned for the caller to fail the step on;
    // scaling by maxNorm / inf would zero the evidence.
    if (maxNorm <= 0.0 || !std::isfinite(norm) || norm <= maxNorm)
        return norm;
    // As torch.nn.utils.clip_grad_norm_: the 1e-6 keeps the clipped norm at or
    // just below maxNorm despite rounding.
    gradients *= static_cast<Scalar>(maxNorm / (norm + 1e-6));
    return norm;
}

}  // namespace hyperlab
