#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// Divides a dataset into train, validation and test samples.
///
/// Without a predefined test part, round(testFraction * n) samples go to
/// test and round(validationFraction * n) to validation, the rest to train.
/// When data->predefinedTestBegin >= 0 the samples from there on are the
/// test set (testFraction is then ignored) and round(validationFraction * m)
/// of the m samples before it go to validation.
///
/// Classification splits are stratified: every class contributes to each
/// part in proportion to its size (largest-remainder rounding, so the part
/// sizes are exactly the totals above). Regression splits are a plain
/// shuffle. The choice is seeded (a stream derived from `seed`, so it does
/// not repeat the random numbers a generator drew from the same seed); each
/// index list is returned in ascending order.
///
/// Throws InputError on dataset.testFraction / dataset.validationFraction
/// when a fraction is outside [0, 1) or both together reach 1, and when no
/// training sample would be left.
DataSplit splitDataset(std::shared_ptr<const Dataset> data, double testFraction,
                       double validationFraction, std::uint64_t seed);

}  // namespace hyperlab
