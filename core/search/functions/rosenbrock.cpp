#include "search/functions/rosenbrock.h"

namespace hyperlab {

double Rosenbrock::evaluate(std::span<const double> x) const {
    double f = 0.0;
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
        const double a = x[i + 1] - x[i] * x[i], b = 1.0 - x[i];
        f += 100.0 * a * a + b * b;
    }
    return f;
}

}  // namespace hyperlab
