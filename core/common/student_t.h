#pragma once

#include <vector>

namespace hyperlab {

/// Regularised incomplete beta function I_x(a, b) for a, b > 0 and x in
/// [0, 1], by Lentz's continued fraction (Numerical Recipes, 3rd ed.,
/// section 6.4), accurate to ~1e-12.
double regularizedIncompleteBeta(double a, double b, double x);

/// P(T <= t) for Student's t distribution with `dof` > 0 degrees of freedom
/// (not necessarily an integer: Welch's test gives fractional ones), from
/// I_{dof/(dof+t^2)}(dof/2, 1/2).
double studentTCdf(double t, double dof);

/// Welch's unequal-variances t-test of two samples' means (Welch 1947):
/// t = (mean_a - mean_b) / sqrt(var_a/n_a + var_b/n_b), degrees of freedom
/// by the Welch-Satterthwaite equation, and the two-sided p-value.
struct WelchTTest {
    double t = 0;
    double dof = 0;
    double p = 1;  ///< two-sided; 1 when the samples cannot be told apart at all
};

/// Needs at least two values in each sample (a variance); throws
/// std::invalid_argument otherwise. Equal means with zero variances give
/// p = 1; different means with zero variances give p = 0.
WelchTTest welchTTest(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace hyperlab
