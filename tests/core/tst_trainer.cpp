// Trainer behaviour: it learns, it is deterministic across thread counts,
// divergence and stop requests end a run with the right status and reason.
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>

#include "common/errors.h"
#include "common/parallel.h"
#include "data/dataset_factory.h"
#include "data/split.h"
#include "train/default_config.h"
#include "train/trainer.h"

using namespace hyperlab;

namespace {

// A tiny image set the test makes itself: 12x12 single-channel images of a
// horizontal bar, a vertical bar or a diagonal, at random positions, with
// noise. A CNN must tell the three apart; chance is 1/3.
std::shared_ptr<const Dataset> makeBarImages(int count, std::uint64_t seed) {
    auto data = std::make_shared<Dataset>();
    data->name = "bars";
    data->task = Task::Classification;
    data->inputShape = {1, 12, 12};
    data->classNames = {"horizontal", "vertical", "diagonal"};
    Random random(seed);
    data->pixels.resize(std::size_t(count) * 144);
    for (int i = 0; i < count; ++i) {
        const int label = i % 3;
        std::uint8_t* image = data->pixels.data() + std::size_t(i) * 144;
        for (int p = 0; p < 144; ++p)
            image[p] = std::uint8_t(random.below(60));
        const int offset = 2 + int(random.below(8));
        for (int k = 0; k < 12; ++k) {
            const int y = label == 0 ? offset : k;
            const int x = label == 1 ? offset : k;
            image[y * 12 + x] = 230;
        }
        data->labels.push_back(label);
    }
    return data;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private slots:
    void mlpLearnsSpiral() {
        RunConfig config = defaultRunConfig();
        const TrainingResult result = trainFromConfig(config);
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        QCOMPARE(result.epochsRun, config.training.epochs);
        QVERIFY2(result.history.back().valAccuracy >= 0.95,
                 qPrintable(QString("val accuracy %1").arg(result.history.back().valAccuracy)));
        QVERIFY(result.test.samples > 0);
        QVERIFY(result.test.accuracy >= 0.9);
        // Training must actually reduce the loss.
        QVERIFY(result.history.back().trainLoss < 0.5 * result.history.front().trainLoss);
    }

    void smallCnnLearnsBars() {
        RunConfig config;
        config.model.convLayers = {ConvLayerConfig{8, 3, 1, "same", "max", 2, 0}};
        config.model.hiddenLayers = {16};
        config.training.optimizer = "adam";
        config.training.learningRate = 0.01;
        config.training.epochs = 8;
        config.training.batchSize = 16;
        auto data = makeBarImages(450, 7);
        Trainer trainer(config, splitDataset(data, 0.2, 0.1, 3));
        const TrainingResult result = trainer.run();
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        QVERIFY2(result.test.accuracy >= 0.9,
                 qPrintable(QString("test accuracy %1").arg(result.test.accuracy)));
    }

    void regressionReportsR2() {
        RunConfig config;
        config.dataset.name = "sine";
        config.dataset.samples = 600;
        config.model.hiddenLayers = {32, 32};
        config.model.activation = "tanh";
        config.model.init = "xavier_uniform";
        config.training.loss = "mse";
        config.training.optimizer = "adam";
        config.training.learningRate = 0.01;
        config.training.epochs = 60;
        const TrainingResult result = trainFromConfig(config);
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        QVERIFY(!result.classification);
        QVERIFY2(result.test.r2 > 0.8, qPrintable(QString("R^2 %1").arg(result.test.r2)));
        QVERIFY(std::isnan(result.history.back().valAccuracy));
    }

    void sameSeedSameNumbersWithOneOrTwoThreads() {
        RunConfig config;
        config.model.convLayers = {ConvLayerConfig{4, 3, 1, "same", "max", 2, 0}};
        config.model.hiddenLayers = {32};
        config.model.dropout = 0.2;
        config.model.batchNorm = true;
        config.training.epochs = 2;
        config.training.batchSize = 64;
        auto data = makeBarImages(300, 11);
        auto runWith = [&](int threads) {
            ThreadLimit limit(threads);
            Trainer trainer(config, splitDataset(data, 0.2, 0.1, 5));
            return trainer.run();
        };
        const TrainingResult one = runWith(1);
        const TrainingResult two = runWith(2);
        QCOMPARE(one.history.size(), two.history.size());
        for (std::size_t i = 0; i < one.history.size(); ++i) {
            // Bit-identical: compare exactly, not with a tolerance.
            QVERIFY2(one.history[i].trainLoss == two.history[i].trainLoss,
                     qPrintable(QString("epoch %1 train loss %2 vs %3")
                                    .arg(i + 1)
                                    .arg(one.history[i].trainLoss, 0, 'g', 17)
                                    .arg(two.history[i].trainLoss, 0, 'g', 17)));
            QVERIFY(one.history[i].valLoss == two.history[i].valLoss);
            QVERIFY(one.history[i].trainAccuracy == two.history[i].trainAccuracy);
            QVERIFY(one.history[i].trainLossRunning == two.history[i].trainLossRunning);
        }
        QVERIFY(one.test.loss == two.test.loss);
    }

    void differentSeedsDiffer() {
        RunConfig a = defaultRunConfig();
        a.training.epochs = 2;
        RunConfig b = a;
        b.training.seed = 43;
        QVERIFY(trainFromConfig(a).history.back().trainLoss !=
                trainFromConfig(b).history.back().trainLoss);
    }

    void divergenceFailsWithReason() {
        // Regression with MSE and a learning rate that is allowed but far too
        // large: the weights grow geometrically until the loss overflows.
        RunConfig config = defaultRunConfig();
        config.dataset.name = "plane";
        config.training.loss = "mse";
        config.training.optimizer = "sgd";
        config.training.momentum = 0.9;
        config.training.learningRate = 5;
        config.training.epochs = 50;
        const TrainingResult result = trainFromConfig(config);
        QCOMPARE(QString(toString(result.status)), QString("failed"));
        QVERIFY2(result.reason.find("diverged at epoch") == 0, result.reason.c_str());
        QVERIFY(result.reason.find("loss is") != std::string::npos);
    }

    void stopTokenStopsWithinABatch() {
        RunConfig config = defaultRunConfig();
        config.training.epochs = 1000;
        std::stop_source stop;
        int batchesAfterStop = 0;
        TrainingCallbacks callbacks;
        callbacks.onBatch = [&](const BatchProgress& p) {
            if (stop.stop_requested())
                ++batchesAfterStop;
            if (p.epoch == 2 && p.batch == 3)
                stop.request_stop();
        };
        const TrainingResult result = trainFromConfig(config, callbacks, stop.get_token());
        QCOMPARE(QString(toString(result.status)), QString("stopped"));
        QCOMPARE(batchesAfterStop, 0);
        QCOMPARE(QString::fromStdString(result.reason), QString("stopped at epoch 2, batch 4"));
    }

    void earlyStoppingEndsTheRun() {
        RunConfig config = defaultRunConfig();
        config.training.epochs = 500;
        config.training.earlyStopping.patience = 3;
        const TrainingResult result = trainFromConfig(config);
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        QVERIFY(result.earlyStopped);
        QVERIFY(result.epochsRun < 500);
        QCOMPARE(result.epochsRun, result.bestEpoch + 3);
    }

    void callbacksSeeEveryEpochAndBatch() {
        RunConfig config = defaultRunConfig();
        config.training.epochs = 3;
        int epochs = 0, batches = 0, batchesPerEpoch = 0;
        TrainingCallbacks callbacks;
        callbacks.onEpoch = [&](const EpochMetrics& m) { QCOMPARE(m.epoch, ++epochs); };
        callbacks.onBatch = [&](const BatchProgress& p) {
            ++batches;
            batchesPerEpoch = p.batchesPerEpoch;
        };
        const TrainingResult result = trainFromConfig(config, callbacks);
        QCOMPARE(epochs, 3);
        QCOMPARE(batches, 3 * batchesPerEpoch);
        // 1000 samples, 70% train, batch 32 -> 22 batches.
        QCOMPARE(batchesPerEpoch, 22);
        QCOMPARE(result.history.size(), std::size_t(3));
    }

    // With dropout 0.5 the running accuracy (dropout on, weights moving) sits
    // below the evaluation-mode one, which is exactly what the trained
    // network scores on the fixed training sample.
    void trainingMetricsAreMeasuredInEvaluationMode() {
        RunConfig config = defaultRunConfig();
        config.model.dropout = 0.5;
        config.training.epochs = 12;
        auto data = loadDataset(config.dataset);
        Trainer trainer(config,
                        splitDataset(data, config.dataset.testFraction,
                                     config.dataset.validationFraction, config.dataset.seed));
        const TrainingResult result = trainer.run();
        QCOMPARE(QString(toString(result.status)), QString("completed"));
        double evalMean = 0, runningMean = 0;
        for (const EpochMetrics& e : result.history) {
            evalMean += e.trainAccuracy / double(result.history.size());
            runningMean += e.trainAccuracyRunning / double(result.history.size());
            QVERIFY(std::isfinite(e.trainLossRunning));
        }
        QVERIFY2(evalMean >= runningMean,
                 qPrintable(QString("eval %1 < running %2").arg(evalMean).arg(runningMean)));

        // By hand: argmax of the trained network's outputs on the same samples.
        const std::vector<int>& sample = trainer.trainingSample();
        QCOMPARE(sample, trainingEvaluationSample(trainer.split().train, config.training.seed));
        QCOMPARE(sample.size(), std::size_t(256));  // a quarter of 700, at least 256
        const Matrix outputs = trainer.predict(sample);
        int correct = 0;
        for (std::size_t j = 0; j < sample.size(); ++j) {
            Eigen::Index best;
            outputs.col(Eigen::Index(j)).maxCoeff(&best);
            correct += int(best) == data->labels[std::size_t(sample[j])];
        }
        QCOMPARE(result.history.back().trainAccuracy, double(correct) / double(sample.size()));
    }

    void trainingSampleIsCappedAndSeeded() {
        std::vector<int> train(10000);
        for (int i = 0; i < 10000; ++i)
            train[std::size_t(i)] = 2 * i;
        const std::vector<int> a = trainingEvaluationSample(train, 7);
        QCOMPARE(a.size(), kTrainingEvaluationMax);
        QCOMPARE(trainingEvaluationSize(100), std::size_t(100));
        QCOMPARE(trainingEvaluationSize(700), kTrainingEvaluationMin);
        QCOMPARE(trainingEvaluationSize(4000), std::size_t(1000));
        QVERIFY(std::is_sorted(a.begin(), a.end()));
        QVERIFY(std::adjacent_find(a.begin(), a.end()) == a.end());
        QCOMPARE(trainingEvaluationSample(train, 7), a);
        QVERIFY(trainingEvaluationSample(train, 8) != a);
    }

    void kernelLargerThanImageIsAnInputError() {
        RunConfig config;
        config.model.convLayers = {ConvLayerConfig{4, 15, 1, "valid", "none", 2, 0}};
        auto data = makeBarImages(30, 1);
        try {
            Trainer trainer(config, splitDataset(data, 0.2, 0.1, 1));
            QFAIL("expected an InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.field()), QString("model.conv_layers.0.kernel_size"));
        }
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
