#include "search/functions/analytic_function.h"

#include "common/errors.h"
#include "search/functions/ackley.h"
#include "search/functions/branin.h"
#include "search/functions/hartmann6.h"
#include "search/functions/levy.h"
#include "search/functions/rosenbrock.h"

namespace hyperlab {

SearchSpace AnalyticFunction::defaultSpace() const {
    std::vector<Dimension> dims;
    for (int i = 0; i < dimensions(); ++i) {
        const auto [low, high] = bounds(i);
        dims.push_back(Dimension{"x" + std::to_string(i), FloatDimension{low, high, false}, {}});
    }
    return SearchSpace(std::move(dims));
}

double AnalyticFunction::evaluate(const Params& params) const {
    std::vector<double> x(static_cast<std::size_t>(dimensions()));
    for (int i = 0; i < dimensions(); ++i) {
        const std::string key = "x" + std::to_string(i);
        auto it = params.find(key);
        if (it == params.end() || !it->second.is_number())
            throw InputError("space." + key, name() + " needs a number for every coordinate x0.." +
                                                 "x" + std::to_string(dimensions() - 1));
        x[static_cast<std::size_t>(i)] = it->second.get<double>();
    }
    return evaluate(std::span<const double>(x));
}

namespace {

int fixedDimensions(const std::string& name, int requested, int fixed) {
    if (requested != 0 && requested != fixed)
        throw InputError("objective.dimensions", name + " is " + std::to_string(fixed) +
                                                     "-dimensional, got " +
                                                     std::to_string(requested) +
                                                     " (allowed: " + std::to_string(fixed) + ")");
    return fixed;
}

int freeDimensions(int requested) {
    if (requested < 0 || requested > 100)
        throw InputError("objective.dimensions",
                         "must be 1..100, got " + std::to_string(requested));
    return requested == 0 ? 2 : requested;
}

}  // namespace

const Registry<AnalyticFunction, int>& analyticFunctionRegistry() {
    static const auto registry = [] {
        Registry<AnalyticFunction, int> r;
        r.add("branin", [](int d) {
            fixedDimensions("branin", d, 2);
            return std::make_unique<Branin>();
        });
        r.add("hartmann6", [](int d) {
            fixedDimensions("hartmann6", d, 6);
            return std::make_unique<Hartmann6>();
        });
        r.add("rosenbrock", [](int d) { return std::make_unique<Rosenbrock>(freeDimensions(d)); });
        r.add("ackley", [](int d) { return std::make_unique<Ackley>(freeDimensions(d)); });
        r.add("levy", [](int d) { return std::make_unique<Levy>(freeDimensions(d)); });
        return r;
    }();
    return registry;
}

}  // namespace hyperlab
