#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// TensorFlow Playground's "exclusive or": points in the four quadrants,
/// class 0 where x0 and x1 have the same sign, class 1 where they differ.
/// Each coordinate's magnitude is uniform in [0.05, 1], leaving a thin gap
/// along the axes (Playground's padding). The textbook problem a single
/// linear layer cannot solve.
///
/// `noise` (0 to 5) jitters every point with Gaussian noise of standard
/// deviation 0.2 * noise per coordinate; labels stay those of the quadrant
/// the point was drawn in. Classes alternate and are balanced; within a
/// class both quadrants are equally likely.
std::shared_ptr<const Dataset> makeXorDataset(int samples, double noise, std::uint64_t seed);

}  // namespace hyperlab
