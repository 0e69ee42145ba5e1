// hyperlab-analysis-bench: the study analysis's figures, printed as one JSON
// document (docs/performance.md, "Analysis"): on 1,000 completed trials of
// an 8-dimensional space (log float, float, int, log int, two categoricals
// and a conditional float), the time of
//   * PED-ANOVA importance (the target: under 1 s),
//   * the best region,
//   * fitting the contour surrogate (the core GP) and its 50 x 50 grid.
// Each is the median of --repeats runs (default 5). Options: --trials N.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/random.h"
#include "search/transform.h"
#include "study/analysis/best_region.h"
#include "study/analysis/contour_surrogate.h"
#include "study/analysis/ped_anova.h"
#include "study/analysis/ranked_trials.h"
#include "synthetic_study.h"

namespace hyperlab {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

SearchSpace eightDimensions() {
    return SearchSpace::fromJson(bench::eightDimensionSpaceJson());
}

template <typename F>
double medianSeconds(int repeats, F&& f) {
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        f();
        times.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int run(int argc, char** argv) {
    int count = 1000, repeats = 5;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--trials"))
            count = std::max(10, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--repeats"))
            repeats = std::max(1, std::atoi(argv[++i]));
    }
    const SearchSpace space = eightDimensions();
    const std::vector<TrialSnapshot> trials = bench::syntheticTrials(space, count);
    Objective objective;
    objective.direction = Direction::Maximize;
    std::vector<TrialSnapshot> ranked;
    const double rankSeconds =
        medianSeconds(repeats, [&] { ranked = rankCompletedTrials(trials, objective); });
    ImportanceResult importance;
    const double importanceSeconds =
        medianSeconds(repeats, [&] { importance = pedAnovaImportance(space, ranked); });
    const double regionSeconds = medianSeconds(repeats, [&] { (void)bestRegion(space, ranked); });
    double gridSeconds = 0.0;
    const double surrogateSeconds = medianSeconds(repeats, [&] {
        const ContourSurrogate surrogate(space, ranked, 0);
        const auto start = Clock::now();
        (void)surrogate.grid(0, 2, 50, ranked.front()->params);
        gridSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    });

    Json out;
    out["trials"] = count;
    out["dimensions"] = space.size();
    out["repeats"] = repeats;
    out["rank_seconds"] = rankSeconds;
    out["importance_method"] = importance.method;
    out["importance_seconds"] = importanceSeconds;
    out["importance_target_seconds"] = 1.0;
    Json shares = Json::object();
    for (const auto& p : importance.parameters)
        shares[p.path] = p.importance;
    out["importance"] = shares;
    out["best_region_seconds"] = regionSeconds;
    out["surrogate_fit_and_grid_seconds"] = surrogateSeconds;
    out["surrogate_grid_50x50_seconds"] = gridSeconds;
    std::cout << out.dump(2) << "\n";
    return 0;
}

}  // namespace
}  // namespace hyperlab

int main(int argc, char** argv) {
    return hyperlab::run(argc, argv);
}
