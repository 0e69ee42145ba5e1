#pragma once

#include "common/random.h"
#include "common/tensor.h"

namespace hyperlab {

// Shared draws for the initializers. Entries are filled column by column,
// top to bottom, so a seed gives the same weights whatever the matrix stride.

/// Fills with U(-bound, bound).
void fillUniform(Eigen::Ref<Matrix> weights, double bound, Random& random);

/// Fills with N(0, stddev^2).
void fillNormal(Eigen::Ref<Matrix> weights, double stddev, Random& random);

/// Throws std::invalid_argument unless fan > 0: layers compute fans from their
/// validated shapes, so a bad fan is a programming error, not user input.
void requirePositiveFan(int fan, const char* which, const char* initializer);

}  // namespace hyperlab
