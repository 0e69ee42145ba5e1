#include "io/journal.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

namespace {

/// True when `line` is the beginning of a JSON object cut short: parsing runs
/// out of input without meeting anything invalid. A line that is wrong
/// somewhere before its end was not torn by a crash; it is corruption.
bool isCutShortObject(const std::string& line) {
    if (line.empty() || line.front() != '{')
        return false;
    try {
        [[maybe_unused]] const auto parsed = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        return e.byte >= line.size();
    } catch (const std::exception&) {
        return false;
    }
    return false;
}

std::string lineStart(const std::string& line) {
    std::string shown = line.substr(0, 40);
    for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20)
            c = '?';
    return line.size() > shown.size() ? shown + "..." : shown;
}

}  // namespace

Journal::Journal(std::string path, long validBytes, std::chrono::milliseconds syncInterval)
    : m_path(std::move(path)), m_syncInterval(syncInterval) {
    if (validBytes >= 0) {
        // Cut a torn last line off so the next event starts on a line of its own.
        if (::truncate(m_path.c_str(), validBytes) != 0 && errno != ENOENT)
            throw InputError(m_path,
                             std::string("cannot repair the journal: ") + std::strerror(errno));
    }
    m_file = std::fopen(m_path.c_str(), "a+b");
    if (!m_file)
        throw InputError(m_path, std::string("cannot open the journal: ") + std::strerror(errno));
    // A last event written whole but for its newline (a crash between the
    // two) is kept; the next event must start on a line of its own.
    struct stat info {};
    const bool nonEmptyFile =
        ::fstat(::fileno(m_file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0;
    if (nonEmptyFile && std::fseek(m_file, -1, SEEK_END) == 0 && std::fgetc(m_file) != '\n') {
        std::fseek(m_file, 0, SEEK_END);
        if (std::fputc('\n', m_file) == EOF || std::fflush(m_file) != 0) {
            const int error = errno;
            std::fclose(m_file);
            m_file = nullptr;
            throw InputError(m_path,
                             std::string("cannot write the journal: ") + std::strerror(error));
        }
    }
    m_lastSync = std::chrono::steady_clock::now();
}

Journal::~Journal() {
    if (m_file) {
        try {
            sync();
        } catch (const JournalError&) {
            // Already reported to whoever appended; a destructor cannot say more.
        }
        std::fclose(m_file);
    }
}

void Journal::failLocked(ProblemCode what, int error) {
    if (m_error.empty()) {
        m_error = problem(what, {std::strerror(error)});
        m_error.field = m_path;
    }
    throw JournalError(m_error);
}

std::string Journal::error() const {
    std::lock_guard lock(m_mutex);
    return m_error.empty() ? std::string() : problemMessage(m_error);
}

void Journal::append(const nlohmann::json& event, bool durable) {
    const std::string line = event.dump() + "\n";
    std::lock_guard lock(m_mutex);
    if (!m_error.empty())
        throw JournalError(m_error);
    if (std::fwrite(line.data(), 1, line.size(), m_file) != line.size())
        failLocked(ProblemCode::JournalWriteFailed, errno);
    m_dirty = true;
    if (durable || std::chrono::steady_clock::now() - m_lastSync >= m_syncInterval)
        syncLocked();
}

void Journal::sync() {
    std::lock_guard lock(m_mutex);
    if (!m_error.empty())
        throw JournalError(m_error);
    syncLocked();
}

void Journal::syncLocked() {
    if (!m_dirty)
        return;
    // Either can be where a full disk shows first: fwrite only fills
    // stdio's buffer, fflush hands it to the kernel, fsync to the disk.
    if (std::fflush(m_file) != 0)
        failLocked(ProblemCode::JournalWriteFailed, errno);
    if (::fsync(::fileno(m_file)) != 0)
        failLocked(ProblemCode::JournalSyncFailed, errno);
    m_dirty = false;
    m_lastSync = std::chrono::steady_clock::now();
}

JournalContents Journal::read(const std::string& path) {
    JournalContents contents;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return contents;  // no journal yet: an empty study
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t begin = 0;
    int lineNumber = 0;
    while (begin < data.size()) {
        ++lineNumber;
        const std::size_t end = data.find('\n', begin);
        const bool complete = end != std::string::npos;
        const std::string line = data.substr(begin, complete ? end - begin : std::string::npos);
        nlohmann::json event = parseJsonLine(line, path, lineNumber);
        if (event.is_discarded() || !event.is_object()) {
            if (!complete && isCutShortObject(line)) {
                contents.warnings.push_back(path + ":" + std::to_string(lineNumber) +
                                            ": the last journal line is incomplete (the study was "
                                            "interrupted while writing it); it was ignored");
                break;
            }
            throw InputError(path, problem(ProblemCode::JournalCorrupt,
                                           {std::to_string(lineNumber), lineStart(line)}));
        }
        contents.events.push_back(std::move(event));
        begin = complete ? end + 1 : data.size();
        contents.validBytes = long(begin);
    }
    return contents;
}

}  // namespace hyperlab
