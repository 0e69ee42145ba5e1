#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// Slopes of the "plane" regression set.
inline constexpr double kPlaneSlope0 = 0.6;
inline constexpr double kPlaneSlope1 = -0.4;

/// Regression on a tilted plane (TensorFlow Playground's "plane"):
/// inputs uniform in [-1, 1]^2, target
///   y = 0.6 * x0 - 0.4 * x1 + e,   e ~ N(0, (0.5 * noise)^2).
/// A linear model fits it exactly; noise (0 to 5) sets the floor of the
/// reachable MSE to (0.5 * noise)^2. The clean target has standard
/// deviation 0.42, so noise 1 is a low signal-to-noise problem.
std::shared_ptr<const Dataset> makePlaneDataset(int samples, double noise, std::uint64_t seed);

}  // namespace hyperlab
