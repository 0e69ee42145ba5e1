#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hyperlab {

/// What reading a journal found: the events in order, and warnings about
/// lines that could not be read (a truncated last line after a crash).
struct JournalContents {
    std::vector<nlohmann::json> events;
    std::vector<std::string> warnings;
    /// Byte length of the readable prefix; a torn tail is cut off there
    /// before appending again, so the file stays one JSON object per line.
    long validBytes = 0;
};

/// An append-only file of JSON lines, one event per line. Durable appends
/// (trial state changes) are flushed and fsynced before append() returns;
/// others are flushed and fsynced at most every `syncInterval`, so a study
/// killed at any moment loses no finished trial and at most a few seconds of
/// epoch metrics. Thread-safe.
class Journal {
public:
    /// Opens (creating if needed) for appending. When the file ends in a torn
    /// line, `validBytes` from a previous read() truncates it first.
    explicit Journal(std::string path, long validBytes = -1,
                     std::chrono::milliseconds syncInterval = std::chrono::seconds(2));
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    void append(const nlohmann::json& event, bool durable);
    /// Flushes and fsyncs whatever is buffered.
    void sync();

    const std::string& path() const { return m_path; }

    /// Reads every complete line. A last line that is cut off or not valid
    /// JSON becomes a warning (it is the one being written at a crash); a bad
    /// line before the end is an error (InputError with file:line).
    static JournalContents read(const std::string& path);

private:
    void syncLocked();

    std::string m_path;
    std::FILE* m_file = nullptr;
    std::mutex m_mutex;
    std::chrono::milliseconds m_syncInterval;
    std::chrono::steady_clock::time_point m_lastSync;
    bool m_dirty = false;
};

}  // namespace hyperlab
