#include "charts/chart_palette.h"

#include "common/class_palette.h"

namespace hyperlab::ui {

QColor seriesColor(int index) {
    return QColor::fromRgb(paletteRgb(index));
}

}  // namespace hyperlab::ui
