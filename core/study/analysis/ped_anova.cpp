#include "study/analysis/ped_anova.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "common/errors.h"
#include "search/transform.h"
#include "study/analysis/ranked_trials.h"

namespace hyperlab {

namespace {

/// How one dimension's values fall into cells: `valueCells` cells for the
/// values (numeric: equal slices of the unit coordinate, smoothed by a
/// kernel; categorical: one per choice, not smoothed), plus one "off" cell
/// when the dimension is conditional.
struct Cells {
    int valueCells = 0;
    bool smooth = false;
    bool hasOff = false;
    int total() const { return valueCells + (hasOff ? 1 : 0); }
};

Cells cellsOf(const Dimension& d, int gridCells) {
    Cells c;
    c.hasOff = d.isConditional();
    if (const auto* cat = d.as<CategoricalDimension>()) {
        c.valueCells = int(cat->values.size());
    } else if (const auto* n = d.as<IntDimension>()) {
        c.valueCells = int(std::min<std::int64_t>(gridCells, n->count()));
        c.smooth = true;
    } else {
        c.valueCells = gridCells;
        c.smooth = true;
    }
    return c;
}

/// The cell of a trial's value (valueCells for "off").
int cellOf(const Dimension& d, const Cells& cells, const Params& params) {
    const auto it = params.find(d.path);
    if (it == params.end())
        return cells.valueCells;
    const double u = UnitCubeTransform::uniformOf(d, it->second);
    const int k = int(std::floor(u * cells.valueCells));
    return std::clamp(k, 0, cells.valueCells - 1);
}

/// Scott's rule (Scott 1992), in cells, on the value cells of `sample`:
/// 1.059 min(sd, IQR / 1.34) n^(-1/5), at least one cell.
double scottBandwidth(std::vector<int> sample) {
    const std::size_t n = sample.size();
    if (n < 2)
        return 1.0;
    const double mean = std::accumulate(sample.begin(), sample.end(), 0.0) / double(n);
    double ss = 0.0;
    for (int v : sample)
        ss += (v - mean) * (v - mean);
    const double sd = std::sqrt(ss / double(n - 1));
    std::sort(sample.begin(), sample.end());
    const auto quantile = [&](double q) {
        const double pos = q * double(n - 1);
        const auto lo = std::size_t(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, n - 1);
        return sample[lo] + (pos - double(lo)) * (sample[hi] - sample[lo]);
    };
    const double iqr = quantile(0.75) - quantile(0.25);
    const double spread = iqr > 0.0 ? std::min(sd, iqr / 1.34) : sd;
    return std::max(1.0, 1.059 * spread * std::pow(double(n), -0.2));
}

/// The density over the cells of the trials ranked[0, count): each value a
/// Gaussian kernel truncated to the value cells (numeric) or a point mass,
/// inactive trials a point mass on "off", plus a uniform prior of weight
/// priorWeight; sums to 1.
std::vector<double> density(const Cells& cells, const std::vector<int>& cellOfTrial,
                            std::size_t count, double priorWeight) {
    const int total = cells.total();
    std::vector<double> counts(std::size_t(total), 0.0);
    std::vector<int> values;
    for (std::size_t i = 0; i < count; ++i) {
        counts[std::size_t(cellOfTrial[i])] += 1.0;
        if (cellOfTrial[i] < cells.valueCells)
            values.push_back(cellOfTrial[i]);
    }
    std::vector<double> mass(std::size_t(total), 0.0);
    if (cells.hasOff)
        mass[std::size_t(cells.valueCells)] = counts[std::size_t(cells.valueCells)];
    if (cells.smooth && !values.empty()) {
        const double h = scottBandwidth(values);
        const int m = cells.valueCells;
        std::vector<double> kernel(static_cast<std::size_t>(m));
        for (int j = 0; j < m; ++j) {
            if (counts[std::size_t(j)] == 0.0)
                continue;
            double z = 0.0;
            for (int c = 0; c < m; ++c) {
                const double t = double(c - j) / h;
                kernel[std::size_t(c)] = std::exp(-0.5 * t * t);
                z += kernel[std::size_t(c)];
            }
            for (int c = 0; c < m; ++c)
                mass[std::size_t(c)] += counts[std::size_t(j)] * kernel[std::size_t(c)] / z;
        }
    } else {
        for (int c = 0; c < cells.valueCells; ++c)
            mass[std::size_t(c)] = counts[std::size_t(c)];
    }
    const double norm = double(count) + priorWeight;
    for (double& p : mass)
        p = (p + priorWeight / double(total)) / norm;
    return mass;
}

double pearsonDivergence(const std::vector<double>& top, const std::vector<double>& all) {
    double d = 0.0;
    for (std::size_t c = 0; c < all.size(); ++c) {
        const double r = top[c] / all[c] - 1.0;
        d += all[c] * r * r;
    }
    return d;
}

}  // namespace

ImportanceResult pedAnovaImportance(const SearchSpace& space,
                                    const std::vector<TrialSnapshot>& ranked,
                                    const PedAnovaOptions& options) {
    if (ranked.size() < kMinimumImportanceTrials)
        throw InputError("trials", "importance needs at least " +
                                       std::to_string(kMinimumImportanceTrials) +
                                       " completed trials with a finite objective (the study has " +
                                       std::to_string(ranked.size()) + ")");
    const std::vector<std::size_t> dims = varyingDimensions(space);
    if (dims.empty())
        throw InputError("space", "no dimension varies, so there is nothing to rate");

    ImportanceResult result;
    result.method = "ped-anova";
    result.trials = ranked.size();
    result.topTrials = std::max<std::size_t>(2, topCount(ranked.size(), options.topFraction));

    double sum = 0.0;
    for (std::size_t index : dims) {
        const Dimension& d = space[index];
        const Cells cells = cellsOf(d, std::max(2, options.gridCells));
        std::vector<int> cellOfTrial(ranked.size());
        for (std::size_t i = 0; i < ranked.size(); ++i)
            cellOfTrial[i] = cellOf(d, cells, ranked[i]->params);
        const auto top = density(cells, cellOfTrial, result.topTrials, options.priorWeight);
        const auto all = density(cells, cellOfTrial, ranked.size(), options.priorWeight);
        const double divergence = pearsonDivergence(top, all);
        result.parameters.push_back({d.path, 0.0, divergence});
        sum += divergence;
    }
    for (ParameterImportance& p : result.parameters)
        p.importance = sum > 0.0 ? p.divergence / sum : 1.0 / double(result.parameters.size());
    std::stable_sort(result.parameters.begin(), result.parameters.end(),
                     [](const auto& a, const auto& b) { return a.importance > b.importance; });
    return result;
}

}  // namespace hyperlab
