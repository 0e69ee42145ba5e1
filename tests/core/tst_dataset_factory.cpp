#include <QtTest>

#include "common/errors.h"
#include "data/dataset_factory.h"
#include "data/fashion_mnist.h"

using namespace hyperlab;

class TestDatasetFactory : public QObject {
    Q_OBJECT

private slots:
    void namesInDisplayOrder() {
        QCOMPARE(datasetNames(),
                 (std::vector<std::string>{"circle", "xor", "gaussians", "spiral", "moons", "plane",
                                           "sine", "fashion-mnist", "idx", "csv"}));
    }

    void generatedSets_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("classification");
        for (const char* name : {"circle", "xor", "gaussians", "spiral", "moons"})
            QTest::newRow(name) << name << true;
        for (const char* name : {"plane", "sine"})
            QTest::newRow(name) << name << false;
    }
    void generatedSets() {
        QFETCH(QString, name);
        QFETCH(bool, classification);
        DatasetConfig config;
        config.name = name.toStdString();
        config.samples = 300;
        config.noise = 0.2;
        config.seed = 5;
        const auto data = loadDataset(config);
        QCOMPARE(QString::fromStdString(data->name), name);
        QCOMPARE(data->sampleCount(), 300);
        QCOMPARE(data->task == Task::Classification, classification);
        // The config's seed reaches the generator.
        QCOMPARE(loadDataset(config)->features, data->features);
        config.seed = 6;
        QVERIFY(loadDataset(config)->features != data->features);

        config.limit = 120;
        QCOMPARE(loadDataset(config)->sampleCount(), 120);
        config.limit = 1000;  // above samples: no effect
        QCOMPARE(loadDataset(config)->sampleCount(), 300);
    }

    void passesSettingsToLoaders() {
        QTemporaryDir dir;
        const QString csv = dir.filePath("t.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("alpha,b,y\n1,2,0\n2,3,1\n3,4,0\n4,5,1\n5,6,0\n6,7,1\n");
        file.close();
        DatasetConfig config;
        config.name = "csv";
        config.path = csv.toUtf8().constData();
        config.labelColumn = "alpha";
        config.csvTask = "regression";
        config.limit = 5;
        const auto data = loadDataset(config);
        QCOMPARE(data->task, Task::Regression);
        QCOMPARE(data->sampleCount(), 5);
        QCOMPARE(data->featureNames, (std::vector<std::string>{"b", "y"}));
    }

    void reportsBadConfigs_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown name")
            << "mnist" << 0 << "dataset.name"
            << "unknown value \"mnist\" (allowed: circle, xor, gaussians, spiral, moons, plane, "
               "sine, fashion-mnist, idx, csv)";
        QTest::newRow("negative limit") << "spiral" << -1 << "dataset.limit"
                                        << "got -1";
        QTest::newRow("idx without files") << "idx" << 0 << "dataset.images"
                                           << "no IDX images";
        QTest::newRow("csv without path") << "csv" << 0 << "dataset.path"
                                          << "no CSV file";
    }
    void reportsBadConfigs() {
        QFETCH(QString, name);
        QFETCH(int, limit);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        DatasetConfig config;
        config.name = name.toStdString();
        config.limit = limit;
        try {
            loadDataset(config);
            QFAIL("no exception");
        } catch (const InputError& error) {
            QCOMPARE(QString::fromStdString(error.field()), field);
            QVERIFY2(QString(error.what()).contains(expected), error.what());
        }
    }

    void fashionMnistWithLimit() {
        if (!fashionMnistAvailable())
            QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        DatasetConfig config;
        config.name = "fashion-mnist";
        config.limit = 1400;
        const auto data = loadDataset(config);
        QCOMPARE(data->sampleCount(), 1400);
        QCOMPARE(data->predefinedTestBegin, 1200);
        QCOMPARE(data->inputShape, (Shape{1, 28, 28}));
    }
};

QTEST_APPLESS_MAIN(TestDatasetFactory)
#include "tst_dataset_factory.moc"
