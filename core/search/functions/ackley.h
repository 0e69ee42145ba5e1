#pragma once

#include "search/functions/analytic_function.h"

namespace hyperlab {

/// Ackley: f = -20 exp(-0.2 sqrt(mean x_i^2)) - exp(mean cos(2 pi x_i)) + 20 + e
/// on [-32.768, 32.768]^d; global minimum 0 at the origin inside a field of
/// regular local minima.
class Ackley : public AnalyticFunction {
public:
    explicit Ackley(int dimensions = 2) : m_dimensions(dimensions) {}
    std::string name() const override { return "ackley"; }
    int dimensions() const override { return m_dimensions; }
    using AnalyticFunction::evaluate;
    double evaluate(std::span<const double> x) const override;
    std::pair<double, double> bounds(int) const override { return {-32.768, 32.768}; }
    double minimum() const override { return 0.0; }
    std::vector<double> minimizer() const override {
        return std::vector<double>(static_cast<std::size_t>(m_dimensions), 0.0);
    }

private:
    int m_dimensions;
};

}  // namespace hyperlab
