#pragma once

#include <QIcon>

#include <vector>

#include "train/diagnosis.h"

namespace hyperlab::ui {

/// The warning sign shown beside a trial with diagnosis findings: a red
/// triangle when it diverged, amber for the others; a null icon for none.
/// Drawn, not taken from the icon theme, so it looks the same everywhere
/// (the offscreen and minimal platforms have no theme).
QIcon diagnosisIcon(const std::vector<Finding>& findings);

}  // namespace hyperlab::ui
