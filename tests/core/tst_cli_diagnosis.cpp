// The CLI's diagnosis: `train` prints findings after the result (a
// {"event":"diagnosis"} line with --jsonl), `search` one per finished trial.
#include <QtTest>

#include <QTemporaryDir>

#include "cli_process.h"

using nlohmann::json;

namespace {

json baseConfig() {
    return {{"dataset", {{"name", "spiral"}, {"samples", 400}}},
            {"model", {{"hidden_layers", {32, 32}}}},
            {"training", {{"optimizer", "sgd"}, {"learning_rate", 5.0}, {"epochs", 20}}}};
}

const json* findEvent(const std::vector<json>& events, const char* kind, int trial = -1) {
    for (const json& e : events)
        if (e.value("event", "") == kind && (trial < 0 || e.value("trial", -1) == trial))
            return &e;
    return nullptr;
}

}  // namespace

class TestCliDiagnosis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trainJsonlReportsDivergence() {
        QTemporaryDir temp;
        const QString config = temp.filePath(QStringLiteral("sgd5.json"));
        writeJson(config, baseConfig());
        const CliResult run = runCli({QStringLiteral("train"), config, QStringLiteral("--jsonl")});
        QCOMPARE(run.exitCode, 0);
        const auto events = jsonLines(run.out);
        // The diagnosis comes just before the result, which stays last.
        QCOMPARE(events.back().value("event", ""), std::string("result"));
        const json& diagnosis = events[events.size() - 2];
        QCOMPARE(diagnosis.value("event", ""), std::string("diagnosis"));
        QVERIFY(!diagnosis.contains("trial"));
        const json& findings = diagnosis.at("findings");
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].at("code").get<std::string>(), std::string("diverged"));
        QCOMPARE(findings[0].at("hyperparameters")[0].get<std::string>(),
                 std::string("training.learning_rate"));
        QVERIFY(findings[0].at("epoch").get<int>() >= 1);
        QVERIFY(findings[0].at("message").get<std::string>().find("learning rate") !=
                std::string::npos);
    }

    void trainHumanOutputNamesTheFix() {
        QTemporaryDir temp;
        const QString config = temp.filePath(QStringLiteral("sgd5.json"));
        writeJson(config, baseConfig());
        const CliResult run = runCli({QStringLiteral("train"), config});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("diagnosis:\n  - Diverged:"), run.out.constData());
        QVERIFY2(run.out.contains("change: Learning rate"), run.out.constData());

        const CliResult zh = runCli(
            {QStringLiteral("train"), config, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(QString::fromUtf8(zh.out).contains(QStringLiteral("学习率")), zh.out.constData());
    }

    void healthyTrainHasNoFinding() {
        const CliResult run = runCli({QStringLiteral("demo"), QStringLiteral("--jsonl")});
        QCOMPARE(run.exitCode, 0);
        const auto events = jsonLines(run.out);
        const json* diagnosis = findEvent(events, "diagnosis");
        QVERIFY(diagnosis);
        QVERIFY(diagnosis->at("findings").empty());
    }

    void searchReportsEachFinishedTrial() {
        QTemporaryDir temp;
        const QString study = temp.filePath(QStringLiteral("study.json"));
        json base = baseConfig();
        base["training"]["optimizer"] = "adam";
        writeJson(
            study,
            {{"base", base},
             {"space",
              {{"training.learning_rate", {{"type", "categorical"}, {"values", {0.01, 10.0}}}}}},
             {"strategy", {{"type", "grid"}}},
             {"objective", {{"metric", "val_accuracy"}, {"direction", "maximize"}}},
             {"workers", 1}});
        const CliResult run =
            runCli({QStringLiteral("search"), study, QStringLiteral("--out"),
                    temp.filePath(QStringLiteral("run")), QStringLiteral("--jsonl")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto events = jsonLines(run.out);
        int diagnoses = 0;
        for (const json& e : events)
            if (e.value("event", "") == "diagnosis") {
                ++diagnoses;
                QVERIFY(e.contains("trial"));
            }
        QCOMPARE(diagnoses, 2);
        // Adam at rate 10 blows up; at 0.01 it learns.
        for (const json& e : events)
            if (e.value("event", "") == "trial_finished") {
                const json* d = findEvent(events, "diagnosis", e.at("trial").get<int>());
                QVERIFY(d);
                const double rate = e.at("params").at("training.learning_rate").get<double>();
                const bool diverged =
                    !d->at("findings").empty() && d->at("findings")[0].at("code") == "diverged";
                QVERIFY2(diverged == (rate > 1), d->dump().c_str());
            }
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnosis)
#include "tst_cli_diagnosis.moc"
