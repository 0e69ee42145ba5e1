#include "search/functions/hartmann6.h"

#include <cmath>

namespace hyperlab {

namespace {
constexpr double kAlpha[4] = {1.0, 1.2, 3.0, 3.2};
constexpr double kA[4][6] = {{10, 3, 17, 3.5, 1.7, 8},
                             {0.05, 10, 17, 0.1, 8, 14},
                             {3, 3.5, 1.7, 10, 17, 8},
                             {17, 8, 0.05, 10, 0.1, 14}};
constexpr double kP[4][6] = {{1312, 1696, 5569, 124, 8283, 5886},
                             {2329, 4135, 8307, 3736, 1004, 9991},
                             {2348, 1451, 3522, 2883, 3047, 6650},
                             {4047, 8828, 8732, 5743, 1091, 381}};
}  // namespace

double Hartmann6::evaluate(std::span<const double> x) const {
    double f = 0.0;
    for (int i = 0; i < 4; ++i) {
        double inner = 0.0;
        for (int j = 0; j < 6; ++j) {
            const double d = x[static_cast<std::size_t>(j)] - 1e-4 * kP[i][j];
            inner += kA[i][j] * d * d;
        }
        f -= kAlpha[i] * std::exp(-inner);
    }
    return f;
}

std::vector<double> Hartmann6::minimizer() const {
    return {0.20168952, 0.15001069, 0.47687398, 0.27533243, 0.31165162, 0.65730054};
}

}  // namespace hyperlab
