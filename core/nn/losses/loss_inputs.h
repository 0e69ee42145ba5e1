#pragma once

#include "common/tensor.h"

namespace hyperlab {

/// Throws std::invalid_argument unless outputs and targets have the same,
/// non-empty shape. The trainer builds both, so a mismatch is a programming
/// error, not user input; checking it here turns silent garbage (Eigen does
/// not check sizes in release builds) into a clear message.
void checkLossInputs(const Matrix& outputs, const Matrix& targets, const char* loss);

}  // namespace hyperlab
