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
#include "search/analysis/best_region.h"
#include "search/analysis/contour_surrogate.h"
#include "search/analysis/ped_anova.h"
#include "search/analysis/ranked_trials.h"
#include "search/samplers/sobol_sequence.h"
#include "search/transform.h"

namespace hyperlab {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

SearchSpace eightDimensions() {
    return SearchSpace::fromJson(nlohmann::json::parse(R"({
        "training.learning_rate": {"type": "float", "low": 1e-4, "high": 1, "log": true},
        "model.dropout": {"type": "float", "low": 0, "high": 0.5},
        "training.epochs": {"type": "int", "low": 5, "high": 50},
        "training.batch_size": {"type": "int", "low": 8, "high": 512, "log": true},
        "training.optimizer": {"type": "categorical", "values": ["sgd", "adam", "rmsprop"]},
        "model.hidden_layers": {"type": "categorical", "values": [[32], [64], [128, 64], [256, 128]]},
        "training.momentum": {"type": "float", "low": 0.5, "high": 0.99,
                              "active_if": {"training.optimizer": ["sgd"]}},
        "training.weight_decay": {"type": "float", "low": 1e-6, "high": 1e-2, "log": true}})"));
}

/// A made-up landscape at scrambled Sobol points (a sobol study): learning
/// rate matters most, then the optimizer, momentum (under sgd), a little
/// dropout; the rest is noise.
std::vector<TrialSnapshot> syntheticTrials(const SearchSpace& space, int count) {
    const UnitCubeTransform transform(space);
    const SobolSequence sobol(space.size(), true, 1);
    Random rng(1);
    std::vector<TrialSnapshot> trials;
    for (int n = 0; n < count; ++n) {
        auto t = std::make_shared<Trial>();
        t->number = n;
        t->state = TrialState::Completed;
        t->params = transform.fromUniform(sobol.point(std::uint64_t(n)));
        const double lr = std::log10(t->params.at("training.learning_rate").get<double>());
        double v = 0.9 - 0.08 * (lr + 2.0) * (lr + 2.0);
        if (t->params.at("training.optimizer") == "sgd")
            v -= 0.2 * std::abs(t->params.at("training.momentum").get<double>() - 0.9);
        v -= 0.1 * t->params.at("model.dropout").get<double>() + 0.01 * rng.normal();
        t->value = v;
        trials.push_back(t);
    }
    return trials;
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
    const std::vector<TrialSnapshot> trials = syntheticTrials(space, count);
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

int main(int argc, char** argv) { return hyperlab::run(argc, argv); }
