#include <QtTest>

#include <cmath>
#include <memory>

#include "common/errors.h"
#include "data/dataset_factory.h"
#include "data/split.h"
#include "train/confusion_matrix.h"
#include "train/trainer.h"

using namespace hyperlab;

class TestConfusionMatrix : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsPairs();
    void metrics();
    void predictedClasses_data();
    void predictedClasses();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void matchesTrainerAccuracy();
    void rejectsRegression();
};

void TestConfusionMatrix::countsPairs() {
    const std::vector<int> truth{0, 0, 1, 1, 1, 2};
    const std::vector<int> predicted{0, 1, 1, 1, 2, 0};
    const ConfusionMatrix m = confusionMatrix(truth, predicted, 3);
    QCOMPARE(m.classCount, 3);
    QCOMPARE(m.at(0, 0), std::int64_t(1));
    QCOMPARE(m.at(0, 1), std::int64_t(1));
    QCOMPARE(m.at(1, 1), std::int64_t(2));
    QCOMPARE(m.at(1, 2), std::int64_t(1));
    QCOMPARE(m.at(2, 0), std::int64_t(1));
    QCOMPARE(m.at(2, 2), std::int64_t(0));
    QCOMPARE(m.total(), std::int64_t(6));
    QCOMPARE(m.rowTotal(1), std::int64_t(3));
    QCOMPARE(m.columnTotal(0), std::int64_t(2));
}

void TestConfusionMatrix::metrics() {
    const ConfusionMatrix m = confusionMatrix({0, 0, 1, 1, 1, 2}, {0, 1, 1, 1, 2, 0}, 4);
    QCOMPARE(m.accuracy(), 3.0 / 6.0);
    QCOMPARE(m.recall(1), 2.0 / 3.0);
    QCOMPARE(m.precision(0), 1.0 / 2.0);
    QCOMPARE(m.precision(2), 0.0);
    QVERIFY(std::isnan(m.recall(3)));     // class never present
    QVERIFY(std::isnan(m.precision(3)));  // never predicted
    QVERIFY(std::isnan(confusionMatrix({}, {}, 2).accuracy()));
}

void TestConfusionMatrix::predictedClasses_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<float>>("values");  // column-major
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("argmax") << 3 << QList<float>{0.1f, 2.f, -1.f, 5.f, 0.f, 4.9f}
                            << QList<int>{1, 0};
    QTest::newRow("tie takes lower") << 2 << QList<float>{1.f, 1.f} << QList<int>{0};
    QTest::newRow("binary logit") << 1 << QList<float>{0.3f, -0.2f, 0.f} << QList<int>{1, 0, 0};
}

void TestConfusionMatrix::predictedClasses() {
    QFETCH(int, rows);
    QFETCH(QList<float>, values);
    QFETCH(QList<int>, expected);
    Matrix outputs(rows, values.size() / rows);
    for (int k = 0; k < values.size(); ++k)
        outputs(k % rows, k / rows) = values[k];
    const std::vector<int> got = hyperlab::predictedClasses(outputs);
    QCOMPARE(QList<int>(got.begin(), got.end()), expected);
}

void TestConfusionMatrix::rejectsBadInput_data() {
    QTest::addColumn<QList<int>>("truth");
    QTest::addColumn<QList<int>>("predicted");
    QTest::addColumn<int>("classes");
    QTest::newRow("length mismatch") << QList<int>{0, 1} << QList<int>{0} << 2;
    QTest::newRow("true out of range") << QList<int>{2} << QList<int>{0} << 2;
    QTest::newRow("predicted negative") << QList<int>{0} << QList<int>{-1} << 2;
    QTest::newRow("no classes") << QList<int>{} << QList<int>{} << 0;
}

void TestConfusionMatrix::rejectsBadInput() {
    QFETCH(QList<int>, truth);
    QFETCH(QList<int>, predicted);
    QFETCH(int, classes);
    QVERIFY_THROWS_EXCEPTION(
        InputError, confusionMatrix(std::vector<int>(truth.begin(), truth.end()),
                                    std::vector<int>(predicted.begin(), predicted.end()), classes));
}

// The matrix of a trained network must agree with the trainer's own test
// accuracy (same predictions, counted two ways), for multi-class logits.
void TestConfusionMatrix::matchesTrainerAccuracy() {
    RunConfig config;
    config.dataset.name = "gaussians";
    config.dataset.samples = 300;
    config.model.hiddenLayers = {16};
    config.training.epochs = 3;
    auto data = loadDataset(config.dataset);
    DataSplit split = splitDataset(data, config.dataset.testFraction,
                                   config.dataset.validationFraction, config.dataset.seed);
    Trainer trainer(config, split);
    const TrainingResult result = trainer.run();
    QCOMPARE(result.status, RunStatus::Completed);
    const ConfusionMatrix m = confusionMatrixOf(trainer, trainer.split().test);
    QCOMPARE(m.classCount, data->classCount());
    QCOMPARE(m.total(), std::int64_t(trainer.split().test.size()));
    QCOMPARE(m.accuracy(), result.test.accuracy);
    for (int c = 0; c < m.classCount; ++c) {
        std::int64_t inClass = 0;
        for (int i : trainer.split().test)
            inClass += data->labels[std::size_t(i)] == c;
        QCOMPARE(m.rowTotal(c), inClass);
    }
}

void TestConfusionMatrix::rejectsRegression() {
    RunConfig config;
    config.dataset.name = "sine";
    config.dataset.samples = 100;
    config.training.loss = "mse";
    config.training.epochs = 1;
    auto data = loadDataset(config.dataset);
    Trainer trainer(config, splitDataset(data, 0.2, 0.1, 1));
    QVERIFY_THROWS_EXCEPTION(InputError, confusionMatrixOf(trainer, trainer.split().test));
}

QTEST_APPLESS_MAIN(TestConfusionMatrix)
#include "tst_confusion_matrix.moc"
