#include "search/functions/ackley.h"

#include <cmath>
#include <numbers>

namespace hyperlab {

double Ackley::evaluate(std::span<const double> x) const {
    double squares = 0.0, cosines = 0.0;
    for (double v : x) {
        squares += v * v;
        cosines += std::cos(2.0 * std::numbers::pi * v);
    }
    const double n = static_cast<double>(x.size());
    return -20.0 * std::exp(-0.2 * std::sqrt(squares / n)) - std::exp(cosines / n) + 20.0 +
           std::numbers::e;
}

}  // namespace hyperlab
