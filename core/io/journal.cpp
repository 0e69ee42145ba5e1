#include "io/journal.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

Journal::Journal(std::string path, long validBytes, std::chrono::milliseconds syncInterval)
    : m_path(std::move(path)), m_syncInterval(syncInterval) {
    if (validBytes >= 0) {
        // Cut a torn last line off so the next event starts on a line of its own.
        if (::truncate(m_path.c_str(), validBytes) != 0 && errno != ENOENT)
            throw InputError(m_path,
                             std::string("cannot repair the journal: ") + std::strerror(errno));
    }
    m_file = std::fopen(m_path.c_str(), "ab");
    if (!m_file)
        throw InputError(m_path, std::string("cannot open the journal: ") + std::strerror(errno));
    m_lastSync = std::chrono::steady_clock::now();
}

Journal::~Journal() {
    if (m_file) {
        syncLocked();
        std::fclose(m_file);
    }
}

void Journal::append(const nlohmann::json& event, bool durable) {
    const std::string line = event.dump() + "\n";
    std::lock_guard lock(m_mutex);
    if (std::fwrite(line.data(), 1, line.size(), m_file) != line.size())
        throw std::runtime_error(m_path + ": cannot write the journal: " + std::strerror(errno));
    m_dirty = true;
    if (durable || std::chrono::steady_clock::now() - m_lastSync >= m_syncInterval)
        syncLocked();
}

void Journal::sync() {
    std::lock_guard lock(m_mutex);
    syncLocked();
}

void Journal::syncLocked() {
    if (!m_dirty)
        return;
    std::fflush(m_file);
    ::fsync(::fileno(m_file));
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
        const bool last = !complete || end + 1 >= data.size();
        nlohmann::json event = parseJsonLine(line, path, lineNumber);
        if (!complete || event.is_discarded() || !event.is_object()) {
            if (last) {
                contents.warnings.push_back(path + ":" + std::to_string(lineNumber) +
                                            ": the last journal line is incomplete (the study was "
                                            "interrupted while writing it); it was ignored");
                break;
            }
            throw InputError(path, "line " + std::to_string(lineNumber) +
                                       " is not a JSON object: the journal is corrupt");
        }
        contents.events.push_back(std::move(event));
        begin = end + 1;
        contents.validBytes = long(begin);
    }
    return contents;
}

}  // namespace hyperlab
