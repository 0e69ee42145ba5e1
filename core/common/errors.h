#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace hyperlab {

/// A user-supplied value for a message: long ones are cut to their first
/// `keep` characters (not splitting a UTF-8 character) and the size, so a
/// 50 MB value does not come back in full: "aaaa… (52428800 bytes)".
inline std::string elide(std::string_view text, std::size_t keep = 60) {
    if (text.size() <= keep + 20)
        return std::string(text);
    std::size_t end = keep;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;  // back to the start of a UTF-8 character
    return std::string(text.substr(0, end)) + "\u2026 (" + std::to_string(text.size()) + " bytes)";
}

/// Bad user input: a config value, a file, a name. The message has the form
/// "field: what is wrong (allowed: ...)" so the UI and the CLI can show it
/// as it is. `field()` is the dotted config path (may be empty for files);
/// one longer than any real path (a 50 MB unknown key) is shortened by elide().
class InputError : public std::runtime_error {
public:
    InputError(const std::string& field, const std::string& problem)
        : std::runtime_error(message(elide(field, kMaxField), problem)),
          m_field(elide(field, kMaxField)) {}
    const std::string& field() const { return m_field; }

private:
    static constexpr std::size_t kMaxField = 200;
    static std::string message(const std::string& field, const std::string& problem) {
        return field.empty() ? problem : field + ": " + problem;
    }

    std::string m_field;
};

}  // namespace hyperlab
