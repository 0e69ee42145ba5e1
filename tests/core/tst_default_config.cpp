// One source of defaults: `{}` in a config file, defaultRunConfig() (the
// GUI's first run and `demo`), `hyperlab-cli defaults` and the default column
// of every table in docs/config.md are the same run.

#include <QtTest>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include "io/config_json.h"
#include "train/default_config.h"

using namespace hyperlab;
using nlohmann::json;

class TestDefaultConfig : public QObject {
    Q_OBJECT

private slots:
    void anEmptyConfigIsTheDefaultRun() {
        QVERIFY(runConfigFromJson(json::object()) == defaultRunConfig());
        QCOMPARE(QString::fromStdString(toJson(runConfigFromJson(json::object())).dump()),
                 QString::fromStdString(toJson(defaultRunConfig()).dump()));
    }

    void theCliPrintsTheDefaultRun() {
        QProcess cli;
        cli.start(qEnvironmentVariable("HYPERLAB_CLI"), {QStringLiteral("defaults")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const json printed = json::parse(cli.readAllStandardOutput().toStdString());
        QCOMPARE(QString::fromStdString(printed.dump()),
                 QString::fromStdString(toJson(defaultRunConfig()).dump()));
    }

    void theDocumentedDefaultsAreTheRealOnes() {
        QFile doc(qEnvironmentVariable("HYPERLAB_SOURCE_DIR") + QStringLiteral("/docs/config.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), "docs/config.md not found (HYPERLAB_SOURCE_DIR)");
        const json defaults = toJson(defaultRunConfig());
        RunConfig withConv = defaultRunConfig();
        withConv.model.convLayers.push_back({});
        const json convItem = toJson(withConv).at("model").at("conv_layers").at(0);
        // Sections name the JSON object their table describes.
        const std::map<QString, json> sections = {
            {QStringLiteral("## dataset"), defaults.at("dataset")},
            {QStringLiteral("## model"), defaults.at("model")},
            {QStringLiteral("### model.conv_layers items"), convItem},
            {QStringLiteral("## training"), defaults.at("training")},
            {QStringLiteral("### training.lr_schedule"), defaults.at("training").at("lr_schedule")},
            {QStringLiteral("### training.early_stopping"),
             defaults.at("training").at("early_stopping")}};
        const QRegularExpression row(QStringLiteral(R"(^\| `(\w+)` \| [^|]+ \| `([^`]*)` \|)"));
        const json* section = nullptr;
        int checked = 0;
        for (const QString& line : QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#'))) {
                const auto it = sections.find(line.trimmed());
                section = it == sections.end() ? nullptr : &it->second;
                continue;
            }
            const QRegularExpressionMatch m = row.match(line);
            if (!section || !m.hasMatch())
                continue;
            const std::string field = m.captured(1).toStdString();
            QVERIFY2(section->contains(field), ("docs name an unknown field " + field).c_str());
            const json documented = json::parse(m.captured(2).toStdString());
            const json& real = section->at(field);
            QVERIFY2(documented == real,
                     (field + ": docs say " + documented.dump() + ", the code uses " + real.dump())
                         .c_str());
            ++checked;
        }
        QVERIFY2(checked >= 45, (std::to_string(checked) + " documented defaults found").c_str());
    }
};

QTEST_GUILESS_MAIN(TestDefaultConfig)
#include "tst_default_config.moc"
