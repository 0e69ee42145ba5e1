#include "data/split.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "common/errors.h"
#include "common/random.h"

namespace hyperlab {
namespace {

/// Stream number for the split's engine, distinct from the generators'
/// direct use of the seed.
constexpr std::uint64_t kSplitStream = 0x5B11;

void checkFraction(double value, const char* field) {
    if (!std::isfinite(value) || value < 0.0 || value >= 1.0)
        throw InputError(field,
                         problem(ProblemCode::FractionIn, {"[0, 1)", std::to_string(value)}));
}

/// Shares `total` units among groups in proportion to `weights`
/// (largest remainder, ties to the lower group index), never giving a group
/// more than its `caps` entry.
std::vector<std::size_t> allocate(std::size_t total, const std::vector<std::size_t>& weights,
                                  const std::vector<std::size_t>& caps) {
    const std::size_t groups = weights.size();
    std::size_t weightSum = 0;
    for (std::size_t w : weights)
        weightSum += w;
    std::vector<std::size_t> share(groups, 0);
    if (weightSum == 0 || total == 0)
        return share;
    std::vector<double> remainder(groups, 0.0);
    std::size_t given = 0;
    for (std::size_t g = 0; g < groups; ++g) {
        const double exact = double(total) * double(weights[g]) / double(weightSum);
        share[g] = std::min(caps[g], std::size_t(std::floor(exact)));
        remainder[g] = exact - double(share[g]);
        given += share[g];
    }
    std::vector<std::size_t> order(groups);
    for (std::size_t g = 0; g < groups; ++g)
        order[g] = g;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    // Usually one pass hands out the remainder; further passes only run when
    // caps clipped some groups.
    while (given < total) {
        bool progress = false;
        for (std::size_t g : order) {
            if (given == total)
                break;
            if (share[g] < caps[g]) {
                ++share[g];
                ++given;
                progress = true;
            }
        }
        if (!progress)
            break;
    }
    return share;
}

/// Moves `counts[g]` indices of each group into `out`, taking them from the
/// back of the (shuffled) group.
void take(std::vector<std::vector<int>>& groups, const std::vector<std::size_t>& counts,
          std::vector<int>& out) {
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (std::size_t k = 0; k < counts[g]; ++k) {
            out.push_back(groups[g].back());
            groups[g].pop_back();
        }
    }
}

}  // namespace

DataSplit splitDataset(std::shared_ptr<const Dataset> data, double testFraction,
                       double validationFraction, std::uint64_t seed) {
    checkFraction(testFraction, "dataset.testFraction");
    checkFraction(validationFraction, "dataset.validationFraction");
    if (testFraction + validationFraction >= 1.0)
        throw InputError("dataset.validationFraction",
                         "test and validation fractions together must stay below 1, got " +
                             std::to_string(testFraction) + " + " +
                             std::to_string(validationFraction));
    if (!data)
        throw InputError("dataset", "no dataset to split");

    const std::ptrdiff_t n = data->sampleCount();
    const bool predefined = data->predefinedTestBegin >= 0;
    const std::ptrdiff_t poolSize = predefined ? std::min(data->predefinedTestBegin, n) : n;

    DataSplit split;
    split.data = data;
    if (predefined)
        for (std::ptrdiff_t i = poolSize; i < n; ++i)
            split.test.push_back(int(i));

    // Groups of candidate indices: one per class for stratification, a
    // single group for regression.
    const bool stratify = data->task == Task::Classification && data->classCount() > 0;
    std::vector<std::vector<int>> groups(stratify ? std::size_t(data->classCount()) : 1);
    for (std::ptrdiff_t i = 0; i < poolSize; ++i) {
        const int group = stratify ? data->labels[std::size_t(i)] : 0;
        if (group < 0 || group >= int(groups.size()))
            throw InputError("dataset", "sample " + std::to_string(i) + " has label " +
                                            std::to_string(group) + " but the dataset has " +
                                            std::to_string(groups.size()) + " classes");
        groups[std::size_t(group)].push_back(int(i));
    }
    Random random(Random::deriveSeed(seed, kSplitStream));
    for (auto& group : groups)
        random.shuffle(group);

    std::vector<std::size_t> sizes;
    for (const auto& group : groups)
        sizes.push_back(group.size());
    const auto rounded = [&](double fraction) {
        return std::size_t(std::llround(fraction * double(poolSize)));
    };
    if (!predefined) {
        const auto testCounts = allocate(rounded(testFraction), sizes, sizes);
        take(groups, testCounts, split.test);
    }
    std::vector<std::size_t> left;
    for (const auto& group : groups)
        left.push_back(group.size());
    take(groups, allocate(rounded(validationFraction), sizes, left), split.validation);
    for (const auto& group : groups)
        split.train.insert(split.train.end(), group.begin(), group.end());

    if (split.train.empty())
        throw InputError("dataset.testFraction",
                         "no training samples left (" + std::to_string(n) + " samples, test " +
                             std::to_string(split.test.size()) + ", validation " +
                             std::to_string(split.validation.size()) + ")");
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    std::sort(split.test.begin(), split.test.end());
    return split;
}

}  // namespace hyperlab
