// Bad input from outside (hand-edited or hostile files): every case ends in
// an InputError that names the file or field and what is allowed, quickly,
// without a crash, a hang or a large allocation. One test per class of the
// corpus that found them: deep nesting, numbers beyond their type, sizes
// that only fail after allocating, messages that say too little or too much.

#include <QtTest>

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "data/csv_reader.h"
#include "data/idx_reader.h"
#include "io/config_json.h"
#include "io/journal.h"
#include "search/samplers/grid_sampler.h"
#include "search/samplers/sampler_settings.h"
#include "search/search_space.h"
#include "study/model/study_definition.h"
#include "study/storage/study_journal.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

/// The message of the InputError `run` throws, or a text saying what
/// happened instead (the tests then fail naming it).
QString inputErrorOf(const std::function<void()>& run) {
    try {
        run();
    } catch (const InputError& e) {
        return QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        return QStringLiteral("not an InputError: ") + QString::fromUtf8(e.what());
    }
    return QStringLiteral("no error");
}

#define EXPECT_MESSAGE(message, part) \
    QVERIFY2((message).contains(QString::fromUtf8(part)), qPrintable(message))

void writeFile(const QString& path, const std::string& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.data(), qint64(text.size()));
}

/// Writes `text` to a file `name` in a temporary folder and returns the
/// message of the InputError `load` throws for that path.
QString errorLoadingFile(const char* name, const std::string& text,
                         const std::function<void(const std::string&)>& load) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QString::fromUtf8(name));
    writeFile(path, text);
    return inputErrorOf([&] { load(path.toStdString()); });
}

std::string deeplyNested(int depth) {
    return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    // --- 1. nesting depth, limited while parsing -----------------------------

    void deepConfigIsRefusedAtParseTime() {
        const QString message = errorLoadingFile("deep.json", deeplyNested(100000),
                                                 [](const std::string& p) { loadRunConfig(p); });
        EXPECT_MESSAGE(message, "deep.json:1:101: lists and objects nested deeper than 100 levels");
        EXPECT_MESSAGE(message, "(allowed: up to 100)");
        // Brackets inside strings and comments are not nesting.
        const std::string inString =
            "{\"dataset\": {\"name\": \"" + std::string(5000, '[') + "\"}} // [[[[";
        EXPECT_MESSAGE(inputErrorOf([&] { runConfigFromJson(parseJsonText(inString, "s")); }),
                       "unknown dataset");
        // Up to the limit is fine.
        QCOMPARE(parseJsonText(deeplyNested(100), "ok").size(), std::size_t(1));
    }

    void deepStudyValuesAreRefused() {
        const QString message =
            errorLoadingFile("study.json",
                             "{\"description\": " + deeplyNested(50000) +
                                 ", \"objective\": {\"function\": \"branin\"}, \"strategy\": "
                                 "{\"type\": \"random\"}}",
                             [](const std::string& p) { StudyDefinition::load(p); });
        EXPECT_MESSAGE(message, "study.json:1:");
        EXPECT_MESSAGE(message, "nested deeper than 100 levels");
    }

    void deepJournalLineIsRefused() {
        const QString message = errorLoadingFile(
            "journal.jsonl",
            "{\"event\": \"study_started\"}\n{\"event\": \"trial_created\", \"trial\": 0, "
            "\"params\": {\"x\": " +
                deeplyNested(100000) + "}}\n{\"event\": \"study_finished\"}\n",
            [](const std::string& p) { Journal::read(p); });
        EXPECT_MESSAGE(message, "journal.jsonl:2:");
        EXPECT_MESSAGE(message, "nested deeper than 100 levels");
    }

    // --- 4. JSON problems named with file:line:column -------------------------

    void duplicateKeysAreRefused() {
        EXPECT_MESSAGE(
            errorLoadingFile("config.json", "{\"training\": {\"epochs\": 3,\n  \"epochs\": 4}}",
                             [](const std::string& p) { loadRunConfig(p); }),
            "config.json:2:3: duplicate key \"epochs\" (allowed: each key once per "
            "object)");
        // Escapes are compared decoded; the same key in two objects is fine.
        EXPECT_MESSAGE(inputErrorOf([] { parseJsonText(R"({"a": 1, "\u0061": 2})", "f"); }),
                       "duplicate key \"a\"");
        QCOMPARE(parseJsonText(R"({"a": {"x": 1}, "b": {"x": 2}, "c": ["x", "x"]})", "f").size(),
                 std::size_t(3));
    }

    void numberOverflowNamesThePlace() {
        const QString message = inputErrorOf(
            [] { parseJsonText("{\n  \"training\": {\"learning_rate\": 1e999}}", "c.json"); });
        EXPECT_MESSAGE(message, "c.json:2:33: the number 1e999 is out of range");
        QVERIFY2(!message.contains("json.exception"), qPrintable(message));
    }

    void longValuesAreElided() {
        const std::string huge(1 << 20, 'x');
        const QString name = inputErrorOf([&] {
            runConfigFromJson(json{{"dataset", {{"name", huge}}}});
        });
        EXPECT_MESSAGE(name, "dataset.name: unknown dataset \"xxxx");
        EXPECT_MESSAGE(name, "(1048576 bytes)");
        QVERIFY2(name.size() < 400, qPrintable(name.left(400)));
        const QString key = inputErrorOf([&] { runConfigFromJson(json{{huge, 1}}); });
        EXPECT_MESSAGE(key, "(1048576 bytes): unknown field");
        QVERIFY2(key.size() < 500, qPrintable(key.left(500)));
        const QString value = inputErrorOf([&] {
            runConfigFromJson(json{{"training", {{"epochs", huge}}}});
        });
        QVERIFY2(value.size() < 200, qPrintable(value.left(200)));
    }

    // --- 3. sizes refused before they are allocated or read ------------------

    void oversizedOrOddConfigFilesAreRefused() {
        const QString zero = inputErrorOf([] { loadRunConfig("/dev/zero"); });
        EXPECT_MESSAGE(zero,
                       "/dev/zero: the config file is larger than 16 MiB (allowed: up to "
                       "16 MiB of JSON)");
        const QString study = inputErrorOf([] { StudyDefinition::load("/dev/zero"); });
        EXPECT_MESSAGE(study, "the study file is larger than 16 MiB");
        QTemporaryDir dir;
        EXPECT_MESSAGE(inputErrorOf([&] { StudyDefinition::load(dir.path().toStdString()); }),
                       "study file is a directory, not a file");
    }

    // --- 2. numbers beyond their type ---------------------------------------

    void intDimensionSpanningInt64IsRefused() {
        const QString message = inputErrorOf([] {
            SearchSpace::fromJson(json::parse(
                R"({"n": {"type": "int", "low": -9000000000000000000, "high": 9000000000000000000}})"));
        });
        EXPECT_MESSAGE(message,
                       "space.n.low: -9000000000000000000 is out of range (allowed: "
                       "-9007199254740992 to 9007199254740992)");
    }

    void samplerSettingsHaveCaps() {
        const std::pair<const char*, const char*> cases[] = {
            {R"({"candidates": 2e9})",
             "strategy.candidates: 2000000000.0 is out of range (allowed: 1 to 100000)"},
            {R"({"ei_candidates": 2e9})",
             "strategy.ei_candidates: 2000000000.0 is out of range (allowed: 1 to 10000)"},
            {R"({"points_per_dimension": 1e12})",
             "strategy.points_per_dimension: 1000000000000.0 is out of range (allowed: 1 to "
             "100000)"},
            {R"({"seed": -1e20})",
             "strategy.seed: -1e+20 is out of range (allowed: 0 to 18446744073709551615)"},
            {R"({"fit_iterations": 1.5})",
             "strategy.fit_iterations: expected an integer, got 1.5 (allowed: 1 to 10000)"},
        };
        for (const auto& [text, expected] : cases)
            EXPECT_MESSAGE(inputErrorOf([&] { SamplerSettings::fromJson(json::parse(text)); }),
                           expected);
    }

    void largeGridIsCountedAndRefused() {
        json space = json::object();
        for (int i = 0; i < 6; ++i)
            space["x" + std::to_string(i)] = {{"type", "float"}, {"low", 0}, {"high", 1}};
        const SearchSpace s = SearchSpace::fromJson(space);
        const SamplerSettings settings = SamplerSettings::fromJson(
            json{{"points_per_dimension", 100}, {"allow_large_grid", true}});
        QElapsedTimer timer;
        timer.start();
        const QString message = inputErrorOf([&] { GridSampler::checkSize(s, settings); });
        EXPECT_MESSAGE(message,
                       "strategy.points_per_dimension: the grid has 1000000000000 "
                       "points, more than the hard limit 1000000");
        QVERIFY2(timer.elapsed() < 5000, "the size must be counted, not enumerated");
    }

    void manyCategoricalValuesAreQuickAndCapped() {
        json values = json::array();
        for (int i = 0; i < 20000; ++i)
            values.push_back("v" + std::to_string(i));
        QElapsedTimer timer;
        timer.start();
        const QString message = inputErrorOf([&] {
            SearchSpace::fromJson(json{{"c", {{"type", "categorical"}, {"values", values}}}});
        });
        EXPECT_MESSAGE(message,
                       "space.c.values: 20000 choices are too many (allowed: 1 to 1000 choices)");
        // Within the cap the duplicate check is linear, and 1 == 1.0 still.
        values.erase(values.begin() + 1000, values.end());
        QCOMPARE(SearchSpace::fromJson(json{{"c", {{"type", "categorical"}, {"values", values}}}})
                     .size(),
                 std::size_t(1));
        QVERIFY2(timer.elapsed() < 2000, "choices must be checked in linear time");
        EXPECT_MESSAGE(inputErrorOf([] {
                           SearchSpace::fromJson(json::parse(
                               R"({"c": {"type": "categorical", "values": [1, [2], 1.0]}})"));
                       }),
                       "space.c.values: duplicate choice 1.0");
    }

    void idxHeaderLargerThanTheFileIsTruncatedNotAllocated() {
        // 2^31 - 1 images of 28 x 28 announced, 92 bytes of pixels given.
        std::string bytes = {0, 0, 8, 3,  0x7f, char(0xff), char(0xff), char(0xff),
                             0, 0, 0, 28, 0,    0,          0,          28};
        bytes += std::string(92, '\0');  // 108 bytes in all
        const QString message =
            errorLoadingFile("images-idx3-ubyte", bytes,
                             [](const std::string& p) { readIdxImages(p, 0, "dataset.images"); });
        EXPECT_MESSAGE(message, "dataset.images: \"");
        EXPECT_MESSAGE(message, "is truncated: expected 1683627179264 bytes, file has 108");
    }

    void hugeModelsAreRefusedBeforeBuilding() {
        RunConfig config = runConfigFromJson(json::parse(R"({
            "dataset": {"name": "spiral"}, "model": {"hidden_layers": [65536, 65536]}})"));
        const QString dense = inputErrorOf([&] {
            validateAgainstInput(config, Shape{2, 1, 1}, Task::Classification, 3);
        });
        EXPECT_MESSAGE(dense,
                       "model.hidden_layers: a trial would need about 64.1 GiB of memory "
                       "(4.3e+09 parameters");
        EXPECT_MESSAGE(dense, "more than the limit of 4.0 GiB per trial");
        config = runConfigFromJson(json::parse(R"({
            "dataset": {"name": "idx", "images": "i", "labels": "l"},
            "model": {"conv_layers": [{"filters": 1024, "kernel_size": 5},
                                      {"filters": 1024, "kernel_size": 5}]},
            "training": {"batch_size": 4096}})"));
        const QString conv = inputErrorOf([&] {
            validateAgainstInput(config, Shape{1, 28, 28}, Task::Classification, 10);
        });
        EXPECT_MESSAGE(conv, "model.conv_layers: a trial would need about");
        // The shipped CNN example stays well inside the limit.
        const RunConfig example =
            loadRunConfig(qEnvironmentVariable("HYPERLAB_SOURCE_DIR").toStdString() +
                          "/resources/examples/fashion_cnn.json");
        validateAgainstInput(example, Shape{1, 28, 28}, Task::Classification, 10);
    }

    void csvWithTooManyClassesIsRefused() {
        std::string text = "x,label\n";
        for (int i = 0; i < 100000; ++i)
            text += std::to_string(i % 7) + ",id" + std::to_string(i) + "\n";
        const QString message =
            errorLoadingFile("ids.csv", text, [](const std::string& p) { loadCsvDataset(p, {}); });
        EXPECT_MESSAGE(message,
                       "ids.csv\": the label column \"label\" has 100000 distinct values, "
                       "too many classes (allowed: up to 1000 classes");
    }

    // --- 4. a damaged journal gives warnings naming line and key -------------

    void malformedJournalFieldsBecomeWarnings() {
        const std::vector<json> events = {
            json::parse(R"({"event": 5, "trial": 0})"),
            json::parse(R"({"event": "trial_created", "trial": 0, "seed": -1e20, "params": 3})"),
            json::parse(R"({"event": "epoch", "trial": 0, "epoch": "one", "train_loss": 1})"),
            json::parse(R"({"event": "trial_finished", "trial": 0, "state": "completed",
                            "value": "x", "reason": 7, "parameters": 1e30, "test": 1,
                            "classification": "yes"})"),
        };
        std::vector<std::string> warnings;
        std::vector<Trial> trials;
        const QString error =
            inputErrorOf([&] { trials = StudyJournal::replay(events, &warnings); });
        QCOMPARE(error, QStringLiteral("no error"));
        QCOMPARE(trials.size(), std::size_t(1));
        QCOMPARE(trials[0].seed, std::uint64_t(0));
        QVERIFY(trials[0].state == TrialState::Completed);
        QString all;
        for (const auto& w : warnings)
            all += QString::fromStdString(w) + "\n";
        EXPECT_MESSAGE(all,
                       "journal line 1: event: expected a string, got 5; the value was ignored");
        QVERIFY2(!all.contains("unknown trial"), qPrintable(all));
        EXPECT_MESSAGE(all,
                       "journal line 2: seed: -1e+20 is out of range (allowed: 0 to "
                       "18446744073709551615); 0 used instead");
        EXPECT_MESSAGE(all, "journal line 2: params: expected an object, got 3");
        EXPECT_MESSAGE(all, "journal line 3: epoch: expected an integer, got \"one\"");
        EXPECT_MESSAGE(all, "journal line 4: value: expected a number, got \"x\"");
        EXPECT_MESSAGE(all, "journal line 4: reason: expected a string, got 7");
        EXPECT_MESSAGE(all, "journal line 4: parameters: 1e+30 is out of range");
        EXPECT_MESSAGE(all, "journal line 4: classification: expected true or false");
        QVERIFY2(!all.contains("json.exception"), qPrintable(all));
    }

    // --- the CLI shows these messages and exits with 2 ----------------------

    void cliReportsBadInputs() {
        const QString cli = qEnvironmentVariable("HYPERLAB_CLI");
        QVERIFY2(QFileInfo(cli).isExecutable(), "HYPERLAB_CLI must name hyperlab-cli");
        QTemporaryDir dir;
        const QString deep = dir.filePath("deep.json");
        writeFile(deep, deeplyNested(100000));
        const QString bigGrid = dir.filePath("grid.json");
        writeFile(bigGrid, R"({"objective": {"function": "branin"},
                              "strategy": {"type": "bayesian", "candidates": 2e9}})");
        const struct {
            QStringList args;
            const char* expected;
        } cases[] = {
            {{"train", deep}, "deep.json:1:101: lists and objects nested deeper than 100"},
            {{"train", "/dev/zero"}, "the config file is larger than 16 MiB"},
            {{"search", bigGrid, "--out", dir.filePath("run")},
             "strategy.candidates: 2000000000.0 is out of range (allowed: 1 to 100000)"},
        };
        for (const auto& c : cases) {
            QProcess p;
            p.start(cli, c.args);
            QVERIFY(p.waitForFinished(60000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 2);
            EXPECT_MESSAGE(err, c.expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
