// `search` starts a study in a directory, `resume` continues one; both run it
// on the trial pool and print its events as they come.
#include <chrono>
#include <iostream>
#include <thread>

#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "interrupt_watcher.h"
#include "io/config_json.h"
#include "study/execution/dataset_fingerprint.h"
#include "study/execution/study_runner.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/study_directory.h"
#include "study_output.h"

namespace hyperlab::cli {

namespace {

int runStudy(StudyDirectory& directory, const Arguments& args, bool resumed) {
    if (args.workers == 0)
        throw InputError("--workers",
                         utf8(CliText::tr("0 (create the study, run nothing) only applies with "
                                          "--storage URL (allowed here: 1 to 1024)")));
    ThreadLimit limit(args.threads);
    installInterruptHandler();
    Study& study = directory.study();
    const StudyDefinition& definition = study.definition();
    for (const auto& w : definition.warnings)
        printWarning(w);
    for (const auto& w : directory.warnings())
        printWarning(w);

    StudyRunner runner(study, &directory.journal());
    if (args.workers > 0)
        runner.setWorkers(args.workers);
    StudyProgressPrinter printer(std::cout, definition, args.jsonl, directory.path());
    runner.addObserver(&printer);

    if (!args.jsonl) {
        const TrialCounts counts = study.counts();
        const QString where = qs(directory.path());
        QString line = definition.name.empty()
                           ? (resumed ? CliText::tr("Resuming study in %1")
                                      : CliText::tr("Starting study in %1"))
                                 .arg(where)
                           : (resumed ? CliText::tr("Resuming study \"%1\" in %2")
                                      : CliText::tr("Starting study \"%1\" in %2"))
                                 .arg(qs(definition.name), where);
        line += CliText::tr(": %1, %2 trials, %3 worker(s), objective %4")
                    .arg(qs(definition.strategy), QString::number(definition.trials),
                         QString::number(runner.workers()), qs(definition.objective.describe()));
        if (definition.pruner.type != "none")
            line += CliText::tr(", pruner %1").arg(qs(definition.pruner.type));
        if (definition.repeats > 1)
            line += CliText::tr(", %1 seeds per config").arg(definition.repeats);
        std::cout << utf8(line) << "\n";
        if (resumed)
            std::cout << utf8(CliText::tr("%1 trial(s) already finished, %2 to run again")
                                  .arg(counts.finished())
                                  .arg(counts.queued))
                      << "\n";
        std::cout << std::endl;
    }

    // Ctrl-C / SIGTERM: stop cleanly (running trials end within a batch and
    // are journaled as resumable).
    std::jthread watcher = cancelOnInterrupt(runner);
    const StudySummary summary = runner.run();
    watcher.request_stop();

    if (!args.jsonl) {
        std::cout << "\n";
        printLeaderboard(std::cout, definition, study.trials(), 10);
        if (summary.reason == "cancelled")
            std::cout << "\n"
                      << utf8(CliText::tr("stopped; continue with `hyperlab-cli resume %1`")
                                  .arg(QString::fromStdString(directory.path())))
                      << "\n";
    }
    if (summary.reason == "error") {
        std::cerr << "hyperlab-cli: " << coreMessage(summary.errorProblem) << "\n";
        if (!summary.unsavedTrials.empty())
            std::cerr << "hyperlab-cli: " << unsavedTrialsText(summary.unsavedTrials) << "\n";
        return kExitFailed;
    }
    return summary.reason == "cancelled" ? kExitFailed : kExitOk;
}

// search --storage: the study goes into the database, where any number of
// `worker` processes join it; this process runs --workers of them itself.
int searchInDatabase(const Arguments& args) {
    if (!args.out.empty())
        throw InputError("--out", utf8(CliText::tr("give either --out DIR (a study directory) or "
                                                   "--storage URL (a database), not both")));
    const std::string path = args.positional[0];
    const StudyDefinition definition = StudyDefinition::load(path);
    const nlohmann::json source = readJsonFile(path, "study file");
    const std::string name = args.name.empty() ? definition.name : args.name;
    if (name.empty())
        throw InputError("--name", utf8(CliText::tr("the study file has no \"name\": give the "
                                                    "study one with --name NAME (workers join it "
                                                    "by that name)")));
    // The fingerprint of this machine's data: every worker must match it.
    const std::string fingerprint = studyDatasetFingerprint(definition);
    {
        PgConnection connection(args.storage);
        ensurePgSchema(connection);
        createPgStudy(connection, name, source, fingerprint,
                      args.maxRetries >= 0 ? args.maxRetries : kDefaultMaxRetries,
                      args.graceSeconds > 0 ? args.graceSeconds : kDefaultGraceSeconds);
    }
    if (!args.jsonl)
        std::cout << utf8(CliText::tr("created study \"%1\" in the database: %2, %3 trials; "
                                      "join it with `hyperlab-cli worker --storage URL --study "
                                      "%1`")
                              .arg(qs(name), qs(definition.strategy))
                              .arg(definition.trials))
                  << std::endl;
    if (args.workers == 0)
        return kExitOk;
    return runDatabaseWorker(args, name, args.workers < 0 ? 0 : args.workers);
}

}  // namespace

int searchCommand(const Arguments& args) {
    if (args.positional.size() == 1 && !args.storage.empty())
        return searchInDatabase(args);
    if (!args.name.empty())
        throw InputError("--name", utf8(CliText::tr("only applies with --storage URL (a study "
                                                    "directory is named by its folder)")));
    if (args.positional.size() != 1 || args.out.empty())
        throw InputError(
            "search",
            utf8(CliText::tr("expects a study file and --out DIR or --storage URL (usage: "
                             "hyperlab-cli search STUDY.json --out DIR [--workers N] "
                             "[--jsonl], or search STUDY.json --storage URL [--name "
                             "NAME] [--workers N])")));
    const std::string path = args.positional[0];
    // Reads and checks the file first, so a bad study never creates DIR.
    StudyDefinition::load(path);
    const nlohmann::json source = readJsonFile(path, "study file");
    auto directory = StudyDirectory::create(args.out, source);
    return runStudy(*directory, args, false);
}

// resume --storage URL --study NAME: local workers on a study in the
// database, as `worker` runs them (a database study has no process of its
// own to resume; any worker continues it).
int resumeInDatabase(const Arguments& args) {
    if (args.storage.empty() || args.study.empty() || !args.positional.empty())
        throw InputError(args.storage.empty() ? "--storage"
                         : args.study.empty() ? "--study"
                                              : "resume",
                         utf8(CliText::tr("a study in a database needs both --storage URL and "
                                          "--study NAME, and no directory")));
    if (args.workers == 0)
        throw InputError("--workers", utf8(CliText::tr("resume runs at least 1 trial at a time "
                                                       "(allowed: 1 to 1024)")));
    if (!args.jsonl) {
        PgConnection connection(args.storage);
        ensurePgSchema(connection);
        findPgStudy(connection, args.study);  // an unknown name lists the studies there
        for (const PgStudyListing& s : listPgStudies(connection))
            if (s.name == args.study)
                std::cout << utf8(CliText::tr("Resuming study \"%1\" in the database: %2 "
                                              "trial(s) finished, %3 queued, %4 running on "
                                              "other workers")
                                      .arg(qs(s.name))
                                      .arg(s.completed + s.pruned + s.failed + s.cancelled)
                                      .arg(s.queued)
                                      .arg(s.running))
                          << "\n";
    }
    return runDatabaseWorker(args, args.study, args.workers < 0 ? 0 : args.workers);
}

int resumeCommand(const Arguments& args) {
    if (!args.storage.empty() || !args.study.empty())
        return resumeInDatabase(args);
    if (args.positional.size() != 1)
        throw InputError(
            "resume", utf8(CliText::tr("expects a study directory (usage: hyperlab-cli resume DIR "
                                       "[--workers N] [--jsonl], or resume --storage URL --study "
                                       "NAME [--workers N] [--jsonl])")));
    auto directory = StudyDirectory::open(args.positional[0]);
    return runStudy(*directory, args, true);
}

}  // namespace hyperlab::cli
