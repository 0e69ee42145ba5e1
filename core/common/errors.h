#pragma once

#include <stdexcept>
#include <string>

namespace hyperlab {

/// Bad user input: a config value, a file, a name. The message has the form
/// "field: what is wrong (allowed: ...)" so the UI and the CLI can show it
/// as it is. `field()` is the dotted config path (may be empty for files).
class InputError : public std::runtime_error {
public:
    InputError(std::string field, const std::string& problem)
        : std::runtime_error(field.empty() ? problem : field + ": " + problem),
          m_field(std::move(field)) {}
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

}  // namespace hyperlab
