#pragma once

#include <QImage>

#include "train/decision_boundary.h"

namespace hyperlab::ui {

/// A snapshot's heat map as a QImage, one pixel per grid cell, top row first
/// (core renderBoundary: class colour, confidence as lightness). Scale it
/// with smooth transformation to draw.
QImage boundaryImage(const BoundarySnapshot& snapshot);

}  // namespace hyperlab::ui
