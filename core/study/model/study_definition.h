#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/params.h"
#include "search/pruners/pruner_settings.h"
#include "search/samplers/sampler_settings.h"
#include "search/search_space.h"
#include "study/model/objective.h"

namespace hyperlab {

/// A study as its JSON file describes it (docs/study.md), parsed and checked
/// before anything runs:
///
///   {"name": "...", "base": {config}, "space": {path: dimension, ...},
///    "strategy": {"type": "bayesian", "trials": 30, "seed": 0, "pruner": "median", ...},
///    "objective": {"metric": "val_accuracy", "direction": "maximize"},
///    "max_seconds": 600, "workers": 2, "repeats": 1}
///
/// Every error is an InputError naming the field ("strategy.type",
/// "base.training.learning_rate", "space.model.dropout.high", ...).
struct StudyDefinition {
    std::string name;
    /// The base config in canonical form (every field written by toJson(RunConfig));
    /// null for function objectives.
    nlohmann::json base;
    SearchSpace space;
    /// manual, grid, random, sobol, bayesian or tpe.
    std::string strategy = "random";
    SamplerSettings sampler;
    /// manual: one entry per listed config, as dotted-path Params (a listed
    /// config object is flattened to its leaves: {"training": {"epochs": 5}}
    /// becomes {"training.epochs": 5}).
    std::vector<Params> manualTrials;
    /// The trial budget. Grid and manual default to their size.
    int trials = 20;
    /// strategy.seed: fixes the sampler and every trial's proposal stream.
    std::uint64_t seed = 0;
    PrunerSpec pruner;
    Objective objective;
    double maxSeconds = 0.0;  ///< wall-time budget of one run; 0 = none
    int workers = 0;          ///< concurrent trials; 0 = the machine's hardware threads
    int repeats = 1;          ///< each config trains with seeds s, s+1, ..., s+repeats-1
    /// Non-fatal remarks (a pruner that has no epochs to watch, ...).
    std::vector<std::string> warnings;

    bool isFunction() const { return objective.isFunction(); }
    /// workers, or the hardware thread count when 0.
    int effectiveWorkers() const;

    static StudyDefinition fromJson(const nlohmann::json& json);
    /// Reads a study file (// and /* */ comments allowed); errors name the file.
    static StudyDefinition load(const std::string& path);
    /// The canonical JSON form; fromJson(toJson()) gives an equal definition.
    nlohmann::json toJson() const;

    /// The allowed values of "strategy.type".
    static const std::vector<std::string>& strategyNames();
};

/// Flattens a config-shaped object to dotted-path Params: objects are walked,
/// everything else (numbers, strings, arrays) is a leaf. Dotted keys are kept
/// as they are, so a Params object flattens to itself.
Params flattenToParams(const nlohmann::json& object);

}  // namespace hyperlab
