// The CLI when the disk is full or an export points at the study itself:
// a study whose journal cannot be written exits 1 naming the file and the
// OS error, with every trial it reported finished either in the journal or
// listed as unsaved; resume on a full disk fails at once; exports refuse to
// overwrite a study's own files and leave the study readable.
//
// A full disk is simulated with a file-size limit (ulimit -f) on the CLI's
// process: writes past it fail with EFBIG exactly as they fail with ENOSPC
// on a full file system, through the same code.

#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <cstring>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_process.h"

using nlohmann::json;

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeStudy(const QTemporaryDir& temp, int trials) {
    const QString path = temp.filePath(QStringLiteral("study.json"));
    std::ofstream(path.toStdString()) << json{
        {"objective", {{"function", "branin"}, {"epochs", 3}}},
        {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 2}}},
        {"workers", 2}}.dump(2);
    return path;
}

/// Trial number -> state, from `leaderboard --jsonl` (what the journal holds).
std::map<int, std::string> savedStates(const QString& dir) {
    const CliResult board = runCli({QStringLiteral("leaderboard"), dir, QStringLiteral("--jsonl")});
    std::map<int, std::string> states;
    for (const json& row : jsonLines(board.out))
        if (row.contains("trial"))
            states[row.at("trial").get<int>()] = row.at("state").get<std::string>();
    return states;
}

}  // namespace

class TestCliFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "HYPERLAB_CLI must name hyperlab-cli");
    }

    void aFullDiskFailsTheSearchAndLosesNothingSilently() {
        QTemporaryDir temp;
        const QString study = writeStudy(temp, 60);
        const QString dir = temp.filePath(QStringLiteral("run"));
        // 8 KiB of journal: some trials fit, the study does not.
        const CliResult search = runCli({QStringLiteral("search"), study, QStringLiteral("--out"),
                                         dir, QStringLiteral("--jsonl")},
                                        120000, 8);
        QCOMPARE(search.exitCode, 1);
        QVERIFY2(search.err.contains("journal.jsonl"), search.err.constData());
        QVERIFY2(search.err.contains(std::strerror(EFBIG)), search.err.constData());

        std::set<int> reportedFinished;
        std::set<int> unsaved;
        bool summarised = false;
        for (const json& e : jsonLines(search.out)) {
            if (e.value("event", "") == "trial_finished")
                reportedFinished.insert(e.at("trial").get<int>());
            if (e.value("event", "") == "study_finished") {
                summarised = true;
                QCOMPARE(e.value("reason", ""), std::string("error"));
                for (const json& n : e.value("unsaved_trials", json::array()))
                    unsaved.insert(n.get<int>());
            }
        }
        QVERIFY(summarised);
        QVERIFY2(reportedFinished.size() < 60, "the limit never bit");
        const std::map<int, std::string> saved = savedStates(dir);
        QVERIFY(!saved.empty());
        for (int trial : reportedFinished) {
            const auto it = saved.find(trial);
            const bool savedFinal =
                it != saved.end() && it->second != "running" && it->second != "queued";
            QVERIFY2(savedFinal || unsaved.count(trial),
                     ("trial " + std::to_string(trial) +
                      " was reported finished but is neither saved nor listed as unsaved")
                         .c_str());
        }

        // Still full: resume fails at once, with the same clarity.
        const CliResult resume = runCli({QStringLiteral("resume"), dir}, 120000, 8);
        QCOMPARE(resume.exitCode, 1);
        QVERIFY2(resume.err.contains("journal.jsonl"), resume.err.constData());

        // With room again, it finishes.
        const CliResult again = runCli({QStringLiteral("resume"), dir});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const std::map<int, std::string> finished = savedStates(dir);
        QCOMPARE(int(finished.size()), 60);
        for (const auto& [trial, state] : finished)
            QCOMPARE(state, std::string("completed"));
    }

    void exportsNeverOverwriteTheStudy_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("file");
        QTest::newRow("json onto the journal")
            << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
            << QStringLiteral("journal.jsonl");
        QTest::newRow("csv onto the journal")
            << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("journal.jsonl");
        QTest::newRow("json onto the definition")
            << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
            << QStringLiteral("study.json");
        QTest::newRow("best config onto the definition")
            << QStringList{QStringLiteral("--best"), QStringLiteral("1")}
            << QStringLiteral("study.json");
    }

    void exportsNeverOverwriteTheStudy() {
        QFETCH(QStringList, options);
        QFETCH(QString, file);
        QTemporaryDir temp;
        const QString studyPath = temp.filePath(QStringLiteral("train.json"));
        std::ofstream(studyPath.toStdString())
            << json{{"base",
                     {{"dataset", {{"name", "moons"}, {"samples", 200}}},
                      {"model", {{"hidden_layers", {8}}}},
                      {"training", {{"epochs", 2}}}}},
                    {"objective", {{"metric", "val_accuracy"}}},
                    {"strategy", {{"type", "random"}, {"trials", 2}}},
                    {"space",
                     {{"training.learning_rate",
                       {{"type", "float"}, {"low", 0.001}, {"high", 0.1}, {"log", true}}}}}}
                   .dump();
        const QString dir = temp.filePath(QStringLiteral("run"));
        QCOMPARE(
            runCli({QStringLiteral("search"), studyPath, QStringLiteral("--out"), dir}).exitCode,
            0);
        const QByteArray before = readFile(dir + "/" + file);
        const CliResult exported = runCli(QStringList{QStringLiteral("export"), dir} + options +
                                          QStringList{QStringLiteral("--out"), dir + "/" + file});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(exported.err.contains("study directory"), exported.err.constData());
        QCOMPARE(readFile(dir + "/" + file), before);
        QCOMPARE(int(savedStates(dir).size()), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
