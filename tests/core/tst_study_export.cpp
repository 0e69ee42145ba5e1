// Exports: the best configs are standalone config files (read back equal to
// the trials' configs), the whole study as JSON keeps configs, states and
// per-epoch histories, and the CSV has one row per trial with a column per
// dimension and metric.

#include <QtTest>

#include <QTemporaryDir>

#include <sstream>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "io/config_json.h"
#include "study/execution/study_runner.h"
#include "study/storage/study_export.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::stringstream in(text);
    std::string line;
    while (std::getline(in, line))
        lines.push_back(line);
    return lines;
}

}  // namespace

class TestStudyExport : public QObject {
    Q_OBJECT

    std::unique_ptr<Study> m_study;

private slots:
    void initTestCase() {
        m_study = std::make_unique<Study>(StudyDefinition::fromJson(json::parse(R"({
            "base": {"dataset": {"name": "spiral", "samples": 300, "validation_fraction": 0.2},
                     "training": {"optimizer": "adam", "epochs": 3, "batch_size": 16}},
            "space": {"training.learning_rate": {"type": "float", "low": 0.001, "high": 0.1, "log": true},
                      "model.hidden_layers": {"type": "categorical", "values": [[8], [16, 16]]},
                      "training.optimizer": {"type": "categorical", "values": ["sgd", "adam"]},
                      "training.momentum": {"type": "float", "low": 0.5, "high": 0.9,
                                            "active_if": {"training.optimizer": ["sgd"]}}},
            "strategy": {"type": "random", "trials": 6, "seed": 1},
            "objective": {"metric": "val_accuracy"},
            "workers": 2})")));
        StudyRunner(*m_study).run();
        QCOMPARE(m_study->counts().completed, 6);
    }

    void bestConfigsAreStandaloneConfigFiles() {
        QTemporaryDir temp;
        const std::string dir = (temp.path() + "/best").toStdString();
        const auto written = exportBestConfigs(m_study->definition(), m_study->trials(), 3, dir);
        QCOMPARE(written.size(), std::size_t(3));
        const auto top = m_study->topK(3);
        for (std::size_t i = 0; i < 3; ++i) {
            QVERIFY2(written[i].find("rank_0" + std::to_string(i + 1)) != std::string::npos,
                     written[i].c_str());
            const RunConfig config = loadRunConfig(written[i]);
            QVERIFY(config == runConfigFromJson(top[i]->config));
            QCOMPARE(config.training.learningRate,
                     top[i]->params.at("training.learning_rate").get<double>());
        }
        const std::string file = (temp.path() + "/best.json").toStdString();
        QCOMPARE(exportBestConfigs(m_study->definition(), m_study->trials(), 1, file),
                 std::vector<std::string>{file});
        QVERIFY(loadRunConfig(file) == runConfigFromJson(m_study->bestTrial()->config));
    }

    void functionStudiesHaveNoConfigs() {
        Study study(StudyDefinition::fromJson(json::parse(
            R"({"objective": {"function": "branin"}, "strategy": {"type": "random", "trials": 2}})")));
        StudyRunner(study).run();
        QTemporaryDir temp;
        QVERIFY_THROWS_EXCEPTION(InputError, exportBestConfigs(study.definition(), study.trials(),
                                                               1, temp.path().toStdString()));
    }

    void wholeStudyAsJson() {
        const json j = studyToJson(m_study->definition(), m_study->trials());
        QCOMPARE(j["trials"].size(), std::size_t(6));
        QCOMPARE(j["best_trial"].get<int>(), m_study->bestTrial()->number);
        QCOMPARE(j["leaderboard"][0].get<int>(), m_study->bestTrial()->number);
        const json& t = j["trials"][2];
        QCOMPARE(t["trial"].get<int>(), 2);
        QCOMPARE(t["state"].get<std::string>(), std::string("completed"));
        QCOMPARE(t["history"].size(), std::size_t(3));
        QVERIFY(t["history"][0].contains("val_accuracy"));
        QVERIFY(t["config"].is_object());
        // The definition inside re-reads to the same study.
        QCOMPARE(StudyDefinition::fromJson(j["study"]).toJson(), m_study->definition().toJson());
    }

    void wholeStudyAsCsv() {
        const std::string csv = studyToCsv(m_study->definition(), m_study->trials());
        const auto lines = splitLines(csv);
        QCOMPARE(lines.size(), std::size_t(7));  // header + one row per trial
        const std::string& header = lines[0];
        for (const char* column :
             {"trial", "state", "value", "model.hidden_layers", "training.learning_rate",
              "training.momentum", "training.optimizer", "val_accuracy", "test_accuracy", "reason"})
            QVERIFY2(header.find(column) != std::string::npos, column);
        // A list value is quoted so its comma stays inside the cell.
        QVERIFY(csv.find("\"[16,16]\"") != std::string::npos ||
                csv.find(",[8],") != std::string::npos);
        for (std::size_t i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].rfind(std::to_string(i - 1) + ",completed,", 0) == 0,
                     lines[i].c_str());
    }
};

QTEST_APPLESS_MAIN(TestStudyExport)
#include "tst_study_export.moc"
