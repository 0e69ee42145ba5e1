#pragma once

#include <functional>

#include <Eigen/Core>

namespace hyperlab {

struct LbfgsOptions {
    int maxIterations = 100;
    int memory = 8;                    ///< stored (s, y) pairs
    double gradientTolerance = 1e-6;   ///< stop when max |g_i| falls below
    double relativeTolerance = 1e-10;  ///< stop when |f_k - f_{k+1}| <= tol (1 + |f_k|)
    int maxLineSearchSteps = 20;
};

struct LbfgsResult {
    Eigen::VectorXd x;
    double value = 0.0;
    int iterations = 0;
    int evaluations = 0;
};

/// Objective: returns f(x) and writes its gradient to `gradient` (already
/// sized like x). A non-finite value counts as "too far" in the line search.
using DifferentiableFunction =
    std::function<double(const Eigen::VectorXd& x, Eigen::VectorXd& gradient)>;

/// Unconstrained minimisation by limited-memory BFGS (Nocedal and Wright,
/// "Numerical Optimization", 2nd ed., algorithms 7.4 and 7.5) with a
/// backtracking Armijo line search. Used for the GP hyperparameters, a small
/// smooth problem where a few dozen iterations suffice; boxes are handled by
/// the caller's change of variables.
LbfgsResult minimizeLbfgs(const DifferentiableFunction& f, Eigen::VectorXd x0,
                          const LbfgsOptions& options = {});

}  // namespace hyperlab
