// hyperlab-cli under SIGTERM: a study (function trials or real training)
// and a training run stop within a few seconds with exit code 1 ("stopped"),
// the journal stays consistent (no trial left running, the study recorded as
// cancelled) and `resume` finishes the study without losing or repeating a
// finished trial. The signal handler and the thread that watches it are also
// what the TSan build checks (scripts/sanitize.sh tsan).

#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <fstream>
#include <functional>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_process.h"

using nlohmann::json;

namespace {

// A stopped run must end this soon after the signal; generous for the
// sanitizer builds (a trial stops within one batch, the watcher polls every
// 20 ms).
constexpr qint64 kPromptStopMs = 5000;

/// Reads JSON lines from a running process until `enough` says stop.
std::vector<json> readEventsUntil(QProcess& p,
                                  const std::function<bool(const std::vector<json>&)>& enough,
                                  int timeoutMs = 120000) {
    std::vector<json> events;
    QElapsedTimer timer;
    timer.start();
    while (!enough(events) && timer.elapsed() < timeoutMs && p.state() != QProcess::NotRunning) {
        if (!p.canReadLine() && !p.waitForReadyRead(200))
            continue;
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (!line.isEmpty())
                events.push_back(json::parse(line.toStdString()));
        }
    }
    return events;
}

/// Sends SIGTERM and waits; the milliseconds until the process ended, or -1.
qint64 terminateAndTime(QProcess& p) {
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p.processId()), SIGTERM);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return timer.elapsed();
}

/// The journal of a stopped study: every started trial has finished (none
/// is left running), and the last event is the cancelled study.
void checkStoppedJournal(const QString& dir) {
    const auto events = journalEvents(dir);
    QVERIFY(!events.empty());
    std::set<int> open;
    for (const auto& e : events) {
        if (e["event"] == "trial_started")
            open.insert(e["trial"].get<int>());
        else if (e["event"] == "trial_finished")
            open.erase(e["trial"].get<int>());
    }
    QVERIFY2(open.empty(), "a trial is still running in the journal");
    QCOMPARE(events.back()["event"].get<std::string>(), std::string("study_finished"));
    QCOMPARE(events.back()["reason"].get<std::string>(), std::string("cancelled"));
}

}  // namespace

class TestCliInterrupt : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "HYPERLAB_CLI must name hyperlab-cli");
    }

    // A function study (trials of about 1 s) stopped after two trials, then
    // resumed to the end.
    void sigtermStopsASearchThatResumes() {
        QTemporaryDir temp;
        const QString studyFile = temp.path() + "/study.json";
        const QString dir = temp.path() + "/run";
        const int trials = 8;
        writeJson(studyFile, {{"objective",
                               {{"function", "branin"}, {"epochs", 40}, {"epoch_seconds", 0.025}}},
                              {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 3}}},
                              {"workers", 2}});
        QProcess p;
        p.start(cliPath(), {"search", studyFile, "--out", dir, "--jsonl"});
        QVERIFY(p.waitForStarted());
        const auto before = readEventsUntil(
            p, [](const auto& events) { return countEvents(events, "trial_finished") >= 2; });
        QVERIFY2(countEvents(before, "study_finished") == 0, "the study ended before the signal");
        QVERIFY(countEvents(before, "trial_finished") >= 2);

        const qint64 stopMs = terminateAndTime(p);
        qInfo("search stopped %lld ms after SIGTERM", stopMs);
        QVERIFY2(stopMs >= 0, "hyperlab-cli did not stop after SIGTERM");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);  // documented: 1 = stopped
        QVERIFY2(stopMs < kPromptStopMs, qPrintable(QString::number(stopMs)));
        const auto rest = jsonLines(p.readAllStandardOutput());
        QVERIFY(!rest.empty());
        QCOMPARE(rest.back()["event"].get<std::string>(), std::string("study_finished"));
        QCOMPARE(rest.back()["reason"].get<std::string>(), std::string("cancelled"));
        checkStoppedJournal(dir);

        std::set<int> completedBefore;
        for (const auto& e : journalEvents(dir))
            if (e["event"] == "trial_finished" && e["state"] == "completed")
                completedBefore.insert(e["trial"].get<int>());
        QVERIFY(completedBefore.size() >= 2);

        QProcess resumed;
        resumed.start(cliPath(), {"resume", dir, "--jsonl"});
        QVERIFY(resumed.waitForFinished(120000));
        QCOMPARE(resumed.exitCode(), 0);
        const auto after = jsonLines(resumed.readAllStandardOutput());
        QVERIFY(!after.empty());
        QCOMPARE(after.back()["event"].get<std::string>(), std::string("study_finished"));
        QCOMPARE(after.back()["completed"].get<int>(), trials);
        for (const auto& e : after)
            if (e["event"] == "trial_started")
                QVERIFY2(!completedBefore.count(e["trial"].get<int>()),
                         ("finished trial " + e["trial"].dump() + " ran again").c_str());
        std::map<int, int> completions;
        for (const auto& e : journalEvents(dir))
            if (e["event"] == "trial_finished" && e["state"] == "completed")
                ++completions[e["trial"].get<int>()];
        QCOMPARE(int(completions.size()), trials);
        for (const auto& [trial, n] : completions)
            QCOMPARE(n, 1);
    }

    // Real training trials that would run for minutes: the stop reaches them
    // within a batch.
    void sigtermStopsTrainingTrialsWithinABatch() {
        QTemporaryDir temp;
        const QString studyFile = temp.path() + "/study.json";
        const QString dir = temp.path() + "/run";
        writeJson(studyFile, json::parse(R"({
            "base": {"dataset": {"name": "spiral", "samples": 600, "validation_fraction": 0.2},
                     "model": {"hidden_layers": [32, 32]},
                     "training": {"optimizer": "adam", "epochs": 5000, "batch_size": 16}},
            "space": {"training.learning_rate": {"type": "float", "low": 0.001, "high": 0.01, "log": true}},
            "strategy": {"type": "random", "trials": 6, "seed": 1},
            "objective": {"metric": "val_accuracy"},
            "workers": 2})"));
        QProcess p;
        p.start(cliPath(), {"search", studyFile, "--out", dir, "--jsonl"});
        QVERIFY(p.waitForStarted());
        const auto before = readEventsUntil(
            p, [](const auto& events) { return countEvents(events, "epoch") >= 2; });
        QVERIFY(countEvents(before, "epoch") >= 2);

        const qint64 stopMs = terminateAndTime(p);
        qInfo("training study stopped %lld ms after SIGTERM", stopMs);
        QVERIFY2(stopMs >= 0, "hyperlab-cli did not stop after SIGTERM");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(stopMs < kPromptStopMs, qPrintable(QString::number(stopMs)));
        checkStoppedJournal(dir);
        int cancelled = 0;
        for (const auto& e : journalEvents(dir))
            if (e["event"] == "trial_finished")
                cancelled += e["state"] == "cancelled";
        QVERIFY(cancelled >= 1);

        // The stopped study opens again (the lock went with the process).
        QProcess board;
        board.start(cliPath(), {"leaderboard", dir, "--jsonl"});
        QVERIFY(board.waitForFinished(60000));
        QCOMPARE(board.exitCode(), 0);
    }

    void sigtermStopsTraining() {
        QTemporaryDir temp;
        const QString config = temp.path() + "/config.json";
        QProcess defaults;
        defaults.start(cliPath(), {"defaults"});
        QVERIFY(defaults.waitForFinished(60000));
        json c = json::parse(defaults.readAllStandardOutput().toStdString());
        c["training"]["epochs"] = 10000;
        c["training"]["early_stopping"]["patience"] = 0;  // off
        writeJson(config, c);

        QProcess p;
        p.start(cliPath(), {"train", config, "--jsonl"});
        QVERIFY(p.waitForStarted());
        const auto before = readEventsUntil(
            p, [](const auto& events) { return countEvents(events, "epoch") >= 1; });
        QVERIFY(countEvents(before, "epoch") >= 1);

        const qint64 stopMs = terminateAndTime(p);
        qInfo("training stopped %lld ms after SIGTERM", stopMs);
        QVERIFY2(stopMs >= 0, "hyperlab-cli did not stop after SIGTERM");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(stopMs < kPromptStopMs, qPrintable(QString::number(stopMs)));
        const auto rest = jsonLines(p.readAllStandardOutput());
        QVERIFY(!rest.empty());
        QCOMPARE(rest.back()["event"].get<std::string>(), std::string("result"));
        QCOMPARE(rest.back()["status"].get<std::string>(), std::string("failed"));
        QVERIFY2(rest.back()["reason"].get<std::string>().find("stopped") != std::string::npos,
                 rest.back().dump().c_str());
    }
};

QTEST_APPLESS_MAIN(TestCliInterrupt)
#include "tst_cli_interrupt.moc"
