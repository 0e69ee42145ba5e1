// Diagnosis: synthetic curves for every finding and for healthy runs (no
// false alarm), then real runs made to fail on purpose.
#include <QtTest>

#include <cmath>
#include <functional>

#include "train/default_config.h"
#include "train/diagnosis.h"
#include "train/trainer.h"

using namespace hyperlab;

namespace {

/// A classification run of `epochs` epochs whose figures come from
/// functions of the 1-based epoch.
RunCurves curves(
    int epochs, const std::function<double(int)>& trainLoss,
    const std::function<double(int)>& valLoss, const std::function<double(int)>& trainAccuracy,
    const std::function<double(int)>& valAccuracy,
    const std::function<double(int)>& learningRate = [](int) { return 0.01; }) {
    RunCurves run;
    for (int e = 1; e <= epochs; ++e) {
        EpochMetrics m;
        m.epoch = e;
        m.trainLoss = m.trainLossRunning = trainLoss(e);
        m.valLoss = valLoss(e);
        m.trainAccuracy = m.trainAccuracyRunning = trainAccuracy(e);
        m.valAccuracy = valAccuracy(e);
        m.learningRate = learningRate(e);
        run.history.push_back(m);
    }
    return run;
}

double decay(int e, double from, double to, double rate) {
    return to + (from - to) * std::exp(-rate * (e - 1));
}

/// A tiny deterministic wobble (+-amplitude) like a validation set's noise.
double wobble(int e, double amplitude) {
    return amplitude * std::sin(e * 2.3);
}

/// A run that learns well: losses fall to a low floor, accuracies rise to
/// ~0.98, validation tracks training.
RunCurves healthy(int epochs) {
    return curves(
        epochs, [](int e) { return decay(e, 0.7, 0.04, 0.12) * (1 + wobble(e, 0.03)); },
        [](int e) { return decay(e, 0.7, 0.06, 0.12) * (1 + wobble(e, 0.05)); },
        [](int e) { return decay(e, 0.6, 0.985, 0.15); },
        [](int e) { return decay(e, 0.6, 0.975, 0.15) + wobble(e, 0.005); });
}

QStringList codes(const std::vector<Finding>& findings) {
    QStringList out;
    for (const auto& f : findings)
        out << toString(f.code);
    return out;
}

QStringList paths(const Finding& f) {
    QStringList out;
    for (const auto& p : f.hyperparameters)
        out << QString::fromStdString(p);
    return out;
}

QString explain(const std::vector<Finding>& findings) {
    QStringList out;
    for (const auto& f : findings)
        out << QString::fromStdString(describe(f));
    return out.join(" | ");
}

}  // namespace

class TestDiagnosis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthyRunsHaveNoFinding_data() {
        QTest::addColumn<int>("epochs");
        QTest::newRow("5 epochs") << 5;
        QTest::newRow("20 epochs") << 20;
        QTest::newRow("60 epochs") << 60;
        QTest::newRow("300 epochs") << 300;
    }
    void healthyRunsHaveNoFinding() {
        QFETCH(int, epochs);
        const auto findings = diagnose(healthy(epochs));
        QVERIFY2(findings.empty(), qPrintable(explain(findings)));
    }

    void tooFewEpochsSayNothing() {
        // Three flat epochs: too short to call a trend.
        const auto run = curves(
            3, [](int) { return 0.69; }, [](int) { return 0.69; }, [](int) { return 0.5; },
            [](int) { return 0.5; });
        QVERIFY(diagnose(run).empty());
    }

    void divergedNamesEpochBatchAndLearningRate() {
        RunCurves run = healthy(3);
        run.divergence = {4, 17};
        const auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"diverged"});
        QCOMPARE(findings[0].epoch, 4);
        QCOMPARE(findings[0].batch, 17);
        QVERIFY(findings[0].nonFinite);
        QCOMPARE(paths(findings[0]).first(), QString("training.learning_rate"));
        const QString text = QString::fromStdString(describe(findings[0]));
        QVERIFY2(text.contains("epoch 4, batch 17"), qPrintable(text));
    }

    void nonFiniteCurveIsDivergence() {
        RunCurves run = healthy(10);
        run.history[6].trainLoss = std::numeric_limits<double>::infinity();
        const auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"diverged"});
        QCOMPARE(findings[0].epoch, 7);
        QCOMPARE(findings[0].batch, 0);
    }

    void blowUpThenChanceIsDivergence() {
        // Adam at rate 10: the loss is hundreds after the first epoch, then
        // falls back to chance (0.69) and accuracy never leaves 0.5.
        const auto run = curves(
            20, [](int e) { return e < 8 ? 700.0 / (e * e) : 0.70 + wobble(e, 0.02); },
            [](int e) { return e < 8 ? 720.0 / (e * e) : 0.71; },
            [](int e) { return 0.5 + wobble(e, 0.02); }, [](int) { return 0.5; });
        const auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"diverged"});
        QCOMPARE(findings[0].epoch, 1);
        QVERIFY(!findings[0].nonFinite);
    }

    void creepingLossIsLearningRateTooLow() {
        // 0.6931 (chance for two classes) creeping to 0.686 over 60 epochs.
        const auto run = curves(
            60, [](int e) { return 0.6931 - 0.00012 * e; },
            [](int e) { return 0.6935 - 0.0001 * e; }, [](int) { return 0.52; },
            [](int) { return 0.5; });
        const auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"loss_not_decreasing"});
        QVERIFY(!findings[0].bouncing);
        QCOMPARE(paths(findings[0]), QStringList{"training.learning_rate"});
        QVERIFY(describe(findings[0]).find("too low") != std::string::npos);
    }

    void bouncingFlatLossIsLearningRateTooHigh() {
        const auto run = curves(
            30, [](int e) { return e % 2 ? 0.75 : 0.9; }, [](int e) { return e % 2 ? 0.8 : 0.95; },
            [](int e) { return e % 2 ? 0.55 : 0.45; }, [](int) { return 0.5; });
        const auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"loss_not_decreasing"});
        QVERIFY(findings[0].bouncing);
        QVERIFY(describe(findings[0]).find("too high") != std::string::npos);
    }

    void oscillatingLossNamesRateAndBatch() {
        // Falls overall but jumps up by ~40% every third epoch from epoch 3.
        const auto run = curves(
            30, [](int e) { return decay(e, 0.8, 0.2, 0.1) * (e % 3 == 0 ? 1.4 : 1.0); },
            [](int e) { return decay(e, 0.8, 0.25, 0.1) * (e % 3 == 0 ? 1.4 : 1.0); },
            [](int e) { return decay(e, 0.5, 0.93, 0.1); },
            [](int e) { return decay(e, 0.5, 0.9, 0.1); });
        const auto findings = diagnose(run);
        QVERIFY2(codes(findings).contains("oscillating_loss"), qPrintable(explain(findings)));
        const Finding& f = findings[std::size_t(codes(findings).indexOf("oscillating_loss"))];
        QCOMPARE(f.epoch, 3);
        QCOMPARE(paths(f), (QStringList{"training.learning_rate", "training.batch_size"}));
    }

    void overfittingStartsAtTheValidationMinimum() {
        // Validation loss bottoms out at epoch 20 and climbs; training falls on.
        const auto run = curves(
            80, [](int e) { return decay(e, 0.7, 0.001, 0.08); },
            [](int e) { return 0.25 + 0.0004 * (e - 20) * (e - 20); },
            [](int e) { return decay(e, 0.6, 1.0, 0.1); },
            [](int e) { return decay(e, 0.6, 0.86, 0.2); });
        const auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"overfitting"});
        QCOMPARE(findings[0].epoch, 20);
        QVERIFY(paths(findings[0]).contains("model.dropout"));
        QVERIFY(paths(findings[0]).contains("training.weight_decay"));
        QVERIFY(paths(findings[0]).contains("training.early_stopping.patience"));
    }

    void slightlyRisingValidationLossWithoutGapIsNoOverfitting() {
        // Validation loss 10-20% above its minimum at the end but accuracies
        // equal: over-confidence on a few points, not worth an alarm.
        const auto run = curves(
            60, [](int e) { return decay(e, 0.7, 0.03, 0.1); },
            [](int e) {
                return decay(e, 0.7, 0.05, 0.1) + 0.00001 * (e - 30) * (e - 30) * (e > 30);
            },
            [](int e) { return decay(e, 0.6, 0.99, 0.15); },
            [](int e) { return decay(e, 0.6, 0.985, 0.15); });
        QVERIFY2(diagnose(run).empty(), qPrintable(explain(diagnose(run))));
    }

    void lowFlatAccuracyIsUnderfitting() {
        const auto run = curves(
            40, [](int e) { return decay(e, 0.69, 0.55, 0.3); },
            [](int e) { return decay(e, 0.69, 0.56, 0.3); },
            [](int e) { return decay(e, 0.5, 0.7, 0.4); },
            [](int e) { return decay(e, 0.5, 0.69, 0.4); },
            [](int e) { return 0.01 * std::pow(0.98, e); });  // a schedule: no plateau advice
        const auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"underfitting"});
        QVERIFY(findings[0].epoch < 20);
        QCOMPARE(paths(findings[0]),
                 (QStringList{"model.hidden_layers", "training.epochs", "training.learning_rate"}));
    }

    void stalledLossAtConstantRateIsPlateau() {
        // Falls to 0.3 by epoch ~15 and stays there for 45 epochs at 0.88.
        const auto run = curves(
            60, [](int e) { return decay(e, 0.7, 0.3, 0.4); },
            [](int e) { return decay(e, 0.7, 0.32, 0.4); },
            [](int e) { return decay(e, 0.5, 0.88, 0.4); },
            [](int e) { return decay(e, 0.5, 0.87, 0.4); });
        auto findings = diagnose(run);
        QCOMPARE(codes(findings), QStringList{"plateau"});
        QVERIFY(findings[0].epoch > 5 && findings[0].epoch < 20);
        QCOMPARE(paths(findings[0]), QStringList{"training.lr_schedule.type"});

        // The same curves with a decaying rate: a schedule is in use already.
        auto scheduled = run;
        for (auto& m : scheduled.history)
            m.learningRate = 0.01 * std::pow(0.95, m.epoch);
        QVERIFY(diagnose(scheduled).empty());
    }

    void regressionUsesR2() {
        RunCurves run = curves(
            40, [](int e) { return decay(e, 2.0, 0.05, 0.2); },
            [](int e) { return decay(e, 2.0, 0.07, 0.2); }, [](int) { return std::nan(""); },
            [](int) { return std::nan(""); });
        run.classification = false;
        for (auto& m : run.history) {
            m.trainR2 = decay(m.epoch, 0.0, 0.97, 0.2);
            m.valR2 = decay(m.epoch, 0.0, 0.96, 0.2);
        }
        QVERIFY2(diagnose(run).empty(), qPrintable(explain(diagnose(run))));
        for (auto& m : run.history) {
            m.trainR2 = decay(m.epoch, 0.0, 0.4, 0.5);
            m.valR2 = decay(m.epoch, 0.0, 0.38, 0.5);
        }
        QVERIFY(codes(diagnose(run)).contains("underfitting"));
    }

    void codesAreStable() {
        QCOMPARE(QString(toString(FindingCode::Diverged)), QString("diverged"));
        QCOMPARE(QString(toString(FindingCode::LossNotDecreasing)), QString("loss_not_decreasing"));
        QCOMPARE(QString(toString(FindingCode::OscillatingLoss)), QString("oscillating_loss"));
        QCOMPARE(QString(toString(FindingCode::Overfitting)), QString("overfitting"));
        QCOMPARE(QString(toString(FindingCode::Underfitting)), QString("underfitting"));
        QCOMPARE(QString(toString(FindingCode::Plateau)), QString("plateau"));
    }

    // --- Real runs ---------------------------------------------------------

    void healthyDefaultRunsHaveNoFinding_data() {
        QTest::addColumn<QString>("dataset");
        for (const char* name : {"spiral", "moons", "circle", "xor", "gaussians"})
            QTest::newRow(name) << QString(name);
    }
    void healthyDefaultRunsHaveNoFinding() {
        QFETCH(QString, dataset);
        RunConfig config = defaultRunConfig();
        config.dataset.name = dataset.toStdString();
        const TrainingResult result = trainFromConfig(config);
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        const auto findings = diagnose(curvesOf(result));
        QVERIFY2(findings.empty(), qPrintable(explain(findings)));
    }

    void sgdAtLearningRate5Diverges() {
        RunConfig config = defaultRunConfig();
        config.training.optimizer = "sgd";
        config.training.learningRate = 5.0;
        const TrainingResult result = trainFromConfig(config);
        // The first batches blow the loss up and kill the ReLUs; the loss
        // then bounces around chance without ever becoming NaN.
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        const auto findings = diagnose(curvesOf(result));
        QCOMPARE(codes(findings), QStringList{"diverged"});
        QCOMPARE(findings[0].epoch, 1);
        QVERIFY(!findings[0].nonFinite);
        QCOMPARE(paths(findings[0]).first(), QString("training.learning_rate"));

        // Pushed to an overflow (regression, MSE, momentum: the weights grow
        // geometrically): epoch and batch of the blow-up are named.
        config.dataset.name = "plane";
        config.training.loss = "mse";
        config.training.momentum = 0.9;
        const TrainingResult nan = trainFromConfig(config);
        QCOMPARE(QString(toString(nan.status)), QString("failed"));
        QVERIFY(nan.divergence.happened());
        const auto nanFindings = diagnose(curvesOf(nan));
        QCOMPARE(codes(nanFindings), QStringList{"diverged"});
        QVERIFY(nanFindings[0].nonFinite);
        QCOMPARE(nanFindings[0].epoch, nan.divergence.epoch);
        QCOMPARE(nanFindings[0].batch, nan.divergence.batch);
        QVERIFY(nanFindings[0].batch >= 1);
    }

    void bigNetworkOnFewSamplesOverfits() {
        RunConfig config = defaultRunConfig();
        config.dataset.samples = 100;
        config.dataset.noise = 0.3;
        config.model.hiddenLayers = {256, 256};
        config.model.dropout = 0.0;
        config.training.epochs = 300;
        const TrainingResult result = trainFromConfig(config);
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        const auto findings = diagnose(curvesOf(result));
        QVERIFY2(codes(findings).contains("overfitting"), qPrintable(explain(findings)));
        const Finding& f = findings[std::size_t(codes(findings).indexOf("overfitting"))];
        QVERIFY(paths(f).contains("model.dropout"));
        QVERIFY(paths(f).contains("training.weight_decay"));
        QVERIFY(f.epoch >= 1 && f.epoch < 300);
    }

    void tinyLearningRateIsNotDecreasing() {
        RunConfig config = defaultRunConfig();
        config.training.optimizer = "sgd";
        config.training.learningRate = 1e-6;
        config.training.epochs = 20;
        const auto findings = diagnose(curvesOf(trainFromConfig(config)));
        QCOMPARE(codes(findings), QStringList{"loss_not_decreasing"});
        QVERIFY(!findings[0].bouncing);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
