// The interface languages: choosing a language (--lang, the saved choice,
// the system locale), the shipped Chinese catalogue (placeholders and
// accelerators intact, the textbook terms the issue asks for), Qt's own
// catalogue, core messages shown translated, and the View > Language menu.
// The completeness of the catalogue (every string translated, none stale)
// is checked by the ctest i18n/completeness (lupdate + lrelease).
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <fstream>
#include <functional>

#include "common/errors.h"
#include "common/tensor.h"
#include "dialogs/message_boxes.h"
#include "i18n/core_message.h"
#include "i18n/hyperparameter_help.h"
#include "i18n/language.h"
#include "io/config_json.h"
#include "io/config_validation.h"
#include "io/journal.h"
#include "main_window.h"
#include "models/leaderboard_model.h"
#include "study/model/study_definition.h"
#include "study/storage/study_directory.h"
#include "train/default_config.h"
#include "train/trainer.h"
#include "widgets/language_menu.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

struct CatalogueEntry {
    QString context;
    QString source;
    QString translation;
};

std::vector<CatalogueEntry> readCatalogue(const QString& path) {
    std::vector<CatalogueEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            entry = {context, xml.readElementText(), {}};
        } else if (xml.name() == QLatin1String("translation")) {
            // Numerus entries nest <numerusform>; take the text of all.
            entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries.push_back(entry);
        }
    }
    return entries;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const auto& m : re.globalMatch(text))
        found << m.captured(0);
    found.sort();
    found.removeDuplicates();  // a translation may repeat or reorder them
    return found;
}

/// The mnemonic letter marker: a single '&' before a letter ("&File").
bool hasAccelerator(const QString& text) {
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[A-Za-z]"));
    return re.match(text).hasMatch();
}

QStringList htmlTags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z]+)[^>]*>"));
    QStringList tags;
    for (const auto& m : re.globalMatch(text))
        tags << m.captured(1).toLower();
    tags.sort();
    return tags;
}

QString coreErrorFor(const RunConfig& config) {
    try {
        validate(config);
    } catch (const InputError& e) {
        return translateError(e);
    }
    return {};
}

/// The failure reason of a real run that diverges (regression, SGD with
/// momentum at a learning rate that is allowed but far too large).
TrainingResult divergedRun() {
    RunConfig config = defaultRunConfig();
    config.dataset.name = "plane";
    config.training.loss = "mse";
    config.training.optimizer = "sgd";
    config.training.momentum = 0.9;
    config.training.learningRate = 5;
    config.training.epochs = 50;
    return trainFromConfig(config);
}

/// The problem a call raises, or an empty one.
Problem problemRaisedBy(const std::function<void()>& call) {
    try {
        call();
    } catch (const std::exception& e) {
        return problemOf(e);
    }
    return {};
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        setMessageBoxesEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void matchesRequestedLocales_data() {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");  // empty: not shipped
        QTest::newRow("exact") << "zh_CN"
                               << "zh_CN";
        QTest::newRow("dash") << "zh-CN"
                              << "zh_CN";
        QTest::newRow("codeset") << "zh_CN.UTF-8"
                                 << "zh_CN";
        QTest::newRow("bare chinese") << "zh"
                                      << "zh_CN";
        QTest::newRow("singapore") << "zh_SG"
                                   << "zh_CN";
        QTest::newRow("traditional") << "zh_TW"
                                     << "";
        QTest::newRow("hant") << "zh_Hant_HK"
                              << "";
        QTest::newRow("english") << "en"
                                 << "en";
        QTest::newRow("british") << "en_GB"
                                 << "en";
        QTest::newRow("german") << "de_DE"
                                << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void matchesRequestedLocales() {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QCOMPARE(matchInterfaceLanguage(requested).value_or(QString()), expected);
    }

    void startupLanguageOrder() {
        // --lang beats the saved choice, which beats the system locale.
        saveLanguageChoice(QStringLiteral("zh_CN"));
        QCOMPARE(savedLanguageChoice(), QStringLiteral("zh_CN"));
        QCOMPARE(startupLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(startupLanguage(QStringLiteral("en")), QStringLiteral("en"));
        saveLanguageChoice(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QCOMPARE(startupLanguage(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
        // A garbage saved value is ignored rather than trusted.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx_YY"));
        QCOMPARE(savedLanguageChoice(), QString());
        QSettings().clear();
    }

    void catalogueKeepsPlaceholdersAndMarkup() {
        const QString path = qEnvironmentVariable("HYPERLAB_SOURCE_DIR") +
                             QStringLiteral("/translations/hyperlab_zh_CN.ts");
        const auto entries = readCatalogue(path);
        QVERIFY2(entries.size() > 400, qPrintable(path));
        int accelerators = 0;
        for (const CatalogueEntry& e : entries) {
            const QString where = e.context + QStringLiteral(": ") + e.source;
            QVERIFY2(!e.translation.trimmed().isEmpty(), qPrintable(where));
            QCOMPARE(placeholders(e.translation), placeholders(e.source));
            QVERIFY2(htmlTags(e.translation) == htmlTags(e.source), qPrintable(where));
            if (hasAccelerator(e.source)) {
                QVERIFY2(hasAccelerator(e.translation), qPrintable(where));
                ++accelerators;
            }
            // Chinese text, not a copy of the English (short names such as
            // "Adam" or "%1 s" may legitimately stay Latin).
            if (e.source.count(QLatin1Char(' ')) >= 3)
                QVERIFY2(e.translation != e.source, qPrintable(where));
        }
        QVERIFY(accelerators >= 5);  // the menus
    }

    void coreMessagesInEnglishKeepTheirText() {
        RunConfig config = defaultRunConfig();
        config.training.learningRate = 1e9;
        const QString message = coreErrorFor(config);
        QVERIFY2(message.startsWith(QStringLiteral("Learning rate (training.learning_rate): ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("out of range (allowed: ")), qPrintable(message));
        QCOMPARE(translateProblem(divergedRun().reasonProblem),
                 QString::fromStdString(divergedRun().reason));
    }

    void everyCodeReadsInEnglishAsTheCoreWritesIt() {
        // English comes from the core's template either way; the interface
        // fills it by the same rule, so the two agree for every code.
        const std::vector<std::string> args{"a%2", "b", "c"};
        for (int c = 0; c < kProblemCodeCount; ++c) {
            Problem p = problem(ProblemCode(c), args, {problem(ProblemCode::RangeAtLeast, {"1"})});
            p.field = "some.field";
            QCOMPARE(translateProblemText(p), QString::fromStdString(problemText(p)));
            QCOMPARE(translateProblem(p), QString::fromStdString(problemMessage(p)));
        }
    }

    void installsChineseAndQtCatalogues() {
        QVERIFY(installTranslations(QStringLiteral("zh_CN")));
        QCOMPARE(activeLanguage(), QStringLiteral("zh_CN"));
        // Qt's own catalogue: standard buttons follow the language.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void usesTextbookTerms_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("term");
        QTest::newRow("lr") << "training.learning_rate"
                            << "学习率";
        QTest::newRow("batch") << "training.batch_size"
                               << "批量大小";
        QTest::newRow("momentum") << "training.momentum"
                                  << "动量";
        QTest::newRow("dropout") << "model.dropout"
                                 << "丢弃率";
        QTest::newRow("init") << "model.init"
                              << "权重初始化";
        QTest::newRow("activation") << "model.activation"
                                    << "激活函数";
        QTest::newRow("loss") << "training.loss"
                              << "损失函数";
        QTest::newRow("optimizer") << "training.optimizer"
                                   << "优化器";
        QTest::newRow("kernel") << "model.conv_layers.0.kernel_size"
                                << "卷积核大小";
        QTest::newRow("pool") << "model.conv_layers.1.pool_size"
                              << "池化大小";
        QTest::newRow("epochs") << "training.epochs"
                                << "训练周期数";
    }
    void usesTextbookTerms() {
        QFETCH(QString, path);
        QFETCH(QString, term);
        const QString label = HyperparameterHelp::label(path);
        QVERIFY2(label.contains(term), qPrintable(path + QStringLiteral(" -> ") + label));
        QVERIFY2(!HyperparameterHelp::tooltip(path).isEmpty(), qPrintable(path));
    }

    void coreMessagesAreTranslated() {
        RunConfig config = defaultRunConfig();
        config.training.learningRate = 1e9;
        const QString range = coreErrorFor(config);
        // Field named in Chinese, the config path and the allowed range kept.
        QVERIFY2(range.contains(QStringLiteral("学习率")), qPrintable(range));
        QVERIFY2(range.contains(QStringLiteral("training.learning_rate")), qPrintable(range));
        QVERIFY2(!range.contains(QStringLiteral("out of range")), qPrintable(range));
        QVERIFY2(!range.contains(QStringLiteral("allowed")), qPrintable(range));

        config = defaultRunConfig();
        config.training.optimizer = "adamm";
        const QString unknown = coreErrorFor(config);
        QVERIFY2(unknown.contains(QStringLiteral("优化器")), qPrintable(unknown));
        QVERIFY2(unknown.contains(QStringLiteral("adamm")), qPrintable(unknown));
        QVERIFY2(unknown.contains(QStringLiteral("adam")), qPrintable(unknown));
        QVERIFY2(!unknown.contains(QStringLiteral("unknown")), qPrintable(unknown));

        const TrainingResult run = divergedRun();
        const std::string reason = run.reason;
        QVERIFY2(reason.rfind("diverged at epoch ", 0) == 0, reason.c_str());
        const QString diverged = translateProblem(run.reasonProblem);
        QVERIFY2(!diverged.contains(QStringLiteral("diverged")), qPrintable(diverged));
        const QRegularExpression numbers(QStringLiteral("epoch (\\d+), batch (\\d+)"));
        const QRegularExpressionMatch where = numbers.match(QString::fromStdString(reason));
        for (int i = 1; i <= 2; ++i)
            QVERIFY2(diverged.contains(where.captured(i)), qPrintable(diverged));

        // The issue's own example: a kernel larger than the image.
        config = defaultRunConfig();
        config.model.convLayers = {ConvLayerConfig{}};
        config.model.convLayers[0].kernelSize = 7;
        QString kernel;
        try {
            validateAgainstInput(config, Shape{1, 5, 5}, Task::Classification, 10);
        } catch (const InputError& e) {
            kernel = translateError(e);
        }
        QVERIFY2(kernel.contains(QStringLiteral("卷积核大小")) &&
                     kernel.contains(QStringLiteral("model.conv_layers.0.kernel_size")) &&
                     kernel.contains(QStringLiteral("5x5")) &&
                     kernel.contains(QStringLiteral("1 到 5")) &&
                     !kernel.contains(QStringLiteral("larger")),
                 qPrintable(kernel));

        // Range descriptions inside a phrase are translated too.
        config = defaultRunConfig();
        config.model.dropout = 1.0;
        const QString dropout = coreErrorFor(config);
        QVERIFY2(dropout.contains(QStringLiteral("0 到 1，不含 1")), qPrintable(dropout));

        // Values, names and paths are never translated, even when they read
        // like a range ("run to v2").
        const QString path =
            translateProblem(problemRaisedBy([] { loadRunConfig("/tmp/run to v2.json"); }));
        QVERIFY2(path.contains(QStringLiteral("/tmp/run to v2.json")) &&
                     !path.contains(QStringLiteral("not found")),
                 qPrintable(path));
        config = defaultRunConfig();
        config.training.optimizer = "sgd to adam";
        const QString value = coreErrorFor(config);
        QVERIFY2(value.contains(QStringLiteral("sgd to adam")), qPrintable(value));
        // A study file's errors start with the file; the rest is translated.
        QTemporaryDir temp;
        const std::string studyPath = (temp.path() + QStringLiteral("/s.json")).toStdString();
        std::ofstream(studyPath) << R"({"base": {}, "objective": {"metric": "val_acc"},
            "strategy": {"type": "random", "trials": 2}, "space": {}})";
        const QString study =
            translateProblem(problemRaisedBy([&] { StudyDefinition::load(studyPath); }));
        QVERIFY2(study.startsWith(QString::fromStdString(studyPath)) &&
                     study.contains(QStringLiteral("指标")) &&
                     study.contains(QStringLiteral("val_acc")) &&
                     !study.contains(QStringLiteral("unknown")),
                 qPrintable(study));

        // A problem without a code of its own keeps its English text, after
        // the translated field name.
        Problem text = textProblem("something new");
        text.field = "model.dropout";
        const QString odd = translateProblem(text);
        QVERIFY2(
            odd.contains(QStringLiteral("丢弃率")) && odd.endsWith(QStringLiteral("something new")),
            qPrintable(odd));
        QCOMPARE(LeaderboardModel::stateText(TrialState::Completed), QStringLiteral("已完成"));
    }

    void everyProblemCodeIsTranslated() {
        for (int c = 0; c < kProblemCodeCount; ++c) {
            const auto code = ProblemCode(c);
            if (code == ProblemCode::Text)
                continue;  // English text, shown as it is
            QVERIFY2(isTranslated(problem(code)), problemTemplate(code));
        }
    }

    void realCoreMessagesAreTranslated() {
        // Each problem comes from the core itself, not a typed copy: a new
        // throw site without a code of its own (a Text problem) fails here.
        std::vector<std::pair<std::string, Problem>> messages;  // (what, problem)
        auto collect = [&](const std::string& what, const std::function<void()>& trigger) {
            messages.emplace_back(what, problemRaisedBy(trigger));
        };
        auto withConfig = [&](const std::string& what, const std::function<void(RunConfig&)>& set) {
            collect(what, [&] {
                RunConfig config = defaultRunConfig();
                set(config);
                validate(config);
            });
        };
        withConfig("range", [](RunConfig& c) { c.training.learningRate = 1e9; });
        withConfig("range excluding", [](RunConfig& c) { c.model.dropout = 1.0; });
        withConfig("unknown name", [](RunConfig& c) { c.training.optimizer = "adamm"; });
        withConfig("nesterov", [](RunConfig& c) {
            c.training.optimizer = "sgd";
            c.training.nesterov = true;
        });
        withConfig("early stopping", [](RunConfig& c) {
            c.dataset.validationFraction = 0;
            c.training.earlyStopping.patience = 3;
        });
        collect("kernel", [] {
            RunConfig config = defaultRunConfig();
            config.model.convLayers = {ConvLayerConfig{}};
            config.model.convLayers[0].kernelSize = 7;
            validateAgainstInput(config, Shape{1, 5, 5}, Task::Classification, 10);
        });
        collect("unknown field", [] {
            runConfigFromJson(nlohmann::json::parse(R"({"model": {"hiden_layers": [3]}})"));
        });
        collect("not found", [] { loadRunConfig("/nonexistent/run to v2.json"); });
        collect("log range", [] {
            StudyDefinition::fromJson(nlohmann::json::parse(R"({"base": {},
                "objective": {"metric": "val_accuracy"}, "strategy": {"type": "random", "trials": 2},
                "space": {"training.learning_rate": {"type": "float", "low": 0, "high": 1, "log": true}}})"));
        });
        messages.emplace_back("diverged", divergedRun().reasonProblem);
        collect("journal full", [] {
            Journal journal("/dev/full");
            journal.append({{"event", "study_started"}}, true);
        });
        QTemporaryDir temp;
        const std::string dir = (temp.path() + QStringLiteral("/study")).toStdString();
        StudyDirectory::create(
            dir,
            nlohmann::json::parse(
                R"({"objective": {"function": "branin"}, "strategy": {"type": "random", "trials": 2}})"));
        collect("copy onto itself", [&] { StudyDirectory::copy(dir, dir); });
        collect("export onto a study",
                [&] { StudyDirectory::refuseOverwrite(StudyDirectory::journalPath(dir)); });
        collect("copy onto a study", [&] {
            const std::string other = (temp.path() + QStringLiteral("/other")).toStdString();
            StudyDirectory::create(
                other,
                nlohmann::json::parse(
                    R"({"objective": {"function": "branin"}, "strategy": {"type": "random", "trials": 2}})"));
            StudyDirectory::copy(dir, other);
        });
        collect("corrupt journal", [&] {
            std::ofstream(StudyDirectory::journalPath(dir), std::ios::app) << "garbage\n";
            StudyDirectory::load(dir);
        });
        for (const auto& [what, problem] : messages) {
            QVERIFY2(!problem.empty(), ("the core raised no error for: " + what).c_str());
            QVERIFY2(isTranslated(problem), ("no translation for the core's " + what +
                                             " message: " + problemMessage(problem))
                                                .c_str());
        }
    }

    void mainWindowIsChinese() {
        MainWindow window;
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.join(QLatin1Char(' ')).contains(QStringLiteral("文件")),
                 qPrintable(menus.join(QLatin1Char(','))));
        // View > Language lists languages by their own names and saves the choice.
        auto* languages = window.findChild<LanguageMenu*>();
        QVERIFY(languages);
        QAction* english = nullptr;
        QAction* system = nullptr;
        for (QAction* a : languages->actions()) {
            if (a->data().toString() == QLatin1String("en"))
                english = a;
            if (a->isCheckable() && a->data().toString().isEmpty())
                system = a;
        }
        QVERIFY(english && system);
        QCOMPARE(english->text(), QStringLiteral("English"));
        QVERIFY(system->isChecked());
        english->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QVERIFY(english->isChecked());
        system->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QSettings().clear();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
