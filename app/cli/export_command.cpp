// `export` writes the best configs or the whole study; `leaderboard` prints
// the ranked trials. Both read a study directory without locking it, so they
// work while the study runs.
#include <fstream>
#include <iostream>

#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/study_directory.h"
#include "study/storage/study_export.h"
#include "study_output.h"

namespace hyperlab::cli {

namespace {

// A study directory (the one positional argument), or with --storage URL
// --study NAME a study in a database; errors name `command` and show `usage`.
LoadedStudy loadForReading(const Arguments& args, const char* command, const QString& usage) {
    if (!args.storage.empty() || !args.study.empty()) {
        if (args.storage.empty() || args.study.empty() || !args.positional.empty())
            throw InputError(args.storage.empty() ? "--storage" : "--study",
                             utf8(CliText::tr("a study in a database needs both --storage URL "
                                              "and --study NAME, and no directory")));
        PgConnection connection(args.storage);
        ensurePgSchema(connection);
        const PgStudyRecord record = findPgStudy(connection, args.study);
        LoadedStudy loaded;
        loaded.source = record.source;
        loaded.definition = StudyDefinition::fromJson(record.source);
        loaded.trials = loadPgTrials(connection, record.id, true);
        return loaded;
    }
    if (args.positional.size() != 1)
        throw InputError(command, utf8(usage));
    LoadedStudy loaded = StudyDirectory::load(args.positional[0]);
    for (const auto& w : loaded.warnings)
        printWarning(w);
    return loaded;
}

void writeText(const std::string& path, const std::string& text) {
    if (path == "-") {
        std::cout << text;
        return;
    }
    StudyDirectory::refuseOverwrite(path);
    std::ofstream out(path, std::ios::binary);
    if (!(out << text) || !out.flush())
        throw InputError(path, utf8(CliText::tr("cannot write the export")));
}

}  // namespace

int exportCommand(const Arguments& args) {
    const QString usage = CliText::tr(
        "expects a study directory (or --storage URL --study NAME) and --out (usage: "
        "hyperlab-cli export DIR --best K --out FILE_OR_DIR, or export DIR --format "
        "json|csv --out FILE)");
    if (args.out.empty())
        throw InputError("export", utf8(usage));
    LoadedStudy loaded = loadForReading(args, "export", usage);
    const auto trials = snapshotsOf(std::move(loaded.trials));
    if (!args.format.empty()) {
        if (args.format == "json")
            writeText(args.out, studyToJson(loaded.definition, trials).dump(2) + "\n");
        else if (args.format == "csv")
            writeText(args.out, studyToCsv(loaded.definition, trials));
        else
            throw InputError("--format",
                             utf8(CliText::tr("unknown format \"%1\" (allowed: json, csv)")
                                      .arg(QString::fromStdString(args.format))));
        if (args.out != "-")
            std::cout << utf8(CliText::tr("wrote %1 trials to %2")
                                  .arg(qsizetype(trials.size()))
                                  .arg(QString::fromStdString(args.out)))
                      << "\n";
        return kExitOk;
    }
    const auto written = exportBestConfigs(loaded.definition, trials, args.best, args.out);
    for (const auto& path : written)
        std::cout << path << "\n";
    if (int(written.size()) < args.best)
        std::cerr << "hyperlab-cli: "
                  << utf8(CliText::tr("only %1 trial(s) completed").arg(qsizetype(written.size())))
                  << "\n";
    return kExitOk;
}

int leaderboardCommand(const Arguments& args) {
    LoadedStudy loaded = loadForReading(
        args, "leaderboard",
        CliText::tr("expects a study directory or --storage URL --study NAME (usage: "
                    "hyperlab-cli leaderboard DIR [--jsonl])"));
    const auto trials = snapshotsOf(std::move(loaded.trials));
    if (args.jsonl) {
        printLeaderboardJsonl(std::cout, loaded.definition, trials);
    } else {
        std::cout << utf8(CliText::tr("objective: %1, %2 of %3 trials")
                              .arg(QString::fromStdString(loaded.definition.objective.describe()))
                              .arg(qsizetype(trials.size()))
                              .arg(loaded.definition.trials))
                  << "\n\n";
        printLeaderboard(std::cout, loaded.definition, trials);
    }
    return kExitOk;
}

}  // namespace hyperlab::cli
