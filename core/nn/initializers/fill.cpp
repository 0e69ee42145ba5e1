#include "nn/initializers/fill.h"

#include <stdexcept>
#include <string>

namespace hyperlab {

void fillUniform(Eigen::Ref<Matrix> weights, double bound, Random& random) {
    for (Eigen::Index c = 0; c < weights.cols(); ++c)
        for (Eigen::Index r = 0; r < weights.rows(); ++r)
            weights(r, c) = static_cast<Scalar>(random.uniform(-bound, bound));
}

void fillNormal(Eigen::Ref<Matrix> weights, double stddev, Random& random) {
    for (Eigen::Index c = 0; c < weights.cols(); ++c)
        for (Eigen::Index r = 0; r < weights.rows(); ++r)
            weights(r, c) = static_cast<Scalar>(random.normal(0.0, stddev));
}

void requirePositiveFan(int fan, const char* which, const char* initializer) {
    if (fan <= 0)
        throw std::invalid_argument(std::string(initializer) + ": " + which +
                                    " must be positive, got " + std::to_string(fan));
}

}  // namespace hyperlab
