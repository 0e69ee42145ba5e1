#include "search/apply_params.h"

#include <vector>

#include "common/errors.h"

namespace hyperlab {

using nlohmann::json;

namespace {

std::vector<std::string> splitPath(const std::string& path) {
    std::vector<std::string> parts;
    std::string current;
    for (char ch : path) {
        if (ch == '.') {
            parts.push_back(current);
            current.clear();
        } else {
            current += ch;
        }
    }
    parts.push_back(current);
    return parts;
}

bool isIndex(const std::string& s) {
    if (s.empty() || s.size() > 9)
        return false;
    for (char ch : s)
        if (ch < '0' || ch > '9')
            return false;
    return true;
}

const char* typeName(const json& v) {
    if (v.is_number())
        return "a number";
    if (v.is_string())
        return "a string";
    if (v.is_boolean())
        return "a boolean";
    return "null";
}

}  // namespace

void setConfigPath(json& config, const std::string& path, const json& value) {
    const auto parts = splitPath(path);
    json* node = &config;
    std::string walked;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string& key = parts[i];
        if (key.empty())
            throw InputError(path, "empty segment in the dotted path");
        const bool last = i + 1 == parts.size();
        const std::string here = walked.empty() ? key : walked + "." + key;
        if (node->is_null())
            *node = json::object();  // created by the previous segment
        if (node->is_array()) {
            if (!isIndex(key))
                throw InputError(path, "\"" + walked + "\" is a list; \"" + key +
                                           "\" is not an index (allowed: 0.." +
                                           std::to_string(static_cast<long>(node->size()) - 1) +
                                           ")");
            const std::size_t index = std::stoul(key);
            if (index >= node->size())
                throw InputError(path, "index " + key + " is out of range: \"" + walked +
                                           "\" has " + std::to_string(node->size()) + " elements");
            node = &(*node)[index];
        } else if (node->is_object()) {
            if (!node->contains(key) && !last && isIndex(parts[i + 1]))
                throw InputError(path, "\"" + here +
                                           "\" does not exist in the base config and "
                                           "a list element cannot be created");
            node = &(*node)[key];
        } else {
            throw InputError(path, "\"" + walked + "\" is " + typeName(*node) +
                                       ", it has no field \"" + key + "\"");
        }
        walked = here;
    }
    *node = value;
}

json applyParams(const json& baseConfig, const Params& params) {
    json config = baseConfig.is_null() ? json::object() : baseConfig;
    for (const auto& [path, value] : params)
        setConfigPath(config, path, value);
    return config;
}

}  // namespace hyperlab
