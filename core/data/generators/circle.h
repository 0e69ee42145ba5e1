#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// TensorFlow Playground's "circle": class 0 ("inner") lies in a disc of
/// radius 0.5, class 1 ("outer") on a ring of radii 0.7 to 1.0, both with
/// the radius drawn uniformly (so the inner class is densest at the centre,
/// as in Playground). Not linearly separable: it needs a hidden layer or
/// squared inputs.
///
/// `noise` (0 to 5) jitters every point with Gaussian noise of standard
/// deviation 0.2 * noise per coordinate; labels stay those of the ring the
/// point was drawn from, so 0 is perfectly separable and 1 overlaps clearly.
/// Classes alternate 0, 1, 0, ... and are balanced.
std::shared_ptr<const Dataset> makeCircleDataset(int samples, double noise, std::uint64_t seed);

}  // namespace hyperlab
