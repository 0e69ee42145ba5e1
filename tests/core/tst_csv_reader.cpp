#include <QtTest>

#include <cmath>
#include <string>
#include <vector>

#include "common/errors.h"
#include "data/csv_reader.h"

using namespace hyperlab;

using Names = std::vector<std::string>;

class TestCsvReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Writes `content` to a fresh file and returns its path.
    std::string write(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path.toStdString();
    }

    std::shared_ptr<const Dataset> load(const QByteArray& content, CsvOptions options = {}) {
        return loadCsvDataset(write("table.csv", content), options);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void stringLabelsBecomeSortedClasses() {
        const auto data = load(
            "width,height,species\n"
            "1,10,versicolor\n"
            "2,20,setosa\n"
            "3,30,virginica\n"
            "4,40,setosa\n");
        QCOMPARE(data->task, Task::Classification);
        QCOMPARE(data->name, std::string("table.csv"));
        QCOMPARE(data->classNames, (Names{"setosa", "versicolor", "virginica"}));
        QCOMPARE(data->labels, (std::vector<int>{1, 0, 2, 0}));
        QCOMPARE(data->featureNames, (Names{"width", "height"}));
        QCOMPARE(data->inputShape, (Shape{2, 1, 1}));
        QCOMPARE(data->sampleCount(), 4);
        QVERIFY(data->pixels.empty());
    }

    void integerLabelsSortNumerically() {
        const auto data = load("a,label\n1,10\n2,9\n3,10\n4,9\n5,2\n6,2\n");
        QCOMPARE(data->task, Task::Classification);
        QCOMPARE(data->classNames, (Names{"2", "9", "10"}));
        QCOMPARE(data->labels, (std::vector<int>{2, 1, 2, 1, 0, 0}));
    }

    // The auto rule: classification for non-numeric labels or integers with
    // at most 20 distinct values and at most half as many as rows.
    void autoTaskRule_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("task");
        QTest::addColumn<bool>("classification");
        QTest::newRow("few integers") << QByteArray("x,y\n1,0\n2,1\n3,0\n4,1\n") << "auto" << true;
        QTest::newRow("fractions")
            << QByteArray("x,y\n1,0.5\n2,1.5\n3,0.5\n4,1.5\n") << "auto" << false;
        QTest::newRow("integers mostly distinct")
            << QByteArray("x,y\n1,1\n2,2\n3,3\n4,4\n5,4\n") << "auto" << false;
        QByteArray many = "x,y\n";
        for (int i = 0; i < 100; ++i)
            many += QByteArray::number(i) + "," + QByteArray::number(i % 21) + "\n";
        QTest::newRow("21 distinct integers") << many << "auto" << false;
        QByteArray twenty = "x,y\n";
        for (int i = 0; i < 100; ++i)
            twenty += QByteArray::number(i) + "," + QByteArray::number(i % 20) + "\n";
        QTest::newRow("20 distinct integers") << twenty << "auto" << true;
        QTest::newRow("words") << QByteArray("x,y\n1,yes\n2,no\n") << "auto" << true;
        QTest::newRow("forced regression")
            << QByteArray("x,y\n1,0\n2,1\n3,0\n4,1\n") << "regression" << false;
        QTest::newRow("forced classification")
            << QByteArray("x,y\n1,0.5\n2,1.5\n3,0.5\n4,1.5\n") << "classification" << true;
    }
    void autoTaskRule() {
        QFETCH(QByteArray, content);
        QFETCH(QString, task);
        QFETCH(bool, classification);
        CsvOptions options;
        options.task = task.toStdString();
        const auto data = load(content, options);
        QCOMPARE(data->task == Task::Classification, classification);
        if (!classification) {
            QCOMPARE(data->targets.rows(), 1);
            QCOMPARE(data->targets.cols(), data->sampleCount());
            QVERIFY(data->labels.empty());
        }
    }

    void regressionTargetsAreRawValues() {
        const auto data = load("x,price\n1,100.5\n2,-3.25\n3,1e3\n");
        QCOMPARE(data->task, Task::Regression);
        QCOMPARE(data->targets(0, 0), 100.5f);
        QCOMPARE(data->targets(0, 1), -3.25f);
        QCOMPARE(data->targets(0, 2), 1000.0f);
        QVERIFY(data->classNames.empty());
    }

    void forcedClassificationNamesFractions() {
        CsvOptions options;
        options.task = "classification";
        const auto data = load("x,y\n1,0.5\n2,1.5\n3,0.5\n", options);
        QCOMPARE(data->classNames, (Names{"0.5", "1.5"}));
        QCOMPARE(data->labels, (std::vector<int>{0, 1, 0}));
    }

    void featuresAreStandardised() {
        const auto data = load("a,const,b,label\n1,7,10,x\n2,7,10,y\n3,7,10,x\n4,7,30,y\n");
        // a = 1..4: mean 2.5, population std sqrt(1.25).
        const float s = float(std::sqrt(1.25));
        QCOMPARE(data->features(0, 0), -1.5f / s);
        QCOMPARE(data->features(0, 1), -0.5f / s);
        QCOMPARE(data->features(0, 2), 0.5f / s);
        QCOMPARE(data->features(0, 3), 1.5f / s);
        // Constant column -> 0.
        QCOMPARE(data->features.row(1).cwiseAbs().maxCoeff(), 0.0f);
        // b = 10,10,10,30: mean 15, std sqrt(75).
        QVERIFY(std::abs(data->features(2, 3) - 15.0f / float(std::sqrt(75.0))) < 1e-6f);
        for (int f : {0, 2}) {
            QVERIFY(std::abs(data->features.row(f).mean()) < 1e-6f);
            QVERIFY(std::abs(data->features.row(f).squaredNorm() / 4.0f - 1.0f) < 1e-5f);
        }
    }

    void chooseLabelColumn_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Names>("features");
        QTest::addColumn<Names>("classes");
        QTest::newRow("default last") << "" << Names{"id", "kind"} << Names{"5", "6"};
        QTest::newRow("by name") << "kind" << Names{"id", "size"} << Names{"3", "4"};
        QTest::newRow("by index") << "0" << Names{"kind", "size"} << Names{"1", "2"};
        // A header literally named "2" is taken by name, not as index 2.
        QTest::newRow("name before index") << "2" << Names{"id", "kind"} << Names{"5", "6"};
        QTest::newRow("index 1") << "1" << Names{"id", "size"} << Names{"3", "4"};
    }
    void chooseLabelColumn() {
        QFETCH(QString, column);
        QFETCH(Names, features);
        QFETCH(Names, classes);
        CsvOptions options;
        options.labelColumn = column.toStdString();
        const QByteArray header = column == "2" ? "2,id,kind\n" : "id,kind,size\n";
        const QByteArray rows =
            column == "2" ? "5,1,3\n6,2,4\n5,1,3\n6,2,4\n" : "1,3,5\n2,4,6\n1,3,5\n2,4,6\n";
        const auto data = load(header + rows, options);
        QCOMPARE(data->featureNames, features);
        QCOMPARE(data->classNames, classes);
        QCOMPARE(data->labels, (std::vector<int>{0, 1, 0, 1}));
    }

    void dialects() {
        // Semicolons, CRLF, a BOM, quotes, spaces and blank lines.
        const auto data = load(
            "\xEF\xBB\xBF\"first; value\" ; second ;class\r\n"
            "\r\n"
            " 1.5 ; -2 ; \"a;b\"\r\n"
            "+2.5;4;\"say \"\"hi\"\"\"\r\n"
            "\n");
        QCOMPARE(data->featureNames, (Names{"first; value", "second"}));
        QCOMPARE(data->classNames, (Names{"a;b", "say \"hi\""}));
        QCOMPARE(data->sampleCount(), 2);
        QCOMPARE(data->features(0, 0), -1.0f);
        QCOMPARE(data->features(0, 1), 1.0f);

        const auto tabs = load("a\tb\tc\n1\t2\tx\n3\t4\ty\n");
        QCOMPARE(tabs->featureNames, (Names{"a", "b"}));
    }

    void limitKeepsFirstRows() {
        CsvOptions options;
        options.limit = 2;
        // The bad third row is never read.
        const auto data = load("a,b\n1,x\n2,y\noops\n", options);
        QCOMPARE(data->sampleCount(), 2);
        QCOMPARE(data->classNames, (Names{"x", "y"}));
    }

    void reportsErrors_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("labelColumn");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray("") << ""
                                    << "auto"
                                    << "dataset.path"
                                    << "bad.csv\" is empty";
        QTest::newRow("blank file") << QByteArray("\n  \n") << ""
                                    << "auto"
                                    << "dataset.path"
                                    << "is empty";
        QTest::newRow("header only") << QByteArray("a,b\n") << ""
                                     << "auto"
                                     << "dataset.path"
                                     << "no data rows";
        QTest::newRow("one column") << QByteArray("a\n1\n") << ""
                                    << "auto"
                                    << "dataset.path"
                                    << "bad.csv:1: the header has one column";
        QTest::newRow("ragged row") << QByteArray("a,b,c\n1,2,x\n\n3,4\n") << ""
                                    << "auto"
                                    << "dataset.path"
                                    << "bad.csv:4: row has 2 cells, the header has 3";
        QTest::newRow("non-numeric cell")
            << QByteArray("a,b,c\n1,2,x\n3,abc,y\n") << ""
            << "auto"
            << "dataset.path"
            << "bad.csv:3: column \"b\": \"abc\" is not a (finite) number";
        QTest::newRow("comma decimal") << QByteArray("a;b;c\n1;2,5;x\n") << ""
                                       << "auto"
                                       << "dataset.path"
                                       << "column \"b\": \"2,5\"";
        QTest::newRow("empty cell") << QByteArray("a,b,c\n1,,x\n") << ""
                                    << "auto"
                                    << "dataset.path"
                                    << "bad.csv:2: column \"b\" is empty";
        QTest::newRow("empty label") << QByteArray("a,b,c\n1,2,\n") << ""
                                     << "auto"
                                     << "dataset.path"
                                     << "bad.csv:2: label column \"c\" is empty";
        QTest::newRow("missing label column")
            << QByteArray("a,b,c\n1,2,3\n") << "z"
            << "auto"
            << "dataset.labelColumn"
            << "no column named \"z\" (headers: \"a\", \"b\", \"c\")";
        QTest::newRow("index out of range") << QByteArray("a,b,c\n1,2,3\n") << "3"
                                            << "auto"
                                            << "dataset.labelColumn"
                                            << "column index 3 is out of range (allowed: 0-2";
        QTest::newRow("regression with words")
            << QByteArray("a,b\n1,2\n2,cat\n") << ""
            << "regression"
            << "dataset.path"
            << "bad.csv:3: label column \"b\": \"cat\" is not a number";
        QTest::newRow("unknown task") << QByteArray("a,b\n1,2\n") << ""
                                      << "clustering"
                                      << "dataset.csvTask"
                                      << "allowed: auto, classification, regression";
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"x\n") << ""
                                            << "auto"
                                            << "dataset.path"
                                            << "bad.csv:2: unterminated";
    }
    void reportsErrors() {
        QFETCH(QByteArray, content);
        QFETCH(QString, labelColumn);
        QFETCH(QString, task);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const std::string path = write("bad.csv", content);
        CsvOptions options;
        options.labelColumn = labelColumn.toStdString();
        options.task = task.toStdString();
        try {
            loadCsvDataset(path, options);
            QFAIL("no exception");
        } catch (const InputError& error) {
            QCOMPARE(QString::fromStdString(error.field()), field);
            QVERIFY2(QString(error.what()).contains(expected), error.what());
        }
    }

    void missingFile() {
        const std::string path = m_dir.filePath("absent.csv").toStdString();
        try {
            loadCsvDataset(path);
            QFAIL("no exception");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains(QString::fromStdString(path) + "\" not found"),
                     error.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
