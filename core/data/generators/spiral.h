#pragma once

#include <cstdint>
#include <memory>

#include "data/dataset.h"

namespace hyperlab {

/// TensorFlow Playground's "spiral": two interleaved arms, each turning 1.75
/// times around the origin while its radius grows linearly from 0 to 1; the
/// arm of class 1 is the arm of class 0 rotated by half a turn. The hardest
/// of the generated sets: it needs depth or width to learn.
///
/// Points are spread evenly along each arm (as in Playground). `noise` in
/// (0 to 5) jitters every point with Gaussian noise of standard deviation
/// 0.2 * noise per coordinate. Neighbouring arms are 0.29 apart, so at 0.1
/// (sigma 0.02) the arms stay cleanly separable and a 64-64 MLP reaches
/// over 95 % validation accuracy; at 0.5 (sigma 0.1) about a sixth of the
/// points stray past the midline between arms; at 1 the arms blur together.
/// (Playground's own noise moves points far less, so its spiral barely
/// changes with the slider.) Classes alternate and are balanced.
std::shared_ptr<const Dataset> makeSpiralDataset(int samples, double noise, std::uint64_t seed);

}  // namespace hyperlab
