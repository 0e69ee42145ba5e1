#pragma once

#include "search/functions/analytic_function.h"

namespace hyperlab {

/// Levy: with w_i = 1 + (x_i - 1) / 4,
/// f = sin^2(pi w_1) + sum_{i<d} (w_i - 1)^2 (1 + 10 sin^2(pi w_i + 1))
///     + (w_d - 1)^2 (1 + sin^2(2 pi w_d))
/// on [-10, 10]^d; global minimum 0 at (1, ..., 1).
class Levy : public AnalyticFunction {
public:
    explicit Levy(int dimensions = 2) : m_dimensions(dimensions) {}
    std::string name() const override { return "levy"; }
    int dimensions() const override { return m_dimensions; }
    using AnalyticFunction::evaluate;
    double evaluate(std::span<const double> x) const override;
    std::pair<double, double> bounds(int) const override { return {-10.0, 10.0}; }
    double minimum() const override { return 0.0; }
    std::vector<double> minimizer() const override {
        return std::vector<double>(static_cast<std::size_t>(m_dimensions), 1.0);
    }

private:
    int m_dimensions;
};

}  // namespace hyperlab
