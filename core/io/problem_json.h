#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "common/problem.h"

namespace hyperlab {

/// A problem as journals store it: {"code": "out_of_range", "args": [...],
/// "parts": [...], "field": ..., "file": ...} (empty members left out).
nlohmann::json problemToJson(const Problem& problem);

/// Reads problemToJson's form. A missing or unreadable one (an older
/// journal, a code this version does not know) becomes `text` as a Text
/// problem, so the message is still shown as it was written.
Problem problemFromJson(const nlohmann::json& json, const std::string& text);

}  // namespace hyperlab
