#pragma once

#include <memory>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace hyperlab {

/// Shared plumbing of the generated 2-D datasets (circle, xor, gaussians,
/// spiral, moons, plane, sine). Each generator draws every random number
/// from one hyperlab::Random seeded with its `seed`, so one seed always
/// gives the same points; coordinates are scaled to roughly [-1, 1] so a
/// freshly initialised network sees well-conditioned inputs.

/// Largest sample count a generator accepts (keeps a typo from allocating
/// gigabytes).
inline constexpr int kMaxGeneratedSamples = 10'000'000;

/// Largest accepted noise (the config's range, docs/config.md). Every
/// generator scales noise so that 0 is clean and 1 already overlaps
/// clearly; larger values are allowed for exploring pure noise.
inline constexpr double kMaxGeneratorNoise = 5.0;

/// Throws InputError on "dataset.samples" (needs 2..kMaxGeneratedSamples) or
/// "dataset.noise" (needs a finite value in [0, kMaxGeneratorNoise]).
void checkGeneratorArguments(int samples, double noise);

/// An empty 2-D dataset with `samples` feature columns (and, for regression,
/// a 1 x samples target matrix): name, task, input shape {2, 1, 1} and
/// feature names x0, x1 set; classification sets get `classNames` and a
/// label vector of the right size.
std::shared_ptr<Dataset> makeEmpty2dDataset(std::string name, Task task, int samples,
                                            std::vector<std::string> classNames = {});

/// Class of sample i in a balanced generated set: classes alternate
/// (0, 1, 0, 1, ...) so every prefix, e.g. the first N kept by a limit, stays
/// balanced to within one sample.
inline int alternatingClass(int i, int classes) {
    return i % classes;
}

}  // namespace hyperlab
