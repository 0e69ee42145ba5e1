#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/errors.h"

namespace hyperlab {

/// What reading a journal found: the events in order, and warnings about
/// lines that could not be read (a torn last line after a crash).
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
///
/// A write, flush or fsync that fails (disk full, I/O error) throws
/// JournalError naming the file and the OS error, and the journal stays
/// failed: every later append throws the same error. Whatever the C library
/// still buffers may or may not have reached the disk, so nothing more is
/// written after it that could land behind a half line.
class JournalError : public ProblemError {
public:
    using ProblemError::ProblemError;
};

class Journal {
public:
    /// Opens (creating if needed) for appending. When the file ends in a torn
    /// line, `validBytes` from a previous read() truncates it first. A file
    /// whose last event lacks only its newline gets one before the next event.
    explicit Journal(std::string path, long validBytes = -1,
                     std::chrono::milliseconds syncInterval = std::chrono::seconds(2));
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// Throws JournalError (see above).
    void append(const nlohmann::json& event, bool durable);
    /// Flushes and fsyncs whatever is buffered. Throws JournalError.
    void sync();
    /// The first write error, empty while every write succeeded.
    std::string error() const;

    const std::string& path() const { return m_path; }

    /// Reads every event. Only a last line that is the beginning of a JSON
    /// object cut short (the one being written at a crash) is torn: it
    /// becomes a warning and validBytes ends before it. Any other line that is
    /// not a JSON object, last or not, is corruption: InputError with
    /// file:line, and nothing is dropped. A last event that is complete but
    /// lacks its newline is kept.
    static JournalContents read(const std::string& path);

private:
    void syncLocked();
    [[noreturn]] void failLocked(ProblemCode what, int error);

    std::string m_path;
    std::FILE* m_file = nullptr;
    mutable std::mutex m_mutex;
    std::chrono::milliseconds m_syncInterval;
    std::chrono::steady_clock::time_point m_lastSync;
    bool m_dirty = false;
    Problem m_error;  // the first failure; the journal refuses writes after it
};

}  // namespace hyperlab
