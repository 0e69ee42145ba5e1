// Study files: the documented shape parses into a StudyDefinition, the
// canonical form round-trips, and every mistake is an InputError naming the
// field it is about.

#include <QtTest>

#include <string>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "search/samplers/grid_sampler.h"
#include "study/model/study_definition.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

// The example of the issue, on a small spiral base.
json issueExample() {
    return json::parse(R"({
      "base": {
        "dataset": {"name": "spiral", "samples": 300, "validation_fraction": 0.2},
        "model": {"hidden_layers": [16]},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "epochs": 3, "seed": 7}
      },
      "space": {
        "training.learning_rate": {"type": "float", "low": 1e-4, "high": 0.3, "log": true},
        "model.dropout":          {"type": "float", "low": 0.0, "high": 0.5},
        "training.optimizer":     {"type": "categorical", "values": ["sgd", "adam"]},
        "training.momentum":      {"type": "float", "low": 0.5, "high": 0.95,
                                   "active_if": {"training.optimizer": ["sgd"]}}
      },
      "strategy":  {"type": "bayesian", "trials": 30, "seed": 5, "pruner": "median"},
      "objective": {"metric": "val_accuracy", "direction": "maximize"},
      "workers": 2
    })");
}

}  // namespace

class TestStudyDefinition : public QObject {
    Q_OBJECT

private slots:
    void parsesTheIssueExample() {
        const StudyDefinition d = StudyDefinition::fromJson(issueExample());
        QCOMPARE(d.strategy, std::string("bayesian"));
        QCOMPARE(d.trials, 30);
        QCOMPARE(d.seed, std::uint64_t(5));
        QCOMPARE(d.workers, 2);
        QCOMPARE(d.repeats, 1);
        QCOMPARE(d.pruner.type, std::string("median"));
        QCOMPARE(d.objective.metric, std::string("val_accuracy"));
        QVERIFY(d.objective.direction == Direction::Maximize);
        QCOMPARE(d.space.size(), std::size_t(4));
        QVERIFY(d.space.hasConditions());
        // The base is canonical: every field written, given values kept.
        QCOMPARE(d.base["training"]["learning_rate"].get<double>(), 0.01);
        QCOMPARE(d.base["training"]["seed"].get<int>(), 7);
        QVERIFY(d.base["training"].contains("weight_decay"));
        QVERIFY(!d.isFunction());
    }

    void canonicalFormRoundTrips() {
        const StudyDefinition d = StudyDefinition::fromJson(issueExample());
        const json once = d.toJson();
        const json twice = StudyDefinition::fromJson(once).toJson();
        QCOMPARE(twice.dump(), once.dump());
    }

    void directionDefaultsToTheMetrics() {
        json j = issueExample();
        j["objective"] = {{"metric", "val_loss"}};
        QVERIFY(StudyDefinition::fromJson(j).objective.direction == Direction::Minimize);
        j["objective"] = {{"metric", "test_accuracy"}};
        QVERIFY(StudyDefinition::fromJson(j).objective.direction == Direction::Maximize);
    }

    void functionObjectiveUsesItsDefaultSpace() {
        const StudyDefinition d =
            StudyDefinition::fromJson(json::parse(R"({"objective": {"function": "hartmann6"},
                            "strategy": {"type": "random", "trials": 8}})"));
        QVERIFY(d.isFunction());
        QCOMPARE(d.space.size(), std::size_t(6));
        QVERIFY(d.space.indexOf("x5").has_value());
        QVERIFY(d.base.is_null());
        QVERIFY(d.objective.direction == Direction::Minimize);
    }

    void gridDefaultsToItsSize() {
        json j = issueExample();
        j["strategy"] = {{"type", "grid"}, {"points_per_dimension", 3}};
        const StudyDefinition d = StudyDefinition::fromJson(j);
        const std::size_t size = GridSampler::gridSize(d.space, 3);
        QCOMPARE(std::size_t(d.trials), size);
        // lr 3 x dropout 3 x (sgd: momentum 3, adam: 1) = 36.
        QCOMPARE(size, std::size_t(36));
    }

    void tooLargeGridIsRefusedWithItsCount() {
        json j = issueExample();
        j["strategy"] = {{"type", "grid"}, {"points_per_dimension", 200}, {"max_grid_size", 1000}};
        try {
            StudyDefinition::fromJson(j);
            QFAIL("a grid over the limit was accepted");
        } catch (const InputError& e) {
            QCOMPARE(e.field(), std::string("strategy.points_per_dimension"));
            QVERIFY2(std::string(e.what()).find("1000") != std::string::npos, e.what());
        }
        // allow_large lifts max_grid_size, but not the hard limit of 10^6
        // points (8,040,000 here).
        j["strategy"]["allow_large"] = true;
        try {
            StudyDefinition::fromJson(j);
            QFAIL("a grid over the hard limit was accepted");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("hard limit 1000000") != std::string::npos,
                     e.what());
        }
        j["strategy"]["points_per_dimension"] = 30;  // 30 x 30 x (30 + 1) = 27,900
        QCOMPARE(StudyDefinition::fromJson(j).trials, 27900);
    }

    void manualAcceptsConfigsAndParams() {
        json j = issueExample();
        j.erase("space");
        j["strategy"] = json::parse(R"({"type": "manual", "configs": [
            {"training": {"learning_rate": 0.1, "optimizer": "sgd"}, "model": {"hidden_layers": [8, 8]}},
            {"training.learning_rate": 0.001}
        ]})");
        const StudyDefinition d = StudyDefinition::fromJson(j);
        QCOMPARE(d.trials, 2);
        QCOMPARE(d.manualTrials.size(), std::size_t(2));
        const Params& first = d.manualTrials[0];
        QCOMPARE(first.at("training.learning_rate").get<double>(), 0.1);
        QCOMPARE(first.at("training.optimizer").get<std::string>(), std::string("sgd"));
        QCOMPARE(first.at("model.hidden_layers"), json::array({8, 8}));
        QCOMPARE(d.manualTrials[1].size(), std::size_t(1));
    }

    void errorsNameTheField_data() {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("field");
        QTest::newRow("no strategy type") << R"({"strategy": {"type": null}})"
                                          << "strategy.type";
        QTest::newRow("unknown strategy") << R"({"strategy": {"type": "genetic"}})"
                                          << "strategy.type";
        QTest::newRow("unknown strategy key") << R"({"strategy": {"type": "random", "trails": 3}})"
                                              << "strategy.trails";
        QTest::newRow("zero trials") << R"({"strategy": {"type": "random", "trials": 0}})"
                                     << "strategy.trials";
        QTest::newRow("unknown pruner")
            << R"({"strategy": {"type": "random", "pruner": "hyperband"}})"
            << "strategy.pruner";
        QTest::newRow("bad pruner setting")
            << R"({"strategy": {"type": "random", "pruner": {"type": "asha", "reduction_factor": 1}}})"
            << "strategy.pruner.reduction_factor";
        QTest::newRow("manual without configs") << R"({"strategy": {"type": "manual"}})"
                                                << "strategy.configs";
        QTest::newRow("manual bad value")
            << R"({"strategy": {"type": "manual", "configs": [{"training.learning_rate": -1}]}})"
            << "strategy.configs.0.training.learning_rate";
        QTest::newRow("unknown metric") << R"({"objective": {"metric": "f1"}})"
                                        << "objective.metric";
        QTest::newRow("bad direction")
            << R"({"objective": {"metric": "val_loss", "direction": "down"}})"
            << "objective.direction";
        QTest::newRow("accuracy on regression")
            << R"({"base": {"training": {"loss": "mse"}, "dataset": {"name": "sine"}}, "objective": {"metric": "val_accuracy"}})"
            << "objective.metric";
        QTest::newRow("validation metric without validation set")
            << R"({"base": {"dataset": {"validation_fraction": 0}}})"
            << "objective.metric";
        QTest::newRow("bad base") << R"({"base": {"training": {"learning_rate": "fast"}}})"
                                  << "base.training.learning_rate";
        QTest::newRow("space path typo")
            << R"({"space": {"training.learnig_rate": {"type": "float", "low": 0.1, "high": 0.2}}})"
            << "space.training.learnig_rate";
        QTest::newRow("space value out of range")
            << R"({"space": {"model.dropout": {"type": "float", "low": 0.0, "high": 1.5}}})"
            << "space.model.dropout";
        QTest::newRow("bad dimension")
            << R"({"space": {"model.dropout": {"type": "float", "low": 0.4, "high": 0.1}}})"
            << "space.model.dropout";
        QTest::newRow("workers") << R"({"workers": 0.5})"
                                 << "workers";
        QTest::newRow("repeats") << R"({"repeats": 0})"
                                 << "repeats";
        QTest::newRow("max_seconds") << R"({"max_seconds": -1})"
                                     << "max_seconds";
        QTest::newRow("unknown key") << R"({"budget": 3})"
                                     << "budget";
    }

    void errorsNameTheField() {
        QFETCH(QString, patch);
        QFETCH(QString, field);
        json j = issueExample();
        j.merge_patch(json::parse(patch.toStdString()));
        try {
            StudyDefinition::fromJson(j);
            QFAIL("the study was accepted");
        } catch (const InputError& e) {
            QVERIFY2(e.field().rfind(field.toStdString(), 0) == 0,
                     (std::string("got field \"") + e.field() + "\": " + e.what()).c_str());
        }
    }

    void functionErrors_data() {
        QTest::addColumn<QString>("study");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown function")
            << R"({"objective": {"function": "rastrigin"}, "strategy": {"type": "random"}})"
            << "objective.function";
        QTest::newRow("wrong dimension count")
            << R"({"objective": {"function": "branin", "dimensions": 3}, "strategy": {"type": "random"}})"
            << "objective.dimensions";
        QTest::newRow("missing coordinate")
            << R"({"objective": {"function": "branin"}, "strategy": {"type": "random"},
                  "space": {"x0": {"type": "float", "low": 0, "high": 1}}})"
            << "space";
        QTest::newRow("base with a function")
            << R"({"objective": {"function": "branin"}, "strategy": {"type": "random"}, "base": {}})"
            << "base";
    }

    void functionErrors() {
        QFETCH(QString, study);
        QFETCH(QString, field);
        try {
            StudyDefinition::fromJson(json::parse(study.toStdString()));
            QFAIL("the study was accepted");
        } catch (const InputError& e) {
            QVERIFY2(e.field().rfind(field.toStdString(), 0) == 0, e.what());
        }
    }

    void exampleStudiesParse_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("spiral random") << "study_spiral_random.json";
        QTest::newRow("fashion bayesian") << "study_fashion_bayesian.json";
        QTest::newRow("branin bayesian") << "study_branin_bayesian.json";
    }

    void exampleStudiesParse() {
        QFETCH(QString, file);
        const QString path =
            qEnvironmentVariable("HYPERLAB_SOURCE_DIR") + "/resources/examples/" + file;
        const StudyDefinition d = StudyDefinition::load(path.toStdString());
        QVERIFY(d.trials > 0);
        QVERIFY(d.warnings.empty());
        QVERIFY(!d.name.empty());
    }

    void warnsAboutAPrunerWithoutEpochs() {
        const StudyDefinition d = StudyDefinition::fromJson(json::parse(
            R"({"objective": {"function": "branin"}, "strategy": {"type": "random", "pruner": "median"}})"));
        QCOMPARE(d.warnings.size(), std::size_t(1));
        QVERIFY(d.warnings[0].find("strategy.pruner") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestStudyDefinition)
#include "tst_study_definition.moc"
