#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "io/config_validation.h"
#include "io/json_input.h"
#include "train/run_config.h"

namespace hyperlab {

/// The config file layer: RunConfig <-> JSON (field names and meaning in
/// docs/config.md). The JSON form is the canonical one: the search engine
/// sets fields on it by dotted path ("training.learning_rate",
/// "model.conv_layers.0.kernel_size") and then reads it with
/// runConfigFromJson, so every error names the field by that same path.

/// Reads a config object. Every field is optional and takes the RunConfig
/// default when left out; unknown keys are errors (so a typo cannot silently
/// fall back to a default), as are values of the wrong JSON type. The result
/// is checked with validate(). Throws InputError naming the field.
RunConfig runConfigFromJson(const nlohmann::json& json);

/// Writes every field, so runConfigFromJson(toJson(c)) == c exactly.
nlohmann::json toJson(const RunConfig& config);

/// Reads and checks a config file (JSON; // and /* */ comments are allowed).
/// Throws InputError for a missing, unreadable or oversized file (naming the
/// path), for malformed JSON ("path:line:column: syntax error: ...", see
/// parseJsonText in io/json_input.h) and for anything runConfigFromJson
/// rejects.
RunConfig loadRunConfig(const std::string& path);

/// Writes toJson(config) pretty-printed with a 2-space indent. The file is
/// written beside the target and renamed over it, so a failed write never
/// leaves a truncated config behind. Throws InputError when it cannot write.
void saveRunConfig(const RunConfig& config, const std::string& path);

}  // namespace hyperlab
