#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "search/params.h"

namespace hyperlab {

/// Returns a copy of `baseConfig` with each dotted path of `params` set to
/// its value: the config a trial trains with. Path segments walk objects by
/// key and arrays by index ("model.conv_layers.0.kernel_size"). Missing object
/// keys are created (a base may leave defaults out); an array index that is
/// out of range, or a path that runs through a number, string or bool, throws
/// InputError(path, ...) saying which segment failed.
nlohmann::json applyParams(const nlohmann::json& baseConfig, const Params& params);

/// Sets one dotted path in `config` in place (same rules as applyParams).
void setConfigPath(nlohmann::json& config, const std::string& path, const nlohmann::json& value);

}  // namespace hyperlab
