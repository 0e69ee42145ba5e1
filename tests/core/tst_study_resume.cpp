// The CLI end to end: a study killed with SIGKILL mid-run and resumed loses
// no completed trial and repeats none; a torn journal line is tolerated and
// reported; a second process on a running study is refused; Ctrl-C stops a
// study cleanly; exported configs train unchanged.

#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_process.h"

using nlohmann::json;

namespace {

/// A function study whose trials last about epochs * epochSeconds.
json slowStudy(int trials, int epochs, double epochSeconds) {
    return {{"objective",
             {{"function", "branin"}, {"epochs", epochs}, {"epoch_seconds", epochSeconds}}},
            {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 7}}},
            {"workers", 2}};
}

/// Reads JSON lines from a running process until `enough` says stop.
std::vector<json> readEventsUntil(QProcess& p,
                                  const std::function<bool(const std::vector<json>&)>& enough,
                                  int timeoutMs = 60000) {
    std::vector<json> events;
    QElapsedTimer timer;
    timer.start();
    while (!enough(events) && timer.elapsed() < timeoutMs) {
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

}  // namespace

class TestStudyResume : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "HYPERLAB_CLI must name hyperlab-cli");
    }

    void killedStudyResumesWithoutLossOrRepeats() {
        QTemporaryDir temp;
        const QString studyFile = temp.path() + "/study.json";
        const QString dir = temp.path() + "/run";
        writeJson(studyFile, slowStudy(24, 4, 0.02));

        QProcess p;
        p.start(cliPath(), {"search", studyFile, "--out", dir, "--jsonl"});
        QVERIFY(p.waitForStarted());
        const auto before = readEventsUntil(
            p, [](const auto& events) { return countEvents(events, "trial_finished") >= 6; });
        p.kill();  // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished(10000));
        std::map<int, double> reported;
        for (const auto& e : before)
            if (e["event"] == "trial_finished")
                reported[e["trial"].get<int>()] = e["value"].get<double>();
        QVERIFY(reported.size() >= 6);
        QVERIFY2(reported.size() < 24, "the study finished before it could be killed");

        // Every trial reported finished is already in the journal (durable).
        std::map<int, double> journaled;
        for (const auto& e : journalEvents(dir))
            if (e["event"] == "trial_finished")
                journaled[e["trial"].get<int>()] = e["value"].get<double>();
        for (const auto& [trial, value] : reported)
            QCOMPARE(journaled.at(trial), value);

        // A crash while writing: a torn last line.
        {
            std::ofstream out((dir + "/journal.jsonl").toStdString(), std::ios::app);
            out << R"({"event":"epoch","trial":)";
        }
        const CliResult resumed = runCli({"resume", dir, "--jsonl"});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY2(resumed.err.contains("incomplete"), resumed.err.constData());
        const auto after = jsonLines(resumed.out);
        QCOMPARE(after.back()["event"].get<std::string>(), std::string("study_finished"));
        QCOMPARE(after.back()["trials"].get<int>(), 24);
        QCOMPARE(after.back()["completed"].get<int>(), 24);
        // No trial finished before the kill ran again.
        for (const auto& e : after)
            if (e["event"] == "trial_started")
                QVERIFY2(!reported.count(e["trial"].get<int>()),
                         ("trial " + e["trial"].dump() + " ran twice").c_str());

        // The final record: every trial once, completed, old values kept.
        const CliResult board = runCli({"leaderboard", dir, "--jsonl"});
        QCOMPARE(board.exitCode, 0);
        const auto rows = jsonLines(board.out);
        QCOMPARE(rows.size(), std::size_t(24));
        std::set<int> numbers;
        for (const auto& row : rows) {
            numbers.insert(row["trial"].get<int>());
            QCOMPARE(row["state"].get<std::string>(), std::string("completed"));
            const int trial = row["trial"].get<int>();
            if (reported.count(trial))
                QCOMPARE(row["value"].get<double>(), reported[trial]);
        }
        QCOMPARE(numbers.size(), std::size_t(24));
        QCOMPARE(*numbers.rbegin(), 23);
        std::map<int, int> completions;
        for (const auto& e : journalEvents(dir))
            if (e["event"] == "trial_finished" && e["state"] == "completed")
                ++completions[e["trial"].get<int>()];
        for (const auto& [trial, n] : completions)
            QCOMPARE(n, 1);
    }

    void aRunningStudyCannotBeOpenedTwice() {
        QTemporaryDir temp;
        const QString studyFile = temp.path() + "/study.json";
        const QString dir = temp.path() + "/run";
        writeJson(studyFile, slowStudy(4, 200, 0.05));
        QProcess p;
        p.start(cliPath(), {"search", studyFile, "--out", dir, "--jsonl"});
        readEventsUntil(
            p, [](const auto& events) { return countEvents(events, "trial_started") >= 1; });

        const CliResult second = runCli({"resume", dir});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains("another process"), second.err.constData());
        const CliResult again = runCli({"search", studyFile, "--out", dir});
        QCOMPARE(again.exitCode, 2);
        p.kill();
        p.waitForFinished();
        // The kernel dropped the lock with the process.
        const CliResult board = runCli({"leaderboard", dir});
        QCOMPARE(board.exitCode, 0);
    }

    void interruptStopsTheStudyCleanly() {
        QTemporaryDir temp;
        const QString studyFile = temp.path() + "/study.json";
        const QString dir = temp.path() + "/run";
        writeJson(studyFile, slowStudy(10, 100, 0.01));  // about 1 s per trial
        QProcess p;
        p.start(cliPath(), {"search", studyFile, "--out", dir, "--jsonl"});
        readEventsUntil(p, [](const auto& events) { return countEvents(events, "epoch") >= 20; });
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        const qint64 stopMs = timer.elapsed();
        qInfo("stopped %lld ms after SIGINT", stopMs);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(stopMs < 2000);
        const auto rest = jsonLines(p.readAllStandardOutput());
        QCOMPARE(rest.back()["event"].get<std::string>(), std::string("study_finished"));
        QCOMPARE(rest.back()["reason"].get<std::string>(), std::string("cancelled"));
        QCOMPARE(journalEvents(dir).back()["event"].get<std::string>(),
                 std::string("study_finished"));
    }

    void exportedConfigsTrainUnchanged() {
        QTemporaryDir temp;
        const QString studyFile = temp.path() + "/study.json";
        const QString dir = temp.path() + "/run";
        writeJson(studyFile, json::parse(R"({
            "base": {"dataset": {"name": "spiral", "samples": 300, "validation_fraction": 0.2},
                     "training": {"optimizer": "adam", "epochs": 3, "batch_size": 16}},
            "space": {"training.learning_rate": {"type": "float", "low": 0.001, "high": 0.1, "log": true},
                      "model.hidden_layers": {"type": "categorical", "values": [[8], [16, 16]]}},
            "strategy": {"type": "random", "trials": 4},
            "objective": {"metric": "val_accuracy"},
            "workers": 2})"));
        const CliResult search = runCli({"search", studyFile, "--out", dir});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains("study finished (budget)"));

        const QString best = temp.path() + "/best.json";
        QCOMPARE(runCli({"export", dir, "--best", "1", "--out", best}).exitCode, 0);
        const CliResult train = runCli({"train", best, "--jsonl"});
        QCOMPARE(train.exitCode, 0);
        QCOMPARE(jsonLines(train.out).back()["status"].get<std::string>(),
                 std::string("completed"));

        const QString bestDir = temp.path() + "/top";
        const CliResult top = runCli({"export", dir, "--best", "2", "--out", bestDir});
        QCOMPARE(top.exitCode, 0);
        QCOMPARE(QDir(bestDir).entryList({"*.json"}).size(), 2);

        const QString csv = temp.path() + "/study.csv";
        QCOMPARE(runCli({"export", dir, "--format", "csv", "--out", csv}).exitCode, 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count('\n'), 5);
        QCOMPARE(runCli({"export", dir, "--format", "xml", "--out", csv}).exitCode, 2);
    }
};

QTEST_APPLESS_MAIN(TestStudyResume)
#include "tst_study_resume.moc"
