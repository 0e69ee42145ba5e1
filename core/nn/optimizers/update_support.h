#pragma once

#include <algorithm>
#include <initializer_list>
#include <sstream>
#include <stdexcept>
#include <string>

#include "common/errors.h"
#include "common/tensor.h"

namespace hyperlab {

/// Helpers shared by the update rules in this folder (not part of the
/// Optimizer interface).
namespace optimizer_support {

/// Calls `update(start, length)` on consecutive blocks that cover [0, size).
/// A rule with several state vectors (Adam: m, then v, then p) is written as
/// a few Eigen array expressions; running them block by block keeps each
/// block's slices of every vector in L1 cache between the expressions, so the
/// whole update reads memory once while every expression stays vectorised.
template <typename Update>
void sweepInBlocks(Eigen::Index size, Update&& update) {
    // 1024 floats x (parameters, gradients, two state vectors) = 16 KiB,
    // which fits any current L1 data cache.
    constexpr Eigen::Index kBlock = 1024;
    for (Eigen::Index start = 0; start < size; start += kBlock)
        update(start, std::min(kBlock, size - start));
}

/// Throws when parameters and gradients disagree in size, allocates every
/// state vector (zero-filled) on the first step, and throws when a later step
/// brings a different parameter count: silently restarting the state would
/// hide a wiring bug in the caller.
inline void prepareState(const char* optimizer, Eigen::Index parameterCount,
                         Eigen::Index gradientCount, std::initializer_list<Vector*> states) {
    if (parameterCount != gradientCount)
        throw std::invalid_argument(std::string(optimizer) + ": " + std::to_string(parameterCount) +
                                    " parameters but " + std::to_string(gradientCount) +
                                    " gradients");
    for (Vector* state : states) {
        if (state->size() == 0) {
            *state = Vector::Zero(parameterCount);
        } else if (state->size() != parameterCount) {
            throw std::logic_error(std::string(optimizer) + ": state for " +
                                   std::to_string(state->size()) + " parameters, step with " +
                                   std::to_string(parameterCount));
        }
    }
}

/// `value` as a user would type it ("0.9", not "0.900000").
inline std::string formatSetting(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// Throws InputError(field) unless low <= value < high (the usual range of a
/// decay rate: 1 would freeze the average). NaN fails too.
inline void requireHalfOpen(const char* field, double value, double low, double high) {
    if (!(value >= low && value < high))
        throw InputError(field, problem(ProblemCode::OutOfRange,
                                        {formatSetting(value), formatSetting(low) + " <= value < " +
                                                                   formatSetting(high)}));
}

/// Throws InputError(field) unless value >= 0. NaN fails too.
inline void requireNonNegative(const char* field, double value) {
    if (!(value >= 0.0))
        throw InputError(field,
                         problem(ProblemCode::OutOfRange, {formatSetting(value), "value >= 0"}));
}

}  // namespace optimizer_support
}  // namespace hyperlab
