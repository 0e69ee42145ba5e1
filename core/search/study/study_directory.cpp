#include "search/study/study_directory.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/errors.h"
#include "io/config_json.h"

namespace hyperlab {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

/// Writes beside the target, fsyncs and renames, so study.json is never
/// half-written.
void writeFileDurably(const std::string& path, const std::string& text) {
    const std::string temporary = path + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw InputError(path, std::string("cannot write: ") + std::strerror(errno));
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n <= 0) {
            ::close(fd);
            throw InputError(path, std::string("cannot write: ") + std::strerror(errno));
        }
        written += std::size_t(n);
    }
    ::fsync(fd);
    ::close(fd);
    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        throw InputError(path, std::string("cannot write: ") + std::strerror(errno));
}

json readDefinitionJson(const std::string& directory) {
    const std::string path = StudyDirectory::definitionPath(directory);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(directory,
                         "is not a study directory (no study.json; start one with "
                         "`hyperlab-cli search STUDY.json --out DIR`)");
    std::stringstream text;
    text << in.rdbuf();
    return parseJsonText(text.str(), path);
}

}  // namespace

std::string StudyDirectory::definitionPath(const std::string& directory) {
    return (fs::path(directory) / "study.json").string();
}

std::string StudyDirectory::journalPath(const std::string& directory) {
    return (fs::path(directory) / "journal.jsonl").string();
}

StudyDirectory::StudyDirectory(std::string path, std::unique_ptr<DirectoryLock> lock)
    : m_path(std::move(path)), m_lock(std::move(lock)) {}

StudyDirectory::~StudyDirectory() {
    // Members go in reverse order: journal (synced) before the lock.
    m_studyJournal.reset();
    m_journal.reset();
    m_study.reset();
}

std::unique_ptr<StudyDirectory> StudyDirectory::create(const std::string& directory,
                                                       const json& studyJson) {
    StudyDefinition definition = StudyDefinition::fromJson(studyJson);
    std::error_code error;
    fs::create_directories(directory, error);
    if (error)
        throw InputError(directory, "cannot create the study directory: " + error.message());
    auto lock = std::make_unique<DirectoryLock>(directory);
    if (fs::exists(definitionPath(directory)) ||
        (fs::exists(journalPath(directory)) && fs::file_size(journalPath(directory)) > 0))
        throw InputError(directory,
                         "already holds a study (continue it with `hyperlab-cli "
                         "resume " +
                             directory + "`, or choose another --out)");
    writeFileDurably(definitionPath(directory), studyJson.dump(2) + "\n");
    std::unique_ptr<StudyDirectory> out(new StudyDirectory(directory, std::move(lock)));
    out->m_study = std::make_unique<Study>(std::move(definition));
    out->m_journal = std::make_unique<Journal>(journalPath(directory));
    out->m_studyJournal = std::make_unique<StudyJournal>(*out->m_journal);
    return out;
}

LoadedStudy StudyDirectory::load(const std::string& directory) {
    LoadedStudy loaded;
    loaded.source = readDefinitionJson(directory);
    try {
        loaded.definition = StudyDefinition::fromJson(loaded.source);
    } catch (const InputError& e) {
        throw InputError(
            definitionPath(directory) + ": " + e.field(),
            std::string(e.what()).substr(e.field().empty() ? 0 : e.field().size() + 2));
    }
    JournalContents contents = Journal::read(journalPath(directory));
    loaded.warnings = contents.warnings;
    loaded.journalValidBytes = contents.validBytes;
    loaded.trials = StudyJournal::replay(contents.events, &loaded.warnings);
    return loaded;
}

std::unique_ptr<StudyDirectory> StudyDirectory::open(const std::string& directory) {
    if (!fs::is_directory(directory))
        throw InputError(directory, "no such study directory");
    auto lock = std::make_unique<DirectoryLock>(directory);
    LoadedStudy loaded = load(directory);
    std::unique_ptr<StudyDirectory> out(new StudyDirectory(directory, std::move(lock)));
    out->m_warnings = std::move(loaded.warnings);
    out->m_study = std::make_unique<Study>(std::move(loaded.definition));
    for (Trial& t : loaded.trials)
        out->m_study->restore(std::move(t));
    // validBytes cuts a torn last line off before the next append.
    out->m_journal = std::make_unique<Journal>(journalPath(directory), loaded.journalValidBytes);
    out->m_studyJournal = std::make_unique<StudyJournal>(*out->m_journal);
    return out;
}

}  // namespace hyperlab
