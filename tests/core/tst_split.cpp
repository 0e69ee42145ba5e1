#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

#include "common/errors.h"
#include "data/split.h"

using namespace hyperlab;

namespace {

/// A classification dataset with `perClass[c]` samples of class c, classes
/// in blocks (so an unstratified "first n" split would be badly skewed).
std::shared_ptr<Dataset> classified(const std::vector<int>& perClass) {
    auto data = std::make_shared<Dataset>();
    data->task = Task::Classification;
    data->inputShape = Shape{1, 1, 1};
    for (std::size_t c = 0; c < perClass.size(); ++c) {
        data->classNames.push_back(std::string("class ").append(std::to_string(c)));
        data->labels.insert(data->labels.end(), std::size_t(perClass[c]), int(c));
    }
    data->features = Matrix::Zero(1, Eigen::Index(data->labels.size()));
    for (Eigen::Index i = 0; i < data->features.cols(); ++i)
        data->features(0, i) = Scalar(i);
    return data;
}

std::shared_ptr<Dataset> regression(int n) {
    auto data = std::make_shared<Dataset>();
    data->task = Task::Regression;
    data->inputShape = Shape{1, 1, 1};
    data->features = Matrix::Zero(1, n);
    data->targets = Matrix::Zero(1, n);
    return data;
}

std::vector<int> countPerClass(const Dataset& data, const std::vector<int>& indices) {
    std::vector<int> counts(std::size_t(data.classCount()), 0);
    for (int i : indices)
        ++counts[std::size_t(data.labels[std::size_t(i)])];
    return counts;
}

/// Every sample in exactly one part.
void verifyPartition(const DataSplit& split, std::ptrdiff_t n) {
    std::vector<int> all = split.train;
    all.insert(all.end(), split.validation.begin(), split.validation.end());
    all.insert(all.end(), split.test.begin(), split.test.end());
    QCOMPARE(std::ptrdiff_t(all.size()), n);
    std::sort(all.begin(), all.end());
    for (std::ptrdiff_t i = 0; i < n; ++i)
        QCOMPARE(all[std::size_t(i)], int(i));
    for (const auto* part : {&split.train, &split.validation, &split.test})
        QVERIFY(std::is_sorted(part->begin(), part->end()));
}

}  // namespace

class TestSplit : public QObject {
    Q_OBJECT

private slots:
    void sizes_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("test");
        QTest::addColumn<double>("validation");
        QTest::addColumn<int>("expectedTest");
        QTest::addColumn<int>("expectedValidation");
        QTest::newRow("70/20/10 of 1000") << 1000 << 0.2 << 0.1 << 200 << 100;
        QTest::newRow("no validation") << 1000 << 0.3 << 0.0 << 300 << 0;
        QTest::newRow("no test") << 500 << 0.0 << 0.25 << 0 << 125;
        QTest::newRow("rounding") << 101 << 0.2 << 0.1 << 20 << 10;
        QTest::newRow("nothing held out") << 50 << 0.0 << 0.0 << 0 << 0;
    }
    void sizes() {
        QFETCH(int, n);
        QFETCH(double, test);
        QFETCH(double, validation);
        QFETCH(int, expectedTest);
        QFETCH(int, expectedValidation);
        // Odd class sizes make the largest-remainder allocation matter.
        const int third = n / 3;
        for (const std::shared_ptr<const Dataset>& data :
             {std::shared_ptr<const Dataset>(classified({third, third, n - 2 * third})),
              std::shared_ptr<const Dataset>(regression(n))}) {
            const DataSplit split = splitDataset(data, test, validation, 3);
            QCOMPARE(split.data, data);
            QCOMPARE(int(split.test.size()), expectedTest);
            QCOMPARE(int(split.validation.size()), expectedValidation);
            QCOMPARE(int(split.train.size()), n - expectedTest - expectedValidation);
            verifyPartition(split, n);
        }
    }

    void stratifiesClasses() {
        const auto data = classified({700, 250, 50});
        const DataSplit split = splitDataset(data, 0.2, 0.1, 8);
        QCOMPARE(countPerClass(*data, split.test), (std::vector<int>{140, 50, 10}));
        QCOMPARE(countPerClass(*data, split.validation), (std::vector<int>{70, 25, 5}));
        QCOMPARE(countPerClass(*data, split.train), (std::vector<int>{490, 175, 35}));
    }

    void stratificationKeepsTotalsExact() {
        // 3 classes of 7: 20 % of 21 is 4.2 -> 4 test samples, spread 2/1/1
        // or similar; never 3 (per-class rounding would give 1+1+1).
        const auto data = classified({7, 7, 7});
        const DataSplit split = splitDataset(data, 0.2, 0.2, 1);
        QCOMPARE(split.test.size(), std::size_t(4));
        QCOMPARE(split.validation.size(), std::size_t(4));
        for (int count : countPerClass(*data, split.test))
            QVERIFY(count == 1 || count == 2);
        verifyPartition(split, 21);
    }

    void seedIsReproducible() {
        const auto data = classified({300, 300});
        const DataSplit a = splitDataset(data, 0.2, 0.1, 17);
        const DataSplit b = splitDataset(data, 0.2, 0.1, 17);
        const DataSplit c = splitDataset(data, 0.2, 0.1, 18);
        QCOMPARE(a.train, b.train);
        QCOMPARE(a.validation, b.validation);
        QCOMPARE(a.test, b.test);
        QVERIFY(a.test != c.test);
        // Random, not the first or last samples of each class.
        QVERIFY(a.test != std::vector<int>(a.test.size(), 0));
        const auto inFirstBlock = std::count_if(
            a.test.begin(), a.test.end(), [](int i) { return i < 60 || (i >= 300 && i < 360); });
        QVERIFY(inFirstBlock < 60);
    }

    void predefinedTestPartIsHonoured() {
        auto data = classified({60, 40});
        // Interleave the labels so both classes occur in both parts.
        for (std::size_t i = 0; i < data->labels.size(); ++i)
            data->labels[i] = int(i % 5 < 3 ? 0 : 1);
        data->predefinedTestBegin = 80;
        // testFraction is ignored: the test part is samples 80..99.
        const DataSplit split = splitDataset(data, 0.5, 0.25, 2);
        std::vector<int> expectedTest;
        for (int i = 80; i < 100; ++i)
            expectedTest.push_back(i);
        QCOMPARE(split.test, expectedTest);
        QCOMPARE(split.validation.size(), std::size_t(20));  // 25 % of the 80 before
        QCOMPARE(split.train.size(), std::size_t(60));
        QVERIFY(*std::max_element(split.validation.begin(), split.validation.end()) < 80);
        QVERIFY(*std::max_element(split.train.begin(), split.train.end()) < 80);
        // Still stratified: the pool has 48 of class 0 and 32 of class 1.
        QCOMPARE(countPerClass(*data, split.validation), (std::vector<int>{12, 8}));
        verifyPartition(split, 100);
    }

    void badFractionsThrow_data() {
        QTest::addColumn<double>("test");
        QTest::addColumn<double>("validation");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative test") << -0.1 << 0.1 << "dataset.testFraction";
        QTest::newRow("test of 1") << 1.0 << 0.0 << "dataset.testFraction";
        QTest::newRow("nan test") << double(NAN) << 0.1 << "dataset.testFraction";
        QTest::newRow("negative validation") << 0.2 << -0.5 << "dataset.validationFraction";
        QTest::newRow("validation of 1") << 0.0 << 1.0 << "dataset.validationFraction";
        QTest::newRow("sum of 1") << 0.6 << 0.4 << "dataset.validationFraction";
        QTest::newRow("sum above 1") << 0.7 << 0.5 << "dataset.validationFraction";
    }
    void badFractionsThrow() {
        QFETCH(double, test);
        QFETCH(double, validation);
        QFETCH(QString, field);
        try {
            splitDataset(classified({50, 50}), test, validation, 1);
            QFAIL("no exception");
        } catch (const InputError& error) {
            QCOMPARE(QString::fromStdString(error.field()), field);
        }
    }

    void emptyTrainingSetThrows() {
        try {
            // 2 samples: one to test, one to validation, none left.
            splitDataset(regression(2), 0.5, 0.4, 1);
            QFAIL("no exception");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains("no training samples"), error.what());
        }
        auto allTest = classified({5, 5});
        allTest->predefinedTestBegin = 0;
        QVERIFY_THROWS_EXCEPTION(InputError, splitDataset(allTest, 0.2, 0.1, 1));
    }
};

QTEST_APPLESS_MAIN(TestSplit)
#include "tst_split.moc"
