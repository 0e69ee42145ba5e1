// `worker` joins a study kept in a PostgreSQL database: it claims, trains and
// reports trials until the study is done (docs/distributed.md). `search
// --storage` runs the same loop for its local workers.
#include <QStringList>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <mutex>
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

namespace {

// Says on stderr (and with --jsonl as an event) that the connection to the
// database broke, is being retried, came back or was given up.
class ConnectionReporter {
public:
    explicit ConnectionReporter(bool jsonl) : m_jsonl(jsonl) {}
    /// The printer for --jsonl events; null before it exists and after it
    /// is gone (the storage's heartbeat thread may report until then).
    void attach(StudyProgressPrinter* printer) {
        std::lock_guard lock(m_mutex);
        m_printer = printer;
    }
    /// The connection was lost for good: the worker should stop (any thread).
    bool gaveUp() const { return m_gaveUp.load(); }

    void operator()(const PgConnectionEvent& e) {
        using Kind = PgConnectionEvent::Kind;
        QString line;
        nlohmann::json event;
        switch (e.kind) {
            case Kind::Lost:
                line = CliText::tr("the database connection was lost (%1); reconnecting")
                           .arg(qs(e.error));
                event = {{"event", "connection_lost"}, {"error", e.error}};
                break;
            case Kind::Retrying:
                line = CliText::tr(
                           "still reconnecting after %1 s (attempt %2: %3); next "
                           "attempt in %4 s")
                           .arg(e.downSeconds, 0, 'f', 1)
                           .arg(e.attempt)
                           .arg(qs(e.error))
                           .arg(e.nextDelaySeconds, 0, 'f', 1);
                event = {{"event", "reconnecting"},
                         {"attempt", e.attempt},
                         {"seconds", e.downSeconds},
                         {"next_attempt_seconds", e.nextDelaySeconds},
                         {"error", e.error}};
                break;
            case Kind::Restored:
                line = CliText::tr("the database connection is back after %1 s (%2 attempt(s))")
                           .arg(e.downSeconds, 0, 'f', 1)
                           .arg(e.attempt);
                event = {
                    {"event", "reconnected"}, {"seconds", e.downSeconds}, {"attempts", e.attempt}};
                break;
            case Kind::GaveUp:
                m_gaveUp = true;
                line = CliText::tr("gave up reconnecting to the database after %1 s")
                           .arg(e.downSeconds, 0, 'f', 1);
                event = {{"event", "connection_given_up"},
                         {"seconds", e.downSeconds},
                         {"error", e.error}};
                break;
        }
        std::lock_guard lock(m_mutex);
        std::cerr << "hyperlab-cli: " << utf8(line) << std::endl;
        if (m_jsonl && m_printer)
            m_printer->printEvent(std::move(event));
    }

private:
    bool m_jsonl;
    std::atomic<bool> m_gaveUp{false};
    std::mutex m_mutex;  // m_printer: events come from any thread
    StudyProgressPrinter* m_printer = nullptr;
};

}  // namespace

int runDatabaseWorker(const Arguments& args, const std::string& studyName, int slots) {
    ThreadLimit limit(args.threads);
    installInterruptHandler();
    auto reporter = std::make_shared<ConnectionReporter>(args.jsonl);
    PgWorkerSettings settings;
    settings.workerId = localPgWorkerId();
    settings.maxClaims = args.maxTrials;
    if (args.reconnectTimeout >= 0)
        settings.reconnect.giveUpSeconds = args.reconnectTimeout;
    settings.onConnectionEvent = [reporter](const PgConnectionEvent& e) { (*reporter)(e); };
    settings.stopWaiting = interruptRequested;
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
    runner.setWorkers(slots > 0 ? slots : definition.effectiveWorkers());
    StudyProgressPrinter printer(std::cout, definition, args.jsonl, std::string());
    printer.setEventField("worker_id", settings.workerId);
    printer.setEventField("study", studyName);
    runner.addObserver(&printer);
    reporter->attach(&printer);
    struct Detach {
        ConnectionReporter& reporter;
        ~Detach() { reporter.attach(nullptr); }
    } detach{*reporter};  // before the printer goes
    if (!args.jsonl) {
        std::cout << utf8(CliText::tr("worker %1 joined study \"%2\": %3, %4 trials, objective %5")
                              .arg(qs(settings.workerId), qs(studyName), qs(definition.strategy))
                              .arg(definition.trials)
                              .arg(qs(definition.objective.describe())))
                  << "\n";
        std::cout << std::endl;
    }

    // A connection given up for good stops the trials that run (they could
    // not be recorded); the storage's thread that gives up holds its lock,
    // so the watcher, not the reporter, cancels the runner.
    std::jthread watcher = cancelOnInterrupt(runner, [reporter] { return reporter->gaveUp(); });
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
    if (reporter->gaveUp() && !interruptRequested()) {
        std::cerr << "hyperlab-cli: "
                  << utf8(CliText::tr("the database connection did not come back within %1 s "
                                      "(--reconnect-timeout); this worker stopped, and its "
                                      "running trials are retried elsewhere after the study's "
                                      "grace")
                              .arg(settings.reconnect.giveUpSeconds))
                  << "\n";
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
