// `export` writes the best configs or the whole study; `leaderboard` prints
// the ranked trials. Both read a study directory without locking it, so they
// work while the study runs.
#include <fstream>
#include <iostream>

#include "commands.h"
#include "common/errors.h"
#include "search/study/study_directory.h"
#include "search/study/study_export.h"
#include "study_output.h"

namespace hyperlab::cli {

namespace {

LoadedStudy loadForReading(const std::string& directory) {
    LoadedStudy loaded = StudyDirectory::load(directory);
    for (const auto& w : loaded.warnings)
        std::cerr << "hyperlab-cli: warning: " << w << "\n";
    return loaded;
}

void writeText(const std::string& path, const std::string& text) {
    if (path == "-") {
        std::cout << text;
        return;
    }
    std::ofstream out(path, std::ios::binary);
    if (!(out << text))
        throw InputError(path, "cannot write the export");
}

}  // namespace

int exportCommand(const Arguments& args) {
    if (args.positional.size() != 1 || args.out.empty())
        throw InputError("export",
                         "expects a study directory and --out (usage: hyperlab-cli "
                         "export DIR --best K --out FILE_OR_DIR, or export DIR "
                         "--format json|csv --out FILE)");
    LoadedStudy loaded = loadForReading(args.positional[0]);
    const auto trials = snapshotsOf(std::move(loaded.trials));
    if (!args.format.empty()) {
        if (args.format == "json")
            writeText(args.out, studyToJson(loaded.definition, trials).dump(2) + "\n");
        else if (args.format == "csv")
            writeText(args.out, studyToCsv(loaded.definition, trials));
        else
            throw InputError("--format",
                             "unknown format \"" + args.format + "\" (allowed: json, csv)");
        if (args.out != "-")
            std::cout << "wrote " << trials.size() << " trials to " << args.out << "\n";
        return kExitOk;
    }
    const auto written = exportBestConfigs(loaded.definition, trials, args.best, args.out);
    for (const auto& path : written)
        std::cout << path << "\n";
    if (int(written.size()) < args.best)
        std::cerr << "hyperlab-cli: only " << written.size() << " trial(s) completed\n";
    return kExitOk;
}

int leaderboardCommand(const Arguments& args) {
    if (args.positional.size() != 1)
        throw InputError(
            "leaderboard",
            "expects a study directory (usage: hyperlab-cli leaderboard DIR [--jsonl])");
    LoadedStudy loaded = loadForReading(args.positional[0]);
    const auto trials = snapshotsOf(std::move(loaded.trials));
    if (args.jsonl) {
        printLeaderboardJsonl(std::cout, loaded.definition, trials);
    } else {
        std::cout << "objective: " << loaded.definition.objective.describe() << ", "
                  << trials.size() << " of " << loaded.definition.trials << " trials\n\n";
        printLeaderboard(std::cout, loaded.definition, trials);
    }
    return kExitOk;
}

}  // namespace hyperlab::cli
