// Learning-rate range test (Smith 2017): the sweep, its early stop, the
// suggestion read from the curve, progress and cancellation, and that the
// suggested rate trains as well as the default on spiral and moons.
#include <QtTest>

#include <cmath>

#include "common/errors.h"
#include "train/default_config.h"
#include "train/lr_range_test.h"
#include "train/trainer.h"

using namespace hyperlab;

namespace {

double finalValAccuracy(const RunConfig& config) {
    const TrainingResult r = trainFromConfig(config);
    return r.history.empty() ? 0.0 : r.history.back().valAccuracy;
}

/// Validation accuracy the suggested rate may fall short of the default's
/// by: two validation samples in a hundred (the sets have 100).
constexpr double kAccuracyTolerance = 0.02;

}  // namespace

class TestLrRangeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void suggestionFromACurve() {
        // Flat at 1 up to 1e-4, falling fastest around 1e-3, lowest at 1e-1,
        // then rising: the textbook shape.
        LrRangeTestResult r;
        for (int i = 0; i <= 160; ++i) {
            const double logRate = -7 + i * 0.05;
            const double fall = 0.8 / (1 + std::exp(-4 * (logRate + 3)));  // centred at 1e-3
            const double rise = logRate > -1 ? 2 * (logRate + 1) * (logRate + 1) : 0;
            r.points.push_back({std::pow(10, logRate), 1 - fall + rise});
        }
        suggestLearningRate(r);
        QVERIFY2(std::abs(std::log10(r.low) + 3) < 0.15, qPrintable(QString::number(r.low)));
        QVERIFY2(std::abs(std::log10(r.high) + 1) < 0.15, qPrintable(QString::number(r.high)));
        QCOMPARE(r.suggested, std::sqrt(r.low * r.high));

        LrRangeTestResult tooShort;
        tooShort.points.resize(5, {0.1, 1.0});
        QVERIFY_THROWS_EXCEPTION(InputError, suggestLearningRate(tooShort));
    }

    void sweepsExponentiallyAndStopsWhenTheLossExplodes() {
        int calls = 0, last = 0, total = 0;
        const auto r = runLrRangeTest(
            defaultRunConfig(), {}, [&](int done, int all, const LrRangePoint& point) {
                ++calls;
                QCOMPARE(done, last + 1);
                last = done;
                total = all;
                QVERIFY(point.learningRate >= 1e-7 && point.learningRate <= 10 * (1 + 1e-12));
            });
        QCOMPARE(total, 300);
        QCOMPARE(calls, last);
        QCOMPARE(r.points.front().learningRate, 1e-7);
        // Each step multiplies the rate by (10 / 1e-7)^(1/299).
        const double growth = std::pow(1e8, 1.0 / 299);
        for (std::size_t i = 1; i < r.points.size(); ++i)
            QVERIFY(std::abs(r.points[i].learningRate / r.points[i - 1].learningRate - growth) <
                    1e-9);
        // Adam on the spiral: dead units at large rates leave the loss near
        // chance, never 4x its minimum, so the sweep runs to 10.
        QVERIFY(!r.exploded);
        QCOMPARE(r.points.size(), std::size_t(300));
        QVERIFY(std::abs(r.points.back().learningRate - 10) < 1e-9);
        QVERIFY(r.low < r.suggested && r.suggested < r.high);
        QVERIFY(!r.cancelled);
    }

    void stopsWhenTheLossExplodes() {
        // Regression with MSE and SGD with momentum: large rates make the
        // weights grow geometrically and the loss shoots up.
        RunConfig config = defaultRunConfig();
        config.dataset.name = "plane";
        config.training.loss = "mse";
        config.training.optimizer = "sgd";
        config.training.momentum = 0.9;
        const auto r = runLrRangeTest(config);
        QVERIFY(r.exploded);
        QVERIFY(r.points.size() < 300);
        QVERIFY(r.points.back().learningRate < 10);
        // Every kept point is within 4x the minimum so far.
        double minimum = r.points.front().loss;
        for (const auto& p : r.points) {
            minimum = std::min(minimum, p.loss);
            QVERIFY(std::isfinite(p.loss) && p.loss <= 4 * minimum);
        }
        QVERIFY(r.high < r.points.back().learningRate);
    }

    void sameConfigSameCurve() {
        const auto a = runLrRangeTest(defaultRunConfig());
        const auto b = runLrRangeTest(defaultRunConfig());
        QCOMPARE(a.points.size(), b.points.size());
        QCOMPARE(a.suggested, b.suggested);
    }

    void stopTokenCancels() {
        std::stop_source stop;
        int calls = 0;
        const auto r = runLrRangeTest(
            defaultRunConfig(), {},
            [&](int done, int, const LrRangePoint&) {
                ++calls;
                if (done == 20)
                    stop.request_stop();
            },
            stop.get_token());
        QVERIFY(r.cancelled);
        QCOMPARE(calls, 20);
        QCOMPARE(r.suggested, 0.0);
    }

    void badInputIsRefused() {
        LrRangeTestOptions o;
        o.startRate = 0;
        QVERIFY_THROWS_EXCEPTION(InputError, runLrRangeTest(defaultRunConfig(), o));
        RunConfig config = defaultRunConfig();
        config.training.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(InputError, runLrRangeTest(config));
    }

    void suggestionTrainsAsWellAsTheDefault_data() {
        QTest::addColumn<QString>("dataset");
        QTest::newRow("spiral") << QString("spiral");
        QTest::newRow("moons") << QString("moons");
    }
    void suggestionTrainsAsWellAsTheDefault() {
        QFETCH(QString, dataset);
        RunConfig config = defaultRunConfig();
        config.dataset.name = dataset.toStdString();
        const double baseline = finalValAccuracy(config);
        const auto r = runLrRangeTest(config);
        config.training.learningRate = r.suggested;
        const double suggested = finalValAccuracy(config);
        qInfo("%s: range %.3g to %.3g, suggested %.3g: val accuracy %.3f (default rate %.3g: %.3f)",
              qPrintable(dataset), r.low, r.high, r.suggested, suggested,
              defaultRunConfig().training.learningRate, baseline);
        QVERIFY(suggested >= baseline - kAccuracyTolerance);
    }
};

QTEST_GUILESS_MAIN(TestLrRangeTest)
#include "tst_lr_range_test.moc"
