#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/directory_lock.h"
#include "io/journal.h"
#include "study/model/study.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"
#include "study/storage/study_journal.h"

namespace hyperlab {

/// A study read from its directory without taking the lock (leaderboard,
/// export, a GUI browsing old studies).
struct LoadedStudy {
    nlohmann::json source;  ///< study.json as written
    StudyDefinition definition;
    std::vector<Trial> trials;          ///< as the journal left them (running ones still Running)
    std::vector<std::string> warnings;  ///< a truncated last line, ignored events
    long journalValidBytes = 0;
};

/// A study on disk: DIR/study.json (the definition as given), DIR/journal.jsonl
/// (the events, see StudyJournal) and DIR/lock. An open StudyDirectory holds
/// the directory's lock, so a second process opening the same study is
/// refused; the kernel drops the lock when the process dies, even by SIGKILL.
class StudyDirectory {
public:
    /// Starts a new study in `directory` (created if needed). Refuses a
    /// directory that already holds a study or that another process has open
    /// (InputError naming the directory).
    static std::unique_ptr<StudyDirectory> create(const std::string& directory,
                                                  const nlohmann::json& studyJson);
    /// Opens an existing study to continue it: takes the lock, reads the
    /// definition, replays the journal (cutting off a torn last line, which
    /// is reported in warnings()) and re-queues trials that were running.
    static std::unique_ptr<StudyDirectory> open(const std::string& directory);
    /// Reads a study without locking or changing anything.
    static LoadedStudy load(const std::string& directory);

    ~StudyDirectory();

    const std::string& path() const { return m_path; }
    Study& study() { return *m_study; }
    StudyJournal& journal() { return *m_studyJournal; }
    const std::vector<std::string>& warnings() const { return m_warnings; }

    /// Copies the study in `source` (its study.json and journal.jsonl; the
    /// lock stays) into `target`, created if needed. Refuses, changing
    /// nothing, when `target` is `source` itself, holds a study already, or
    /// is locked by another process. Works while `source` runs: the copy
    /// holds the events written so far (a line being written is cut off as
    /// a torn one when the copy is opened).
    static void copy(const std::string& source, const std::string& target);
    /// Throws InputError when writing `path` would overwrite a file of a
    /// study directory (study.json, journal.jsonl, lock): exports call it
    /// before they write.
    static void refuseOverwrite(const std::string& path);

    static std::string definitionPath(const std::string& directory);
    static std::string journalPath(const std::string& directory);
    static std::string lockPath(const std::string& directory);

private:
    StudyDirectory(std::string path, std::unique_ptr<DirectoryLock> lock);

    std::string m_path;
    std::unique_ptr<DirectoryLock> m_lock;
    std::unique_ptr<Study> m_study;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<StudyJournal> m_studyJournal;
    std::vector<std::string> m_warnings;
};

}  // namespace hyperlab
