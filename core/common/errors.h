#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "common/problem.h"

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

/// An error whose message is a Problem: what() is its English message, and
/// the interface translates problem() (i18n/core_message.h).
class ProblemError : public std::runtime_error {
public:
    explicit ProblemError(Problem problem)
        : std::runtime_error(problemMessage(problem)), m_problem(std::move(problem)) {}
    const Problem& problem() const { return m_problem; }

private:
    Problem m_problem;
};

/// The problem of any exception: its own, or what() as English text.
inline Problem problemOf(const std::exception& error) {
    if (const auto* typed = dynamic_cast<const ProblemError*>(&error))
        return typed->problem();
    return textProblem(error.what());
}

/// Bad user input: a config value, a file, a name. The message has the form
/// "field: what is wrong (allowed: ...)" so the UI and the CLI can show it
/// as it is. `field()` is the dotted config path (may be empty for files);
/// one longer than any real path (a 50 MB unknown key) is shortened by elide().
class InputError : public ProblemError {
public:
    InputError(const std::string& field, Problem problem)
        : ProblemError(withField(std::move(problem), field)) {}
    /// A problem without a code of its own: shown in English in every language.
    InputError(const std::string& field, const std::string& text)
        : InputError(field, textProblem(text)) {}
    explicit InputError(Problem problem) : ProblemError(std::move(problem)) {}
    const std::string& field() const { return problem().field; }

private:
    static constexpr std::size_t kMaxField = 200;
    static Problem withField(Problem problem, const std::string& field) {
        problem.field = elide(field, kMaxField);
        return problem;
    }
};

}  // namespace hyperlab
