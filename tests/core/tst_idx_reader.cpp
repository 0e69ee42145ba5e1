#include <QtTest>

#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "common/errors.h"
#include "data/fashion_mnist.h"
#include "data/idx_reader.h"

using namespace hyperlab;

namespace {

using Bytes = std::vector<std::uint8_t>;

void appendBigEndian(Bytes& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(std::uint8_t(value >> shift));
}

Bytes imagesFile(std::uint32_t count, std::uint32_t rows, std::uint32_t cols, const Bytes& pixels) {
    Bytes out;
    appendBigEndian(out, kIdxImagesMagic);
    appendBigEndian(out, count);
    appendBigEndian(out, rows);
    appendBigEndian(out, cols);
    out.insert(out.end(), pixels.begin(), pixels.end());
    return out;
}

Bytes labelsFile(const Bytes& labels) {
    Bytes out;
    appendBigEndian(out, kIdxLabelsMagic);
    appendBigEndian(out, std::uint32_t(labels.size()));
    out.insert(out.end(), labels.begin(), labels.end());
    return out;
}

/// Deterministic test pixels: image i, pixel p = (i * 31 + p * 7) mod 256.
Bytes testPixels(int count, int size) {
    Bytes pixels;
    for (int i = 0; i < count; ++i)
        for (int p = 0; p < size; ++p)
            pixels.push_back(std::uint8_t((i * 31 + p * 7) % 256));
    return pixels;
}

void writeFile(const QString& path, const Bytes& bytes, bool gzip) {
    if (gzip) {
        gzFile file = gzopen(path.toLocal8Bit().constData(), "wb");
        QVERIFY(file != nullptr);
        QCOMPARE(gzwrite(file, bytes.data(), unsigned(bytes.size())), int(bytes.size()));
        QCOMPARE(gzclose(file), Z_OK);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
    }
}

Bytes gzipped(const Bytes& bytes, const QString& scratch) {
    writeFile(scratch, bytes, true);
    QFile file(scratch);
    file.open(QIODevice::ReadOnly);
    const QByteArray data = file.readAll();
    return Bytes(data.begin(), data.end());
}

}  // namespace

class TestIdxReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsImagesAndLabels_data() {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void readsImagesAndLabels() {
        QFETCH(bool, gzip);
        const Bytes pixels = testPixels(5, 12);
        const Bytes labels{3, 0, 1, 3, 2};
        // Gzip is detected by content, not by name: no .gz suffix here.
        const QString images = path(gzip ? "gz-images" : "images");
        const QString labelPath = path(gzip ? "gz-labels" : "labels");
        writeFile(images, imagesFile(5, 3, 4, pixels), gzip);
        writeFile(labelPath, labelsFile(labels), gzip);

        const auto data = loadIdxDataset(images.toStdString(), labelPath.toStdString(), 0);
        QCOMPARE(data->task, Task::Classification);
        QCOMPARE(data->sampleCount(), 5);
        QCOMPARE(data->inputShape, (Shape{1, 3, 4}));
        QCOMPARE(data->pixels, pixels);
        QCOMPARE(data->labels, (std::vector<int>{3, 0, 1, 3, 2}));
        QCOMPARE(data->classNames, (std::vector<std::string>{"0", "1", "2", "3"}));
        QVERIFY(data->features.size() == 0);
        QCOMPARE(QString::fromStdString(data->name), QFileInfo(images).fileName());

        // gatherInputs scales bytes to [0, 1].
        const int pick[2] = {4, 1};
        Matrix batch;
        data->gatherInputs(pick, 2, batch);
        QCOMPARE(batch.rows(), 12);
        QCOMPARE(batch(5, 0), float(pixels[4 * 12 + 5]) / 255.0f);
        QCOMPARE(batch(0, 1), float(pixels[12]) / 255.0f);

        const auto limited = loadIdxDataset(images.toStdString(), labelPath.toStdString(), 2);
        QCOMPARE(limited->sampleCount(), 2);
        QCOMPARE(limited->labels, (std::vector<int>{3, 0}));
        QCOMPARE(limited->pixels, Bytes(pixels.begin(), pixels.begin() + 24));
        // The class count comes from the whole labels file, not the kept part.
        QCOMPARE(limited->classCount(), 4);
    }

    void usesSuppliedClassNames() {
        writeFile(path("names-images"), imagesFile(2, 1, 1, {10, 20}), false);
        writeFile(path("names-labels"), labelsFile({1, 0}), false);
        const auto data =
            loadIdxDataset(path("names-images").toStdString(), path("names-labels").toStdString(),
                           0, {"cat", "dog", "emu"});
        QCOMPARE(data->classNames, (std::vector<std::string>{"cat", "dog", "emu"}));
        try {
            loadIdxDataset(path("names-images").toStdString(), path("names-labels").toStdString(),
                           0, {"cat"});
            QFAIL("no exception");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains("label 1 at index 0 has no class name"),
                     error.what());
        }
    }

    void reportsBadFiles_data() {
        QTest::addColumn<QByteArray>("images");  // file contents; "missing" = no file
        QTest::addColumn<QByteArray>("labels");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");

        const Bytes goodImages = imagesFile(5, 3, 4, testPixels(5, 12));
        const Bytes goodLabels = labelsFile({0, 1, 2, 3, 4});
        const auto bytes = [](const Bytes& b) {
            return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size()));
        };
        const QByteArray images = bytes(goodImages);
        const QByteArray labels = bytes(goodLabels);

        QTest::newRow("missing images") << QByteArray("missing") << labels << "dataset.images"
                                        << QStringList{"not found", "bad-images"};
        QTest::newRow("missing labels") << images << QByteArray("missing") << "dataset.labels"
                                        << QStringList{"not found", "bad-labels"};
        QTest::newRow("labels given as images")
            << labels << labels << "dataset.images"
            << QStringList{"magic number 0x00000801, expected 0x00000803", "labels file"};
        QTest::newRow("wrong magic")
            << QByteArray("PK\x03\x04 a zip file, not IDX") << labels << "dataset.images"
            << QStringList{"not an IDX images file", "magic number 0x504B0304"};
        QTest::newRow("truncated pixels")
            << images.left(50) << labels << "dataset.images"
            << QStringList{"truncated", "expected 76 bytes, file has 50"};
        QTest::newRow("truncated header") << images.left(2) << labels << "dataset.images"
                                          << QStringList{"expected 4 bytes, file has 2"};
        QTest::newRow("truncated labels")
            << images << labels.left(11) << "dataset.labels"
            << QStringList{"truncated", "expected 13 bytes, file has 11"};
        QTest::newRow("count mismatch")
            << images << bytes(labelsFile({0, 1, 2, 3})) << "dataset.labels"
            << QStringList{"count mismatch", "5 images", "4 labels"};
        QTest::newRow("corrupt gzip")
            << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff\xff\xff\xff", 16)
            << labels << "dataset.images" << QStringList{"corrupt gzip data", "bad-images"};
    }
    void reportsBadFiles() {
        QFETCH(QByteArray, images);
        QFETCH(QByteArray, labels);
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        const QString imagesPath = path("bad-images");
        const QString labelsPath = path("bad-labels");
        for (const auto& [name, content] : {std::pair{imagesPath, images}, {labelsPath, labels}}) {
            QFile::remove(name);
            if (content != "missing")
                writeFile(name, Bytes(content.begin(), content.end()), false);
        }
        try {
            loadIdxDataset(imagesPath.toStdString(), labelsPath.toStdString(), 0);
            QFAIL("no exception");
        } catch (const InputError& error) {
            QCOMPARE(QString::fromStdString(error.field()), field);
            for (const QString& part : expected)
                QVERIFY2(QString(error.what()).contains(part), error.what());
        }
    }

    void truncatedGzipData() {
        // A valid gzip stream whose content is shorter than the header says.
        writeFile(path("short.gz"), imagesFile(5, 3, 4, testPixels(4, 12)), true);
        try {
            readIdxImages(path("short.gz").toStdString());
            QFAIL("no exception");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains("expected 76 bytes, file has 64"),
                     error.what());
        }
        // A gzip file cut in the middle of the compressed stream.
        const Bytes whole = gzipped(imagesFile(50, 8, 8, testPixels(50, 64)), path("scratch.gz"));
        writeFile(path("cut.gz"), Bytes(whole.begin(), whole.begin() + whole.size() / 2), false);
        try {
            readIdxImages(path("cut.gz").toStdString());
            QFAIL("no exception");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains("corrupt gzip data"), error.what());
        }
    }

    void fashionMnistFromDirectory() {
        // A miniature Fashion-MNIST: 6 training and 2 test images of 2x2.
        QVERIFY(m_dir.path().size() > 0);
        const QString dir = path("fashion");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(!fashionMnistAvailable(dir.toStdString()));
        writeFile(dir + "/train-images-idx3-ubyte.gz", imagesFile(6, 2, 2, testPixels(6, 4)), true);
        writeFile(dir + "/train-labels-idx1-ubyte.gz", labelsFile({0, 1, 2, 3, 4, 9}), true);
        writeFile(dir + "/t10k-images-idx3-ubyte", imagesFile(2, 2, 2, testPixels(2, 4)), false);
        QVERIFY(!fashionMnistAvailable(dir.toStdString()));
        try {
            loadFashionMnist(dir.toStdString());
            QFAIL("no exception");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains("t10k-labels-idx1-ubyte"), error.what());
            QVERIFY2(QString(error.what()).contains("apt-get install dataset-fashion-mnist"),
                     error.what());
        }
        writeFile(dir + "/t10k-labels-idx1-ubyte", labelsFile({7, 8}), false);
        QVERIFY(fashionMnistAvailable(dir.toStdString()));

        const auto data = loadFashionMnist(dir.toStdString());
        QCOMPARE(data->sampleCount(), 8);
        QCOMPARE(data->predefinedTestBegin, 6);
        QCOMPARE(data->labels, (std::vector<int>{0, 1, 2, 3, 4, 9, 7, 8}));
        QCOMPARE(data->classCount(), 10);
        QCOMPARE(data->classNames.front(), std::string("T-shirt/top"));
        QCOMPARE(data->classNames.back(), std::string("Ankle boot"));
        QCOMPARE(data->inputShape, (Shape{1, 2, 2}));
        Bytes expected = testPixels(6, 4);
        const Bytes test = testPixels(2, 4);
        expected.insert(expected.end(), test.begin(), test.end());
        QCOMPARE(data->pixels, expected);

        // The limit is shared 6:2 between the parts: 4 -> 3 train + 1 test.
        const auto limited = loadFashionMnist(dir.toStdString(), 4);
        QCOMPARE(limited->sampleCount(), 4);
        QCOMPARE(limited->predefinedTestBegin, 3);
        QCOMPARE(limited->labels, (std::vector<int>{0, 1, 2, 7}));
    }

    void fashionMnistMissingDirectory() {
        const std::string missing = path("no-such-dir").toStdString();
        QVERIFY(!fashionMnistAvailable(missing));
        try {
            loadFashionMnist(missing);
            QFAIL("no exception");
        } catch (const InputError& error) {
            QCOMPARE(error.field(), std::string("dataset.path"));
            QVERIFY2(QString(error.what()).contains(QString::fromStdString(missing)), error.what());
            QVERIFY2(QString(error.what()).contains("apt-get install dataset-fashion-mnist"),
                     error.what());
        }
    }

    void installedFashionMnist() {
        if (!fashionMnistAvailable(kFashionMnistDefaultPath))
            QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        const auto data = loadFashionMnist({}, 700);
        QCOMPARE(data->sampleCount(), 700);
        QCOMPARE(data->predefinedTestBegin, 600);
        QCOMPARE(data->inputShape, (Shape{1, 28, 28}));
        QCOMPARE(data->classCount(), 10);
        QCOMPARE(data->pixels.size(), std::size_t(700 * 28 * 28));
        std::vector<int> counts(10, 0);
        for (int label : data->labels) {
            QVERIFY(label >= 0 && label < 10);
            ++counts[label];
        }
        // The first 600 training images cover every class.
        for (int c = 0; c < 10; ++c)
            QVERIFY(counts[c] > 20);
        // Real images: not all black, not all white.
        long long sum = 0;
        for (std::uint8_t p : data->pixels)
            sum += p;
        const double mean = double(sum) / double(data->pixels.size());
        QVERIFY(mean > 30 && mean < 120);
    }
};

QTEST_APPLESS_MAIN(TestIdxReader)
#include "tst_idx_reader.moc"
