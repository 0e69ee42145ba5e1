#pragma once

#include <QColor>

namespace hyperlab::ui {

/// A sequential colour scale for values in [0, 1] (clamped): dark violet
/// through blue and green to yellow, perceptually uniform and readable for
/// common colour-vision deficiencies (viridis, van der Walt and Smith,
/// matplotlib 2015, sampled at nine stops and interpolated linearly). The
/// analysis charts map "better" to the bright end.
QColor sequentialColor(double t);

}  // namespace hyperlab::ui
