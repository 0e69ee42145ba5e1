#include "charts/color_scale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace hyperlab::ui {

QColor sequentialColor(double t) {
    static constexpr std::array<std::array<int, 3>, 9> kStops{{{68, 1, 84},
                                                               {71, 44, 122},
                                                               {59, 81, 139},
                                                               {44, 113, 142},
                                                               {33, 144, 141},
                                                               {39, 173, 129},
                                                               {92, 200, 99},
                                                               {170, 220, 50},
                                                               {253, 231, 37}}};
    if (!std::isfinite(t))
        t = 0.0;
    const double x = std::clamp(t, 0.0, 1.0) * double(kStops.size() - 1);
    const auto i = std::min(std::size_t(x), kStops.size() - 2);
    const double f = x - double(i);
    const auto mix = [&](int c) {
        return int(
            std::lround(kStops[i][std::size_t(c)] * (1.0 - f) + kStops[i + 1][std::size_t(c)] * f));
    };
    return QColor(mix(0), mix(1), mix(2));
}

}  // namespace hyperlab::ui
