#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace hyperlab {

/// The values a trial gives to the ACTIVE dimensions of a search space, keyed
/// by dotted config path ("training.learning_rate" -> 0.01). Inactive
/// dimensions (a failed active_if) have no entry. std::map keeps the order
/// deterministic, so equal Params print, hash and compare identically.
using Params = std::map<std::string, nlohmann::json>;

/// Params as one JSON object (journal, export, events).
inline nlohmann::json paramsToJson(const Params& params) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [path, value] : params)
        out[path] = value;
    return out;
}

/// The inverse of paramsToJson; a non-object gives empty Params.
inline Params paramsFromJson(const nlohmann::json& object) {
    Params out;
    if (!object.is_object())
        return out;
    for (const auto& [path, value] : object.items())
        out[path] = value;
    return out;
}

}  // namespace hyperlab
