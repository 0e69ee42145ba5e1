#pragma once

#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "common/registry.h"
#include "search/params.h"
#include "search/search_space.h"

namespace hyperlab {

/// A known test landscape for teaching and for measuring samplers: a study
/// may name {"objective": {"function": "branin"}} instead of training a
/// network; its space then names the coordinates x0, x1, ... Definitions and
/// optima follow the Virtual Library of Simulation Experiments (Surjanovic
/// and Bingham, SFU). Every function is minimised.
class AnalyticFunction {
public:
    virtual ~AnalyticFunction() = default;
    virtual std::string name() const = 0;
    virtual int dimensions() const = 0;
    /// f(x), x.size() == dimensions().
    virtual double evaluate(std::span<const double> x) const = 0;
    /// Default search bounds of coordinate i: [first, second].
    virtual std::pair<double, double> bounds(int coordinate) const = 0;
    /// Global minimum value over the default bounds.
    virtual double minimum() const = 0;
    /// One point where the minimum is reached.
    virtual std::vector<double> minimizer() const = 0;

    /// The space {"x0": float over bounds(0), ...}.
    SearchSpace defaultSpace() const;
    /// f at the numbers params["x0"], params["x1"], ...; throws InputError
    /// naming a missing or non-numeric coordinate.
    double evaluate(const Params& params) const;
};

/// Registry by name: ackley, branin, hartmann6, levy, rosenbrock. The
/// argument is the number of dimensions, 0 for the default (2 for the
/// n-dimensional ackley, levy and rosenbrock); branin (2) and hartmann6 (6)
/// reject any other number with an InputError.
const Registry<AnalyticFunction, int>& analyticFunctionRegistry();

}  // namespace hyperlab
