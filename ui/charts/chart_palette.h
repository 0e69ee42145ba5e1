#pragma once

#include <QColor>

namespace hyperlab::ui {

/// The i-th of a set of colours that stay distinguishable side by side and
/// for common colour-vision deficiencies (Okabe-Ito, then Tableau), cycling.
QColor seriesColor(int index);

}  // namespace hyperlab::ui
