// `hyperlab-cli analyze`: importance summing to 1 and the best region, as a
// table and as --jsonl events, on a function study run by the CLI itself;
// clear errors (exit 2) for a missing directory, a corrupt study and too few
// completed trials.

#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include "cli_process.h"

using nlohmann::json;

namespace {

/// Runs `hyperlab-cli search` on a Branin random study of `trials` trials
/// in temp/name; returns the study directory.
QString runBraninStudy(const QTemporaryDir& temp, const QString& name, int trials) {
    const QString study = temp.filePath(name + QStringLiteral(".json"));
    writeJson(study, {{"objective", {{"function", "branin"}}},
                      {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 2}}},
                      {"workers", 1}});
    const QString dir = temp.filePath(name);
    const CliResult r = runCli({QStringLiteral("search"), study, QStringLiteral("--out"), dir});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return dir;
}

}  // namespace

class TestCliAnalyze : public QObject {
    Q_OBJECT

private slots:
    void importanceAndBestRegionAsJsonl();
    void importanceAsATable();
    void clearErrors();
};

void TestCliAnalyze::importanceAndBestRegionAsJsonl() {
    QTemporaryDir temp;
    const QString dir = runBraninStudy(temp, QStringLiteral("branin"), 40);
    const CliResult r = runCli({QStringLiteral("analyze"), dir, QStringLiteral("--jsonl")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto events = jsonLines(r.out);
    QCOMPARE(events.size(), std::size_t(2));
    const json& importance = events[0];
    QCOMPARE(importance["event"], "importance");
    QCOMPARE(importance["method"], "ped-anova");
    QCOMPARE(importance["trials"], 40);
    QCOMPARE(importance["top_trials"], 4);
    double sum = 0.0;
    for (const auto& [path, share] : importance["parameters"].items()) {
        QVERIFY(path == "x0" || path == "x1");
        QVERIFY(share.get<double>() >= 0.0);
        sum += share.get<double>();
    }
    QCOMPARE(importance["parameters"].size(), std::size_t(2));
    QVERIFY(std::abs(sum - 1.0) < 1e-9);
    const json& region = events[1];
    QCOMPARE(region["event"], "best_region");
    QCOMPARE(region["top_trials"], 4);
    for (const char* x : {"x0", "x1"}) {
        const json& range = region["parameters"][x];
        QVERIFY(range["low"].get<double>() <= range["high"].get<double>());
    }
    // Branin's domain: x0 in [-5, 10], x1 in [0, 15].
    QVERIFY(region["parameters"]["x0"]["low"].get<double>() >= -5.0);
    QVERIFY(region["parameters"]["x1"]["high"].get<double>() <= 15.0);
}

void TestCliAnalyze::importanceAsATable() {
    QTemporaryDir temp;
    const QString dir = runBraninStudy(temp, QStringLiteral("branin"), 20);
    const CliResult r = runCli({QStringLiteral("analyze"), dir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("PED-ANOVA")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("20 completed trials")));
    QVERIFY(out.contains(QStringLiteral("best 2 trials")));
    QVERIFY(out.contains(QStringLiteral("  x0  ")));
    QVERIFY(out.contains(QStringLiteral(" .. ")));
}

void TestCliAnalyze::clearErrors() {
    QTemporaryDir temp;
    const CliResult missing =
        runCli({QStringLiteral("analyze"), temp.filePath(QStringLiteral("nowhere"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("is not a study directory"), missing.err.constData());

    const QString few = runBraninStudy(temp, QStringLiteral("few"), 6);
    const CliResult tooFew = runCli({QStringLiteral("analyze"), few});
    QCOMPARE(tooFew.exitCode, 2);
    QVERIFY2(tooFew.err.contains("at least 10 completed trials") &&
                 tooFew.err.contains("the study has 6"),
             tooFew.err.constData());

    QFile definition(few + QStringLiteral("/study.json"));
    QVERIFY(definition.open(QIODevice::WriteOnly | QIODevice::Truncate));
    definition.write("{\"objective\": ");
    definition.close();
    const CliResult corrupt = runCli({QStringLiteral("analyze"), few});
    QCOMPARE(corrupt.exitCode, 2);
    QVERIFY2(corrupt.err.contains("study.json"), corrupt.err.constData());

    const CliResult noDir = runCli({QStringLiteral("analyze")});
    QCOMPARE(noDir.exitCode, 2);
    QVERIFY(noDir.err.contains("expects a study directory"));
}

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_cli_analyze.moc"
