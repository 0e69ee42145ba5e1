// `worker` joins a study kept in a PostgreSQL database: it claims, trains and
// reports trials until the study is done (docs/distributed.md). `search
// --storage` runs the same loop for its local workers.
#include <QStringList>

#include <chrono>
#include <iostream>
#include <thread>

#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "interrupt_watcher.h"
#include "study/execution/dataset_fingerprint.h"
#include "study/execution/study_runner.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_worker_id.h"
#include "study/storage/postgres/postgres_study_storage.h"
#include "study_output.h"

namespace hyperlab::cli {

int runDatabaseWorker(const Arguments& args, const std::string& studyName, int slots) {
    ThreadLimit limit(args.threads);
    installInterruptHandler();
    PgWorkerSettings settings;
    settings.workerId = localPgWorkerId();
    settings.maxClaims = args.maxTrials;
    // A paused worker would look hung: it says why it waits, and when it
    // goes on (stopped is said once the run ends, below).
    settings.onStudyState = [&args, &settings, &studyName](PgStudyState state) {
        if (state == PgStudyState::Stopped)
            return;
        std::string line;
        if (args.jsonl)
            line = nlohmann::json{{"event", "study_state"},
                                  {"state", pgStudyStateName(state)},
                                  {"worker_id", settings.workerId},
                                  {"study", studyName}}
                       .dump();
        else
            line = utf8(state == PgStudyState::Paused
                            ? CliText::tr("study \"%1\" is paused: worker %2 claims no new trial "
                                          "until it is resumed")
                                  .arg(qs(studyName), qs(settings.workerId))
                            : CliText::tr("study \"%1\" runs again: worker %2 claims trials")
                                  .arg(qs(studyName), qs(settings.workerId)));
        std::cout << line + "\n" << std::flush;
    };
    PostgresStudyStorage storage(args.storage, studyName, settings);
    const StudyDefinition& definition = storage.study().definition();
    for (const auto& w : definition.warnings)
        printWarning(w);
    // Trials trained on other data would mix into one leaderboard: refuse.
    const std::string local = studyDatasetFingerprint(definition);
    if (local != storage.record().datasetFingerprint)
        throw InputError(
            "--study",
            utf8(CliText::tr("this machine's dataset differs from the one study \"%1\" was "
                             "created with (here: %2, study: %3); give every machine the same "
                             "data files")
                     .arg(qs(studyName), qs(local), qs(storage.record().datasetFingerprint))));

    StudyRunner runner(storage.study(), storage);
    runner.setWorkers(slots);
    StudyProgressPrinter printer(std::cout, definition, args.jsonl, std::string());
    printer.setEventField("worker_id", settings.workerId);
    printer.setEventField("study", studyName);
    runner.addObserver(&printer);
    if (!args.jsonl)
        std::cout << utf8(CliText::tr("worker %1 joined study \"%2\": %3, %4 trials, objective %5")
                              .arg(qs(settings.workerId), qs(studyName), qs(definition.strategy))
                              .arg(definition.trials)
                              .arg(qs(definition.objective.describe())))
                  << "\n"
                  << std::endl;

    std::jthread watcher = cancelOnInterrupt(runner);
    const StudySummary summary = runner.run();
    watcher.request_stop();

    if (storage.stoppedByStudy()) {
        // Not an error (exit 0): someone stopped the study on purpose.
        if (args.jsonl)
            std::cout << nlohmann::json{{"event", "worker_stopped"},
                                        {"reason", "study_stopped"},
                                        {"worker_id", settings.workerId},
                                        {"study", studyName}}
                             .dump()
                      << std::endl;
        else
            std::cout << utf8(CliText::tr(
                                  "study \"%1\" was stopped (hyperlab-cli studies --stop, or "
                                  "Stop in the desktop application): worker %2 claims no "
                                  "more trials")
                                  .arg(qs(studyName), qs(settings.workerId)))
                      << std::endl;
    }
    const std::vector<int> dropped = storage.droppedResults();
    if (!dropped.empty()) {
        QStringList numbers;
        for (int n : dropped)
            numbers << QString::number(n);
        printWarning(utf8(CliText::tr("trial(s) %1 finished here after the study had declared "
                                      "this worker lost; their retries count instead")
                              .arg(numbers.join(QStringLiteral(", ")))));
    }
    if (summary.reason == "error") {
        std::cerr << "hyperlab-cli: " << coreMessage(summary.errorProblem) << "\n";
        return kExitFailed;
    }
    return summary.reason == "cancelled" ? kExitFailed : kExitOk;
}

int workerCommand(const Arguments& args) {
    if (!args.positional.empty() || args.storage.empty() || args.study.empty())
        throw InputError("worker",
                         utf8(CliText::tr("expects --storage URL and --study NAME (usage: "
                                          "hyperlab-cli worker --storage URL --study NAME "
                                          "[--workers N] [--threads N] [--max-trials K] "
                                          "[--jsonl])")));
    if (args.workers == 0)
        throw InputError("--workers", utf8(CliText::tr("a worker runs at least 1 trial at a "
                                                       "time (allowed: 1 to 1024)")));
    return runDatabaseWorker(args, args.study, args.workers < 0 ? 1 : args.workers);
}

}  // namespace hyperlab::cli
