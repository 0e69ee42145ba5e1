#pragma once

#include "search/functions/analytic_function.h"

namespace hyperlab {

/// Branin-Hoo: f = a (x1 - b x0^2 + c x0 - r)^2 + s (1 - t) cos(x0) + s with
/// a = 1, b = 5.1 / (4 pi^2), c = 5 / pi, r = 6, s = 10, t = 1 / (8 pi), on
/// x0 in [-5, 10], x1 in [0, 15]. Three global minima, f = 0.397887, at
/// (-pi, 12.275), (pi, 2.275) and (9.42478, 2.475).
class Branin : public AnalyticFunction {
public:
    std::string name() const override { return "branin"; }
    int dimensions() const override { return 2; }
    using AnalyticFunction::evaluate;
    double evaluate(std::span<const double> x) const override;
    std::pair<double, double> bounds(int coordinate) const override;
    double minimum() const override { return 0.397887357729738; }
    std::vector<double> minimizer() const override;
};

}  // namespace hyperlab
