// `hyperlab-cli lr-find CONFIG.json [--jsonl]`: the range test's suggestion
// as a table for people and one lr_find event for scripts.
#include <QtTest>

#include <QTemporaryDir>

#include "cli_process.h"

using nlohmann::json;

class TestCliLrFind : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonlEvent() {
        QTemporaryDir temp;
        const QString config = temp.filePath(QStringLiteral("moons.json"));
        writeJson(config, {{"dataset", {{"name", "moons"}}}});
        const CliResult run =
            runCli({QStringLiteral("lr-find"), config, QStringLiteral("--jsonl")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto events = jsonLines(run.out);
        QCOMPARE(events.size(), std::size_t(1));
        const json& e = events[0];
        QCOMPARE(e.at("event").get<std::string>(), std::string("lr_find"));
        const double low = e.at("low"), high = e.at("high"), suggested = e.at("suggested");
        QVERIFY(0 < low && low < suggested && suggested < high && high <= 10);
        const json& points = e.at("points");
        QVERIFY(points.size() >= 10);
        QCOMPARE(points[0].size(), std::size_t(2));
        QCOMPARE(points[0][0].get<double>(), 1e-7);
        for (std::size_t i = 1; i < points.size(); ++i)
            QVERIFY(points[i][0].get<double>() > points[i - 1][0].get<double>());
    }

    void humanOutput() {
        QTemporaryDir temp;
        const QString config = temp.filePath(QStringLiteral("spiral.json"));
        writeJson(config, json::object());
        const CliResult run = runCli({QStringLiteral("lr-find"), config});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("suggested learning rate: "), run.out.constData());
        QVERIFY(run.out.contains("range for a search (log scale): "));
    }

    void badInput() {
        const CliResult missing =
            runCli({QStringLiteral("lr-find"), QStringLiteral("/nonexistent.json")});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("lr-find")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLrFind)
#include "tst_cli_lr_find.moc"
