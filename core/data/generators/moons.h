#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// Two interleaving half circles, as scikit-learn's make_moons: class 0 on
/// the upper arc (cos t, sin t), class 1 on the lower arc
/// (1 - cos t, 0.5 - sin t), t uniform in [0, pi]. The arcs are then shifted
/// and scaled by 1/1.5 so they span [-1, 1] horizontally.
///
/// `noise` is scikit-learn's: the standard deviation of Gaussian noise added
/// to each coordinate in the unscaled units (where the arcs have radius 1 and
/// come within 0.5 of each other), so values behave as in make_moons
/// (0.1 easy, 0.3 overlapping). Accepted range 0 to 5. Classes alternate and
/// are balanced.
std::shared_ptr<const Dataset> makeMoonsDataset(int samples, double noise, std::uint64_t seed);

}  // namespace hyperlab
