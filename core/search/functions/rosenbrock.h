#pragma once

#include "search/functions/analytic_function.h"

namespace hyperlab {

/// Rosenbrock's valley: f = sum_{i<d-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2
/// on [-5, 10]^d; global minimum 0 at (1, ..., 1), at the bottom of a long
/// curved valley that is easy to find and hard to follow.
class Rosenbrock : public AnalyticFunction {
public:
    explicit Rosenbrock(int dimensions = 2) : m_dimensions(dimensions) {}
    std::string name() const override { return "rosenbrock"; }
    int dimensions() const override { return m_dimensions; }
    using AnalyticFunction::evaluate;
    double evaluate(std::span<const double> x) const override;
    std::pair<double, double> bounds(int) const override { return {-5.0, 10.0}; }
    double minimum() const override { return 0.0; }
    std::vector<double> minimizer() const override {
        return std::vector<double>(static_cast<std::size_t>(m_dimensions), 1.0);
    }

private:
    int m_dimensions;
};

}  // namespace hyperlab
