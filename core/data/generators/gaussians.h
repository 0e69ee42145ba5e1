#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// TensorFlow Playground's "Gaussian": two round Gaussian blobs, class 0
/// centred at (0.35, 0.35) and class 1 at (-0.35, -0.35). Linearly
/// separable at low noise: the easy warm-up set.
///
/// `noise` (0 to 5) sets the blobs' standard deviation to 0.1 + 0.4 * noise,
/// so at 0 they are far apart (almost 5 standard deviations from the
/// boundary) and at 1 they overlap (one standard deviation).
/// Classes alternate and are balanced.
std::shared_ptr<const Dataset> makeGaussiansDataset(int samples, double noise, std::uint64_t seed);

}  // namespace hyperlab
