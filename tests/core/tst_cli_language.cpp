// hyperlab-cli in two languages: --lang and the locale choose the language
// of the human-readable output and of the core's messages; the --jsonl
// events stay the same; an unknown language is bad input (exit 2).
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "io/config_json.h"

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList& args, const QString& language = QStringLiteral("en"),
                 const QProcessEnvironment& extra = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);  // the locale's first choice
    env.insert(extra);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("HYPERLAB_CLI"), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString example(const char* name) {
    return qEnvironmentVariable("HYPERLAB_SOURCE_DIR") + QStringLiteral("/resources/examples/") +
           QLatin1String(name);
}

}  // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo(qEnvironmentVariable("HYPERLAB_CLI")).isExecutable(),
                 "HYPERLAB_CLI must name hyperlab-cli");
        QVERIFY(QFileInfo::exists(example("spiral_mlp.json")));
    }

    void trainsInChineseWithLang() {
        const CliResult r =
            runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("train"),
                    example("spiral_mlp.json"), QStringLiteral("--epochs"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("状态：已完成")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("测试集：损失")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 个周期")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("status:")), qPrintable(r.out));
    }

    void followsTheLocale() {
        const QStringList train{QStringLiteral("train"), example("spiral_mlp.json"),
                                QStringLiteral("--epochs"), QStringLiteral("1")};
        const CliResult zh = runCli(train, QStringLiteral("zh_CN:en"));
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains(QStringLiteral("状态：已完成")), qPrintable(zh.out));
        const CliResult en = runCli(train, QStringLiteral("en"));
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains(QStringLiteral("\nstatus: completed\n")), qPrintable(en.out));
        QVERIFY2(en.out.contains(QStringLiteral("test: loss ")), qPrintable(en.out));
        // --lang beats the locale.
        const CliResult forced =
            runCli(QStringList{QStringLiteral("--lang=en")} + train, QStringLiteral("zh_CN"));
        QVERIFY2(forced.out.contains(QStringLiteral("status: completed")), qPrintable(forced.out));
    }

    void coreErrorsAreTranslated() {
        QTemporaryDir temp;
        nlohmann::json config;
        {
            std::ifstream in(example("spiral_mlp.json").toStdString());
            in >> config;
        }
        config["training"]["learning_rate"] = 1e9;
        const QString path = temp.filePath(QStringLiteral("bad.json"));
        std::ofstream(path.toStdString()) << config.dump(2);

        const CliResult zh = runCli(
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("train"), path});
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(zh.err.contains(QStringLiteral("学习率")) &&
                     zh.err.contains(QStringLiteral("training.learning_rate")) &&
                     zh.err.contains(QStringLiteral("1e+09")) &&
                     !zh.err.contains(QStringLiteral("out of range")),
                 qPrintable(zh.err));
        // English is the core's exact text: the CLI prints what the core
        // wrote for this very file.
        std::string coreEnglish;
        try {
            hyperlab::loadRunConfig(path.toStdString());
        } catch (const hyperlab::InputError& e) {
            coreEnglish = e.what();
        }
        QVERIFY(coreEnglish.rfind("training.learning_rate: 1e+09 is out of range (allowed: ", 0) ==
                0);
        const CliResult en = runCli({QStringLiteral("train"), path});
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(en.err,
                 QStringLiteral("hyperlab-cli: %1\n").arg(QString::fromStdString(coreEnglish)));
    }

    void jsonlIsTheSameInEveryLanguage() {
        const QStringList args{QStringLiteral("train"), example("spiral_mlp.json"),
                               QStringLiteral("--epochs"), QStringLiteral("1"),
                               QStringLiteral("--jsonl")};
        const CliResult zh =
            runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + args);
        const CliResult en = runCli(args);
        QCOMPARE(zh.exitCode, 0);
        auto keys = [](const QString& out) {
            QStringList lines;
            for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const auto event = nlohmann::json::parse(line.toStdString());
                QStringList names;
                for (const auto& [key, value] : event.items())
                    names << QString::fromStdString(key);
                lines << QString::fromStdString(event["event"].get<std::string>()) +
                             QLatin1Char(':') + names.join(QLatin1Char(','));
                if (event["event"] == "result")
                    lines << QString::fromStdString(event["status"].get<std::string>());
            }
            return lines;
        };
        QCOMPARE(keys(zh.out), keys(en.out));
        QVERIFY(keys(zh.out).contains(QStringLiteral("completed")));
    }

    // A locale that writes decimals with a comma (German) must not leak into
    // numbers: tables people read and CSV files programs read both keep '.'.
    void numbersKeepADecimalPointInEveryLocale() {
        QTemporaryDir locales;
        QProcess localedef;
        localedef.start(QStringLiteral("localedef"),
                        {QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"),
                         QStringLiteral("UTF-8"), locales.filePath(QStringLiteral("de_DE.UTF-8"))});
        QVERIFY2(localedef.waitForFinished(60000) && localedef.exitCode() == 0,
                 "localedef (package locales) could not build de_DE.UTF-8");
        QProcessEnvironment german;
        german.insert(QStringLiteral("LOCPATH"), locales.path());
        german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));

        const CliResult train = runCli({QStringLiteral("train"), example("spiral_mlp.json"),
                                        QStringLiteral("--epochs"), QStringLiteral("1")},
                                       QStringLiteral("en"), german);
        QCOMPARE(train.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("test: loss \\d\\.\\d{4}, accuracy \\d\\.\\d{4}"))
                .match(train.out)
                .hasMatch(),
            qPrintable(train.out));

        QTemporaryDir work;
        nlohmann::json study;
        {
            std::ifstream in(example("study_branin_bayesian.json").toStdString());
            in >> study;
        }
        study["strategy"] = {{"type", "random"}, {"trials", 4}, {"seed", 1}};
        const QString studyFile = work.filePath(QStringLiteral("study.json"));
        std::ofstream(studyFile.toStdString()) << study.dump(2);
        const QString dir = work.filePath(QStringLiteral("run"));
        QCOMPARE(runCli({QStringLiteral("search"), studyFile, QStringLiteral("--out"), dir},
                        QStringLiteral("en"), german)
                     .exitCode,
                 0);
        const QString csv = work.filePath(QStringLiteral("trials.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), dir, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), csv},
                        QStringLiteral("en"), german)
                     .exitCode,
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);  // header + 4 trials
        const qsizetype columns = lines[0].count(QLatin1Char(','));
        for (const QString& line : lines)
            QVERIFY2(line.count(QLatin1Char(',')) == columns, qPrintable(line));
        QVERIFY2(lines[1].contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))),
                 qPrintable(lines[1]));
    }

    void helpAndBadLanguage() {
        const CliResult help =
            runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("用法")), qPrintable(help.out));
        const CliResult bad =
            runCli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("demo")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(
            bad.err.contains(QStringLiteral("--lang")) && bad.err.contains(QStringLiteral("zh_CN")),
            qPrintable(bad.err));
        // Said in the locale's language; a missing value is named as such.
        const CliResult badZh =
            runCli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("demo")},
                   QStringLiteral("zh_CN"));
        QCOMPARE(badZh.exitCode, 2);
        QVERIFY2(badZh.err.contains(QStringLiteral("未知语言")), qPrintable(badZh.err));
        const CliResult missing = runCli({QStringLiteral("demo"), QStringLiteral("--lang")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--lang needs a value")),
                 qPrintable(missing.err));
    }
};

QTEST_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
