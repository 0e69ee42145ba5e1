#include "study/storage/study_directory.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/errors.h"
#include "io/config_json.h"
#include "io/json_input.h"

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
        throw InputError(path, problem(ProblemCode::CannotWrite, {std::strerror(errno)}));
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.c_str());
            throw InputError(
                path, problem(ProblemCode::CannotWrite, {std::strerror(n < 0 ? error : ENOSPC)}));
        }
        written += std::size_t(n);
    }
    int error = ::fsync(fd) == 0 ? 0 : errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        ::unlink(temporary.c_str());
        throw InputError(path, problem(ProblemCode::CannotWrite, {std::strerror(error)}));
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        throw InputError(path, problem(ProblemCode::CannotWrite, {std::strerror(errno)}));
}

/// The whole file; InputError naming it when it cannot be read.
std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    if (!in || !(text << in.rdbuf()))
        throw InputError(path, problem(ProblemCode::CannotRead, {std::strerror(errno)}));
    return text.str();
}

bool holdsStudy(const std::string& directory) {
    std::error_code error;
    const std::string journal = StudyDirectory::journalPath(directory);
    return fs::exists(StudyDirectory::definitionPath(directory), error) ||
           (fs::is_regular_file(journal, error) && fs::file_size(journal, error) > 0);
}

json readDefinitionJson(const std::string& directory) {
    const std::string path = StudyDirectory::definitionPath(directory);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        throw InputError(directory,
                         "is not a study directory (no study.json; start one with "
                         "`hyperlab-cli search STUDY.json --out DIR`)");
    if (!fs::is_regular_file(status))
        throw InputError(path, problem(ProblemCode::DefinitionNotAFile));
    return readJsonFile(path, "study file");
}

}  // namespace

std::string StudyDirectory::definitionPath(const std::string& directory) {
    return (fs::path(directory) / "study.json").string();
}

std::string StudyDirectory::journalPath(const std::string& directory) {
    return (fs::path(directory) / "journal.jsonl").string();
}

std::string StudyDirectory::lockPath(const std::string& directory) {
    return (fs::path(directory) / "lock").string();
}

void StudyDirectory::refuseOverwrite(const std::string& path) {
    if (path.empty() || path == "-")
        return;
    const fs::path target = fs::path(path);
    const std::string directory = target.has_parent_path() ? target.parent_path().string() : ".";
    std::error_code error;
    // By name (the file may not exist yet) and by identity (a link to it).
    const bool byName = fs::exists(definitionPath(directory), error) &&
                        (target.filename() == "study.json" ||
                         target.filename() == "journal.jsonl" || target.filename() == "lock");
    bool linked = false;
    if (fs::exists(target, error)) {
        const fs::path real = fs::canonical(target, error);
        if (!error && fs::exists(definitionPath(real.parent_path().string()), error))
            linked = real.filename() == "study.json" || real.filename() == "journal.jsonl" ||
                     real.filename() == "lock";
    }
    if (byName || linked)
        throw InputError(path, problem(ProblemCode::WouldOverwriteStudy));
}

void StudyDirectory::copy(const std::string& source, const std::string& target) {
    if (!fs::is_regular_file(definitionPath(source)))
        throw InputError(source, "is not a study directory (no study.json)");
    std::error_code error;
    if (fs::exists(target, error) && fs::equivalent(source, target, error))
        throw InputError(target, problem(ProblemCode::SameStudyDirectory));
    fs::create_directories(target, error);
    if (error)
        throw InputError(target,
                         problem(ProblemCode::CannotCreateStudyDirectory, {error.message()}));
    if (fs::equivalent(source, target, error))
        throw InputError(target, problem(ProblemCode::SameStudyDirectory));
    DirectoryLock lock(target);
    if (holdsStudy(target))
        throw InputError(target, problem(ProblemCode::AlreadyHoldsStudy));
    // The definition first: the journal alone would not make a study.
    const std::string definition = readWholeFile(definitionPath(source));
    const std::string journal =
        fs::exists(journalPath(source)) ? readWholeFile(journalPath(source)) : std::string();
    writeFileDurably(journalPath(target), journal);
    writeFileDurably(definitionPath(target), definition);
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
        throw InputError(directory,
                         problem(ProblemCode::CannotCreateStudyDirectory, {error.message()}));
    auto lock = std::make_unique<DirectoryLock>(directory);
    if (holdsStudy(directory))
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
        Problem inFile = e.problem();
        inFile.file = definitionPath(directory);
        throw InputError(std::move(inFile));
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
