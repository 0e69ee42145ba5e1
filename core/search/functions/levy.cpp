#include "search/functions/levy.h"

#include <cmath>
#include <numbers>

namespace hyperlab {

double Levy::evaluate(std::span<const double> x) const {
    const double pi = std::numbers::pi;
    auto w = [&](std::size_t i) { return 1.0 + (x[i] - 1.0) / 4.0; };
    const std::size_t d = x.size();
    double f = std::pow(std::sin(pi * w(0)), 2);
    for (std::size_t i = 0; i + 1 < d; ++i)
        f += std::pow(w(i) - 1.0, 2) * (1.0 + 10.0 * std::pow(std::sin(pi * w(i) + 1.0), 2));
    f += std::pow(w(d - 1) - 1.0, 2) * (1.0 + std::pow(std::sin(2.0 * pi * w(d - 1)), 2));
    return f;
}

}  // namespace hyperlab
