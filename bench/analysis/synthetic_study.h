#pragma once

// The study both analysis benchmarks measure: 1,000 trials (or --trials) of
// an 8-dimensional space (log float, float, int, log int, two categoricals,
// a conditional float, another log float) at scrambled Sobol points, valued
// by a made-up landscape.

#include <cmath>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/random.h"
#include "search/samplers/sobol_sequence.h"
#include "search/search_space.h"
#include "search/transform.h"
#include "study/model/trial.h"

namespace hyperlab::bench {

/// The space as a study's "space" object (its paths exist in the default config).
inline nlohmann::json eightDimensionSpaceJson() {
    return nlohmann::json::parse(R"({
        "training.learning_rate": {"type": "float", "low": 1e-4, "high": 1, "log": true},
        "model.dropout": {"type": "float", "low": 0, "high": 0.5},
        "training.epochs": {"type": "int", "low": 5, "high": 50},
        "training.batch_size": {"type": "int", "low": 8, "high": 512, "log": true},
        "training.optimizer": {"type": "categorical", "values": ["sgd", "adam", "rmsprop"]},
        "model.hidden_layers": {"type": "categorical", "values": [[32], [64], [128, 64], [256, 128]]},
        "training.momentum": {"type": "float", "low": 0.5, "high": 0.99,
                              "active_if": {"training.optimizer": ["sgd"]}},
        "training.weight_decay": {"type": "float", "low": 1e-6, "high": 1e-2, "log": true}})");
}

/// A made-up landscape at scrambled Sobol points (a sobol study): learning
/// rate matters most, then the optimizer, momentum (under sgd), a little
/// dropout; the rest is noise.
inline std::vector<TrialSnapshot> syntheticTrials(const SearchSpace& space, int count) {
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

}  // namespace hyperlab::bench
