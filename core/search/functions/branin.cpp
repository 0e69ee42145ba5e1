#include "search/functions/branin.h"

#include <cmath>
#include <numbers>

namespace hyperlab {

double Branin::evaluate(std::span<const double> x) const {
    const double pi = std::numbers::pi;
    const double b = 5.1 / (4.0 * pi * pi), c = 5.0 / pi, t = 1.0 / (8.0 * pi);
    const double u = x[1] - b * x[0] * x[0] + c * x[0] - 6.0;
    return u * u + 10.0 * (1.0 - t) * std::cos(x[0]) + 10.0;
}

std::pair<double, double> Branin::bounds(int coordinate) const {
    return coordinate == 0 ? std::pair{-5.0, 10.0} : std::pair{0.0, 15.0};
}

std::vector<double> Branin::minimizer() const {
    return {std::numbers::pi, 2.275};
}

}  // namespace hyperlab
