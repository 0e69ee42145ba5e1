#include "io/json_input.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <vector>

#include "common/errors.h"

namespace hyperlab {

using nlohmann::json;

namespace {

/// 1-based line and column (in characters, not bytes) of byte `offset`
/// (0-based), counting lines from `firstLine`.
std::pair<int, int> lineAndColumn(const std::string& text, std::size_t offset, int firstLine) {
    const std::size_t end = std::min(offset, text.size());
    int line = firstLine;
    int column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;  // count UTF-8 lead bytes only, so a column is a character
        }
    }
    return {line, column};
}

std::string location(const std::string& text, std::size_t offset, const std::string& source,
                     int firstLine) {
    auto [line, column] = lineAndColumn(text, offset, firstLine);
    return source + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// nlohmann's what() is "[json.exception.parse_error.101] parse error at line
/// 3, column 5: syntax error while parsing object - unexpected ..."; keep the
/// part after the location, which is what the user can act on.
std::string syntaxProblem(const std::string& what) {
    std::string text = what;
    auto at = text.find("column ");
    if (at != std::string::npos) {
        auto colon = text.find(": ", at);
        if (colon != std::string::npos)
            text = text.substr(colon + 2);
    }
    const std::string prefix = "syntax error ";
    if (text.rfind(prefix, 0) == 0)
        text = text.substr(prefix.size());
    return elide(text, 200);
}

/// nlohmann's what() without its "[json.exception.<kind>.<id>] " prefix.
std::string withoutPrefix(const std::string& what) {
    const auto close = what.find("] ");
    return what.rfind("[json.exception.", 0) == 0 && close != std::string::npos
               ? what.substr(close + 2)
               : what;
}

struct DuplicateKey {
    std::string key;
    std::size_t offset;
};

/// One pass over the text that builds nothing: refuses nesting deeper than
/// kMaxJsonDepth at the bracket that goes too deep (before the parser, whose
/// result could not even be destroyed or printed without deep recursion),
/// and finds the first key repeated within one object. It only follows
/// strings, comments and brackets; the parser judges the syntax.
std::optional<DuplicateKey> scan(const std::string& text, const std::string& source,
                                 int firstLine) {
    struct Container {
        bool object;
        bool expectKey;
        std::set<std::string> keys;
    };
    std::vector<Container> open;
    std::optional<DuplicateKey> duplicate;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '"') {
            std::size_t end = i + 1;
            while (end < n && text[end] != '"')
                end += text[end] == '\\' ? 2 : 1;
            if (!open.empty() && open.back().object && open.back().expectKey) {
                std::string key = text.substr(i + 1, std::min(end, n) - i - 1);
                if (key.find('\\') != std::string::npos && end < n) {
                    // Compare keys as the parser will store them ("\u0061" is "a").
                    const json decoded = json::parse(text.substr(i, end - i + 1), nullptr, false);
                    if (decoded.is_string())
                        key = decoded.get<std::string>();
                }
                if (!open.back().keys.insert(key).second && !duplicate)
                    duplicate = DuplicateKey{std::move(key), i};
                open.back().expectKey = false;
            }
            i = end;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '/') {
            i = std::min(text.find('\n', i), n);
        } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            const std::size_t close = text.find("*/", i + 2);
            i = close == std::string::npos ? n : close + 1;
        } else if (c == '{' || c == '[') {
            if (open.size() >= std::size_t(kMaxJsonDepth))
                throw InputError("", location(text, i, source, firstLine) +
                                         ": lists and objects nested deeper than " +
                                         std::to_string(kMaxJsonDepth) +
                                         " levels (allowed: up to " +
                                         std::to_string(kMaxJsonDepth) + ")");
            open.push_back(Container{c == '{', true, {}});
        } else if (c == '}' || c == ']') {
            if (!open.empty())
                open.pop_back();
        } else if (c == ',' && !open.empty() && open.back().object) {
            open.back().expectKey = true;
        }
    }
    return duplicate;
}

/// Parses `text`; a syntax error throws InputError, or gives a discarded
/// value when `discardSyntaxErrors`.
json parse(const std::string& text, const std::string& source, int firstLine,
           bool discardSyntaxErrors) {
    const std::optional<DuplicateKey> duplicate = scan(text, source, firstLine);
    json value;
    try {
        value = json::parse(text, /*cb=*/nullptr, /*allow_exceptions=*/true,
                            /*ignore_comments=*/true);
    } catch (const json::parse_error& error) {
        if (discardSyntaxErrors)
            return json(json::value_t::discarded);
        // error.byte is 1-based: the last byte the parser read.
        throw InputError("",
                         location(text, error.byte == 0 ? 0 : error.byte - 1, source, firstLine) +
                             ": syntax error: " + syntaxProblem(error.what()));
    } catch (const json::out_of_range& error) {
        if (discardSyntaxErrors)
            return json(json::value_t::discarded);
        // "number overflow parsing '1e999'": point at the number.
        const std::string what = error.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        if (open != std::string::npos && close > open) {
            const std::string number = what.substr(open + 1, close - open - 1);
            const std::size_t at = text.find(number);
            throw InputError("",
                             location(text, at == std::string::npos ? 0 : at, source, firstLine) +
                                 ": the number " + elide(number) +
                                 " is out of range (allowed: numbers up to about 1.8e308 in "
                                 "magnitude)");
        }
        throw InputError("", source + ": " + elide(withoutPrefix(what), 200));
    } catch (const json::exception& error) {
        if (discardSyntaxErrors)
            return json(json::value_t::discarded);
        throw InputError("", source + ": " + elide(withoutPrefix(error.what()), 200));
    }
    if (duplicate)
        throw InputError("", location(text, duplicate->offset, source, firstLine) +
                                 ": duplicate key \"" + elide(duplicate->key) +
                                 "\" (allowed: each key once per object)");
    return value;
}

std::string integerTypeProblem(const json& value, bool wholeRange, const std::string& allowed) {
    std::string problem = "expected an integer, got " + describeJson(value);
    if (!wholeRange)
        problem += " (allowed: " + allowed + ")";
    return problem;
}

/// An integral JSON number split by sign, so both halves are exact.
struct ExactInteger {
    enum Kind { NotInteger, Negative, NonNegative, Beyond64Bits } kind = NotInteger;
    std::int64_t negative = 0;
    std::uint64_t nonNegative = 0;
};

ExactInteger exactInteger(const json& value) {
    if (value.is_number_unsigned())
        return {ExactInteger::NonNegative, 0, value.get<std::uint64_t>()};
    if (value.is_number_integer()) {
        const auto i = value.get<std::int64_t>();
        return i < 0 ? ExactInteger{ExactInteger::Negative, i, 0}
                     : ExactInteger{ExactInteger::NonNegative, 0, std::uint64_t(i)};
    }
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (!std::isfinite(d) || d != std::floor(d))
            return {};
        // -2^63 and 2^64 are exact doubles; beyond them nothing converts.
        if (d < -9223372036854775808.0 || d >= 18446744073709551616.0)
            return {ExactInteger::Beyond64Bits};
        if (d < 0.0)
            return {ExactInteger::Negative, std::int64_t(d), 0};
        return {ExactInteger::NonNegative, 0, std::uint64_t(d)};
    }
    return {};
}

[[noreturn]] void outOfRange(const json& value, const std::string& field,
                             const std::string& allowed) {
    throw InputError(field, problem(ProblemCode::OutOfRange, {describeJson(value), allowed}));
}

}  // namespace

json parseJsonText(const std::string& text, const std::string& sourceName) {
    return parse(text, sourceName, 1, false);
}

json parseJsonLine(const std::string& line, const std::string& sourceName, int lineNumber) {
    return parse(line, sourceName, lineNumber, true);
}

std::string readJsonFileText(const std::string& path, const std::string& what) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status))
        throw InputError("", problem(ProblemCode::FileKindNotFound, {what, path}));
    if (std::filesystem::is_directory(status))
        throw InputError("", what + " is a directory, not a file: " + path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(
            "", problem(ProblemCode::CannotOpenFileKind, {what, path, std::strerror(errno)}));
    std::string text;
    std::vector<char> chunk(std::size_t(1) << 16);
    while (in) {
        in.read(chunk.data(), std::streamsize(chunk.size()));
        const auto got = std::size_t(in.gcount());
        if (text.size() + got > kMaxJsonFileBytes)
            throw InputError("", path + ": the " + what + " is larger than " +
                                     std::to_string(kMaxJsonFileBytes >> 20) +
                                     " MiB (allowed: up to " +
                                     std::to_string(kMaxJsonFileBytes >> 20) + " MiB of JSON)");
        text.append(chunk.data(), got);
    }
    if (in.bad())
        throw InputError("", "cannot read " + what + " " + path);
    return text;
}

json readJsonFile(const std::string& path, const std::string& what) {
    return parseJsonText(readJsonFileText(path, what), path);
}

std::string describeJson(const json& value) {
    return elide(value.dump(-1, ' ', false, json::error_handler_t::replace), 40);
}

std::int64_t jsonInteger(const json& value, const std::string& field, std::int64_t low,
                         std::int64_t high) {
    const std::string allowed = std::to_string(low) + " to " + std::to_string(high);
    const ExactInteger x = exactInteger(value);
    if (x.kind == ExactInteger::NotInteger)
        throw InputError(field,
                         integerTypeProblem(value, low <= INT_MIN && high >= INT_MAX, allowed));
    const bool inRange = x.kind == ExactInteger::Negative
                             ? x.negative >= low && x.negative <= high
                             : x.kind == ExactInteger::NonNegative && high >= 0 &&
                                   x.nonNegative <= std::uint64_t(high) &&
                                   (low <= 0 || x.nonNegative >= std::uint64_t(low));
    if (!inRange)
        outOfRange(value, field, allowed);
    return x.kind == ExactInteger::Negative ? x.negative : std::int64_t(x.nonNegative);
}

std::uint64_t jsonUnsigned(const json& value, const std::string& field, std::uint64_t low,
                           std::uint64_t high) {
    const std::string allowed = std::to_string(low) + " to " + std::to_string(high);
    const ExactInteger x = exactInteger(value);
    if (x.kind == ExactInteger::NotInteger)
        throw InputError(field, "expected a non-negative integer, got " + describeJson(value) +
                                    " (allowed: " + allowed + ")");
    if (x.kind != ExactInteger::NonNegative || x.nonNegative < low || x.nonNegative > high)
        outOfRange(value, field, allowed);
    return x.nonNegative;
}

}  // namespace hyperlab
