#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// Non-linear regression: inputs uniform in [-1, 1]^2, target
///   y = sin(pi * x0) * cos(pi * x1 / 2) + e,   e ~ N(0, (0.5 * noise)^2),
/// one full sine period along x0 that fades towards x1 = +-1. A linear model
/// cannot fit it; a small MLP can. noise (0 to 5) sets the floor of the
/// reachable MSE to (0.5 * noise)^2.
std::shared_ptr<const Dataset> makeSineDataset(int samples, double noise, std::uint64_t seed);

/// The noise-free target of the sine set, for tests and plots.
double sineTarget(double x0, double x1);

}  // namespace hyperlab
