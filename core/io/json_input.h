#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace hyperlab {

/// Reading JSON that comes from the user or from disk. Whatever the text
/// holds, the result is a value or an InputError naming the file and the
/// place: never a crash (deep nesting overflows the stack of recursive code
/// such as dump() and ==), never unbounded memory, never nlohmann's raw
/// "[json.exception...]" text.

/// Lists and objects nested deeper than this are refused before anything is
/// built. Configs and studies nest 5 or 6 levels deep.
constexpr int kMaxJsonDepth = 100;

/// Config and study files larger than this are refused (16 MiB; the largest
/// real ones are a few KiB).
constexpr std::size_t kMaxJsonFileBytes = std::size_t(16) << 20;

/// Parses JSON text (// and /* */ comments allowed). Throws InputError
/// "<sourceName>:line:column: ..." for a syntax error, a number beyond the
/// range of a double, nesting deeper than kMaxJsonDepth (found by a scan of
/// the text before the parser runs) and a key given twice in one object.
nlohmann::json parseJsonText(const std::string& text, const std::string& sourceName);

/// One line of a JSON-lines file (line `lineNumber` of `sourceName`): as
/// parseJsonText, except that text that is not valid JSON gives a discarded
/// value, so the caller can tell a torn last line from a corrupt file.
/// Too deep nesting and duplicate keys still throw.
nlohmann::json parseJsonLine(const std::string& line, const std::string& sourceName,
                             int lineNumber);

/// Reads a JSON file the user names (`what`: "config file", "study file").
/// Throws InputError naming the path when it is missing, a directory,
/// unreadable or larger than kMaxJsonFileBytes; reads in chunks, so an
/// endless source such as /dev/zero is refused at the limit.
std::string readJsonFileText(const std::string& path, const std::string& what);

/// readJsonFileText, then parseJsonText.
nlohmann::json readJsonFile(const std::string& path, const std::string& what);

/// A JSON value for an error message, compact and cut short by elide().
std::string describeJson(const nlohmann::json& value);

/// The one way to read an integer from JSON: a JSON integer, or a number
/// with no fractional part (writers print 3 as 3.0), within [low, high].
/// Throws InputError(field, "expected an integer, got X") or
/// InputError(field, "X is out of range (allowed: low to high)"); never
/// converts a value that does not fit.
std::int64_t jsonInteger(const nlohmann::json& value, const std::string& field, std::int64_t low,
                         std::int64_t high);
std::uint64_t jsonUnsigned(const nlohmann::json& value, const std::string& field, std::uint64_t low,
                           std::uint64_t high);

}  // namespace hyperlab
