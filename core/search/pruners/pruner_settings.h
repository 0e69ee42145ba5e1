#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace hyperlab {

/// Options of every pruner in one plain struct, read from the study's
/// "strategy.pruner" entry (keys in snake_case as noted). Each pruner uses
/// only its own fields.
struct PrunerSettings {
    /// "warmup_epochs": never prune at an epoch <= this (both pruners). Early
    /// epochs are noisy; a slow starter deserves a few epochs.
    int warmupEpochs = 0;

    // --- median ---
    /// "min_trials": completed trials that must have reported an epoch before
    /// the median at that epoch is trusted (Optuna's n_startup_trials).
    int minTrials = 5;

    // --- asha ---
    /// "reduction_factor" (eta): at each rung only the best 1/eta go on.
    int reductionFactor = 3;
    /// "min_resource": epoch of the first rung; rungs are at
    /// min_resource * eta^k.
    int minResource = 1;
    /// "bootstrap_trials": trials that must have reached a rung before it
    /// prunes anyone (0: decide from the first arrival on, as ASHA does).
    int bootstrapTrials = 0;
};

/// The pruner a study uses: its registry name and settings. Read from
///   "pruner": "none" | "median" | "asha"
/// or an object {"type": "median", "warmup_epochs": 2, "min_trials": 3}.
struct PrunerSpec {
    std::string type = "none";
    PrunerSettings settings;

    /// Throws InputError("<field>.type", ...) for an unknown pruner (listing
    /// the allowed ones) and "<field>.<key>" for a bad or unknown setting.
    static PrunerSpec fromJson(const nlohmann::json& json, const std::string& field);
    /// Every field, as fromJson reads them.
    nlohmann::json toJson() const;
};

}  // namespace hyperlab
