// The Search setup panel builds study JSON the core accepts, shows the grid
// size, carries conditions, reports invalid spaces, and reads a study back.
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include "core/changed_sampler_settings.h"
#include "io/config_json.h"
#include "panels/search_setup_panel.h"
#include "study/model/study_definition.h"
#include "train/default_config.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using nlohmann::json;

class TestSearchSetup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultStudyIsValid() {
        SearchSetupPanel panel;
        panel.setBaseConfig(defaultRunConfig());
        QVERIFY2(panel.problem().isEmpty(), qPrintable(panel.problem()));
        const json study = panel.studyJson(toJson(defaultRunConfig()));
        const StudyDefinition d = StudyDefinition::fromJson(study);
        QCOMPARE(d.strategy, std::string("random"));
        const auto lr = d.space.indexOf("training.learning_rate");
        QVERIFY(lr);
        QVERIFY(d.space[*lr].as<FloatDimension>() && d.space[*lr].as<FloatDimension>()->log);
    }

    // The estimate comes from timed steps of the study's likely configs;
    // a finished trial of that very study corrects it by how long it took
    // against its own prediction (a trial of another study does not).
    void estimateIsTimedThenCorrectedByFinishedTrials() {
        RunConfig base = defaultRunConfig();
        base.dataset.samples = 200;
        base.training.epochs = 3;
        SearchSetupPanel panel;
        panel.setBaseConfig(base);
        panel.setTrials(8);
        panel.setWorkers(1);
        QTRY_VERIFY_WITH_TIMEOUT(panel.estimateText().contains("timed step"), 30000);
        const QString timed = panel.estimateText();
        QVERIFY2(timed.contains(" s "), qPrintable(timed));  // seconds, not hours

        const StudyDefinition running = StudyDefinition::fromJson(panel.studyJson(toJson(base)));
        auto trial = std::make_shared<Trial>();
        trial->state = TrialState::Completed;
        trial->params = {{"training.learning_rate", 0.01},
                         {"model.hidden_layers", json::array({32})}};
        trial->seconds = 4 * 3600;  // far slower than its timed step says

        StudyDefinition other = running;
        other.base["training"]["epochs"] = 4;
        panel.studyStarted(other);
        panel.addFinishedTrial(trial);
        QCOMPARE(panel.estimateText(), timed);

        panel.studyStarted(running);
        panel.addFinishedTrial(trial);
        const QString corrected = panel.estimateText();
        QVERIFY2(corrected.contains("corrected by the finished trials"), qPrintable(corrected));
        QVERIFY2(corrected.contains(" h "), qPrintable(corrected));
    }

    void gridCountAndConditions() {
        SearchSetupPanel panel;
        panel.setBaseConfig(defaultRunConfig());
        panel.setStrategy(QStringLiteral("grid"));
        panel.setTrials(1000);
        panel.setDimension(QStringLiteral("model.hidden_layers"), json());
        panel.setDimension(QStringLiteral("training.learning_rate"),
                           {{"type", "float"}, {"low", 1e-3}, {"high", 1e-1}, {"log", true}});
        panel.setDimension(QStringLiteral("training.optimizer"),
                           {{"type", "categorical"}, {"values", {"sgd", "adam"}}});
        panel.setDimension(QStringLiteral("training.momentum"),
                           {{"type", "categorical"},
                            {"values", {0.5, 0.9}},
                            {"active_if", {{"training.optimizer", {"sgd"}}}}});
        QVERIFY2(panel.problem().isEmpty(), qPrintable(panel.problem()));
        // 5 learning rates x (sgd x 2 momenta + adam) = 15.
        QCOMPARE(panel.plannedTrials(), 15);
        const json space = panel.spaceJson();
        QCOMPARE(space["training.momentum"]["active_if"]["training.optimizer"], json({"sgd"}));
        const StudyDefinition d =
            StudyDefinition::fromJson(panel.studyJson(toJson(defaultRunConfig())));
        QCOMPARE(d.trials, 1000);
        QVERIFY(d.space.hasConditions());
        panel.setTrials(6);
        QCOMPARE(panel.plannedTrials(), 6);
    }

    void invalidSpaceIsReported() {
        SearchSetupPanel panel;
        panel.setBaseConfig(defaultRunConfig());
        panel.setDimension(QStringLiteral("training.learning_rate"),
                           {{"type", "float"}, {"low", 0.5}, {"high", 0.1}, {"log", true}});
        QVERIFY(!panel.problem().isEmpty());
        QVERIFY2(panel.problem().contains(QStringLiteral("Learning rate")),
                 qPrintable(panel.problem()));
    }

    void setupErrorsSpeakTheFormsWords() {
        // A log range from 0: said at the cell, in the table's words, and no
        // trial count beside a study that cannot start.
        SearchSetupPanel panel;
        panel.setBaseConfig(defaultRunConfig());
        panel.setStrategy(QStringLiteral("grid"));
        panel.setDimension(QStringLiteral("training.learning_rate"),
                           {{"type", "float"}, {"low", 0.0}, {"high", 0.1}, {"log", true}});
        const QString problem = panel.problem();
        QVERIFY2(problem.startsWith(QStringLiteral("Learning rate, Low: ")), qPrintable(problem));
        QVERIFY2(!problem.contains(QStringLiteral("space.")), qPrintable(problem));
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("searchSummary"));
        QVERIFY2(!summary->text().contains(QStringLiteral("will run")) &&
                     !summary->text().contains(QStringLiteral("Grid of")),
                 qPrintable(summary->text()));
        int marked = 0;
        for (QWidget* w : panel.findChildren<QLineEdit*>())
            marked += w->styleSheet().contains(QStringLiteral("#cc0000"));
        QCOMPARE(marked, 1);
        // Fixed: the outline goes, the count comes back.
        panel.setDimension(QStringLiteral("training.learning_rate"),
                           {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}, {"log", true}});
        QVERIFY(panel.problem().isEmpty());
        QVERIFY2(summary->text().contains(QStringLiteral("Grid of 15 points")),
                 qPrintable(summary->text()));
        marked = 0;
        for (QWidget* w : panel.findChildren<QLineEdit*>())
            marked += w->styleSheet().contains(QStringLiteral("#cc0000"));
        QCOMPARE(marked, 0);
    }

    void aGridCutShortIsSaidAndCanRunWhole() {
        SearchSetupPanel panel;
        panel.setBaseConfig(defaultRunConfig());
        panel.setStrategy(QStringLiteral("grid"));
        panel.setDimension(QStringLiteral("model.hidden_layers"), json());
        panel.setDimension(QStringLiteral("training.learning_rate"),
                           {{"type", "float"}, {"low", 1e-3}, {"high", 1e-1}, {"log", true}});
        panel.setDimension(QStringLiteral("training.optimizer"),
                           {{"type", "categorical"}, {"values", {"sgd", "adam", "rmsprop"}}});
        panel.setTrials(10);  // a 5 x 3 = 15-point grid
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("searchSummary"));
        auto* runAll = panel.findChild<QPushButton*>(QStringLiteral("runWholeGrid"));
        panel.show();
        QVERIFY2(summary->text().contains(QStringLiteral("evenly spaced")),
                 qPrintable(summary->text()));
        QVERIFY(runAll->isVisible());
        QVERIFY(runAll->text().contains(QStringLiteral("15")));
        runAll->click();
        QCOMPARE(panel.plannedTrials(), 15);
        QVERIFY(!runAll->isVisible());
        QVERIFY(!summary->text().contains(QStringLiteral("evenly spaced")));
    }

    void studyRoundTrip() {
        SearchSetupPanel a;
        a.setBaseConfig(defaultRunConfig());
        a.setStrategy(QStringLiteral("tpe"));
        a.setTrials(17);
        a.setWorkers(3);
        a.setDimension(QStringLiteral("model.dropout"),
                       {{"type", "float"}, {"low", 0.1}, {"high", 0.4}, {"log", false}});
        a.setDimension(QStringLiteral("training.batch_size"),
                       {{"type", "int"}, {"low", 16}, {"high", 128}, {"log", true}});
        const json base = toJson(defaultRunConfig());
        const json study = a.studyJson(base);
        SearchSetupPanel b;
        b.setBaseConfig(defaultRunConfig());
        b.setStudyJson(study);
        QCOMPARE(QString::fromStdString(b.studyJson(base).dump()),
                 QString::fromStdString(study.dump()));
    }

    // Every sampler setting of a study read into the form is written back,
    // those with a widget and those without (the core reads and writes them).
    void samplerSettingsSurviveTheForm_data() {
        QTest::addColumn<QString>("sampler");
        for (const char* name : {"grid", "sobol", "bayesian", "tpe"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void samplerSettingsSurviveTheForm() {
        QFETCH(QString, sampler);
        const SamplerSettings settings = everyFieldChanged();
        const json written = settings.toJson(sampler.toStdString());
        QVERIFY(written != SamplerSettings{}.toJson(sampler.toStdString()));
        json strategy = {{"type", sampler.toStdString()}, {"trials", 9}};
        strategy.update(written);
        const json base = toJson(defaultRunConfig());
        SearchSetupPanel panel;
        panel.setBaseConfig(defaultRunConfig());
        panel.setStudyJson(
            {{"base", base},
             {"space", {{"model.dropout", {{"type", "float"}, {"low", 0.1}, {"high", 0.4}}}}},
             {"strategy", strategy},
             {"objective", {{"metric", "val_accuracy"}}}});
        const StudyDefinition d = StudyDefinition::fromJson(panel.studyJson(base));
        QCOMPARE(d.sampler.toJson(sampler.toStdString()), written);
    }

    void convLayerRowsFollowTheModel() {
        SearchSetupPanel panel;
        RunConfig c = defaultRunConfig();
        c.model.convLayers = {ConvLayerConfig{}};
        panel.setBaseConfig(c);
        panel.setDimension(QStringLiteral("model.conv_layers.0.kernel_size"),
                           {{"type", "categorical"}, {"values", {3, 5}}});
        QVERIFY(panel.spaceJson().contains("model.conv_layers.0.kernel_size"));
        panel.setBaseConfig(defaultRunConfig());  // the conv layer is gone: not searched
        QVERIFY(!panel.spaceJson().contains("model.conv_layers.0.kernel_size"));
    }
};

QTEST_MAIN(TestSearchSetup)
#include "tst_search_setup.moc"
