#pragma once

#include "search/functions/analytic_function.h"

namespace hyperlab {

/// Hartmann 6-D: f = -sum_{i=1..4} alpha_i exp(-sum_j A_ij (x_j - P_ij)^2)
/// on [0, 1]^6 (constants in the .cpp), six local minima; global minimum
/// -3.32237 at (0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573).
class Hartmann6 : public AnalyticFunction {
public:
    std::string name() const override { return "hartmann6"; }
    int dimensions() const override { return 6; }
    using AnalyticFunction::evaluate;
    double evaluate(std::span<const double> x) const override;
    std::pair<double, double> bounds(int) const override { return {0.0, 1.0}; }
    double minimum() const override { return -3.32236801141551; }
    std::vector<double> minimizer() const override;
};

}  // namespace hyperlab
