#include "search/gp/acquisition_optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "search/samplers/sobol_sequence.h"

namespace hyperlab {

namespace {

constexpr double kRejected = -std::numeric_limits<double>::infinity();

bool tooClose(const Eigen::VectorXd& x, const Eigen::MatrixXd& avoid, double minDistance) {
    const double limit = minDistance * minDistance;
    for (Eigen::Index r = 0; r < avoid.rows(); ++r)
        if ((avoid.row(r).transpose() - x).squaredNorm() < limit)
            return true;
    return false;
}

// Scores rows, rejecting those too close to `avoid`.
Eigen::VectorXd score(const Eigen::MatrixXd& points, const BatchAcquisition& acquisition,
                      const Eigen::MatrixXd& avoid, double minDistance) {
    Eigen::VectorXd values = acquisition(points);
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        if (!std::isfinite(values[i]) || tooClose(points.row(i).transpose(), avoid, minDistance))
            values[i] = kRejected;
    return values;
}

struct Categorical {
    std::size_t first, count;
};

}  // namespace

std::optional<Eigen::VectorXd> maximizeAcquisition(const UnitCubeTransform& transform,
                                                   const BatchAcquisition& acquisition,
                                                   const Eigen::MatrixXd& avoid,
                                                   const Eigen::MatrixXd& incumbents,
                                                   const AcquisitionOptimizerOptions& options,
                                                   Random& rng) {
    const SearchSpace& space = transform.space();
    const auto width = static_cast<Eigen::Index>(transform.encodedSize());
    std::vector<std::size_t> numericColumns;
    std::vector<Categorical> categoricals;
    for (std::size_t i = 0; i < space.size(); ++i) {
        if (transform.columnCount(i) == 0)
            continue;
        if (space[i].as<CategoricalDimension>())
            categoricals.push_back({transform.firstColumn(i), transform.columnCount(i)});
        else
            numericColumns.push_back(transform.firstColumn(i));
    }

    // --- candidates ---
    // Summed in 64 bits: three int counts can exceed INT_MAX together.
    const Eigen::Index total = Eigen::Index{options.randomCandidates} + options.sobolCandidates +
                               (incumbents.rows() > 0 ? options.localCandidates : 0);
    Eigen::MatrixXd candidates(total, width);
    Eigen::Index row = 0;
    std::vector<double> u(space.size());
    for (int k = 0; k < options.randomCandidates; ++k) {
        for (auto& x : u)
            x = rng.uniform();
        candidates.row(row++) = transform.encode(transform.fromUniform(u)).transpose();
    }
    if (options.sobolCandidates > 0) {
        const std::size_t sobolDims = std::min(space.size(), SobolSequence::kMaxDimensions);
        const SobolSequence sobol(sobolDims, true, rng.nextU64());
        for (int k = 0; k < options.sobolCandidates; ++k) {
            sobol.point(static_cast<std::uint64_t>(k), std::span<double>(u.data(), sobolDims));
            for (std::size_t j = sobolDims; j < u.size(); ++j)
                u[j] = rng.uniform();
            candidates.row(row++) = transform.encode(transform.fromUniform(u)).transpose();
        }
    }
    if (incumbents.rows() > 0) {
        for (int k = 0; k < options.localCandidates; ++k) {
            Eigen::VectorXd x = incumbents.row(k % incumbents.rows()).transpose();
            for (auto c : numericColumns)
                x[static_cast<Eigen::Index>(c)] += rng.normal(0.0, options.localScale);
            for (const auto& cat : categoricals)
                if (rng.uniform() < 0.2) {
                    x.segment(static_cast<Eigen::Index>(cat.first),
                              static_cast<Eigen::Index>(cat.count))
                        .setZero();
                    x[static_cast<Eigen::Index>(cat.first + rng.below(cat.count))] = 1.0;
                }
            candidates.row(row++) = transform.project(x).transpose();
        }
    }
    const Eigen::VectorXd values = score(candidates, acquisition, avoid, options.minDistance);

    // --- the best distinct starts ---
    std::vector<Eigen::Index> order(static_cast<std::size_t>(total));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](Eigen::Index a, Eigen::Index b) { return values[a] > values[b]; });
    std::vector<Eigen::Index> starts;
    for (Eigen::Index i : order) {
        if (static_cast<int>(starts.size()) >= std::max(options.refineStarts, 1))
            break;
        if (values[i] == kRejected)
            break;
        bool duplicate = false;
        for (Eigen::Index s : starts)
            duplicate = duplicate || (candidates.row(s) - candidates.row(i)).squaredNorm() < 1e-18;
        if (!duplicate)
            starts.push_back(i);
    }
    if (starts.empty())
        return std::nullopt;

    Eigen::VectorXd best = candidates.row(starts.front()).transpose();
    double bestValue = values[starts.front()];
    if (options.refineStarts <= 0)
        return best;

    // --- compass search from each start ---
    for (Eigen::Index s : starts) {
        Eigen::VectorXd x = candidates.row(s).transpose();
        double fx = values[s];
        double h = 0.1;
        for (int iteration = 0; iteration < options.refineIterations && h >= 1e-4; ++iteration) {
            std::vector<Eigen::VectorXd> moves;
            for (auto c : numericColumns)
                for (double sign : {-1.0, 1.0}) {
                    Eigen::VectorXd y = x;
                    const auto col = static_cast<Eigen::Index>(c);
                    y[col] = std::clamp(y[col] + sign * h, 0.0, 1.0);
                    moves.push_back(transform.project(y));
                }
            for (const auto& cat : categoricals)
                for (std::size_t k = 0; k < cat.count; ++k) {
                    Eigen::VectorXd y = x;
                    y.segment(static_cast<Eigen::Index>(cat.first),
                              static_cast<Eigen::Index>(cat.count))
                        .setZero();
                    y[static_cast<Eigen::Index>(cat.first + k)] = 1.0;
                    moves.push_back(transform.project(y));
                }
            // Moves that rounding or inactivity turned into no move are skipped.
            std::vector<Eigen::VectorXd> useful;
            for (auto& m : moves)
                if ((m - x).squaredNorm() > 0.0)
                    useful.push_back(std::move(m));
            if (useful.empty()) {
                h *= 0.5;
                continue;
            }
            Eigen::MatrixXd batch(static_cast<Eigen::Index>(useful.size()), width);
            for (std::size_t k = 0; k < useful.size(); ++k)
                batch.row(static_cast<Eigen::Index>(k)) = useful[k].transpose();
            const Eigen::VectorXd moveValues =
                score(batch, acquisition, avoid, options.minDistance);
            Eigen::Index arg = 0;
            const double top = moveValues.maxCoeff(&arg);
            if (top > fx + 1e-12) {
                x = batch.row(arg).transpose();
                fx = top;
            } else {
                h *= 0.5;
            }
        }
        if (fx > bestValue) {
            bestValue = fx;
            best = x;
        }
    }
    return best;
}

}  // namespace hyperlab
