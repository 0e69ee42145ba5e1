// hyperlab-cli train --boundary: a valid PNG of the final decision boundary
// for a 2-D run; exit 2 with a message naming --boundary for data that is
// not 2-D (Fashion-MNIST images, a CSV with three feature columns).
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

#include "cli_process.h"

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

quint32 bigEndian(const QByteArray& b, int at) {
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 |
           quint32(quint8(b[at + 2])) << 8 | quint8(b[at + 3]);
}

}  // namespace

class TestCliBoundary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAValidPng() {
        QTemporaryDir dir;
        const QString config = writeFile(dir, "moons.json",
                                         R"({"dataset": {"name": "moons", "samples": 300},
                                             "model": {"hidden_layers": [16]},
                                             "training": {"epochs": 15, "optimizer": "adam"}})");
        const QString png = dir.filePath("boundary.png");
        const CliResult r = runCli({"train", config, "--boundary", png});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("boundary.png"));
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        // IHDR first: 512 x 512, 8-bit RGB; every chunk's CRC holds.
        QCOMPARE(bytes.mid(12, 4), QByteArray("IHDR"));
        QCOMPARE(bigEndian(bytes, 16), 512u);
        QCOMPARE(bigEndian(bytes, 20), 512u);
        QCOMPARE(int(bytes[24]), 8);
        QCOMPARE(int(bytes[25]), 2);
        int at = 8;
        QStringList types;
        while (at + 12 <= bytes.size()) {
            const quint32 length = bigEndian(bytes, at);
            const uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(bytes.constData() + at + 4),
                                    uInt(length + 4));
            QCOMPARE(bigEndian(bytes, at + 8 + int(length)), quint32(crc));
            types << QString::fromLatin1(bytes.mid(at + 4, 4));
            at += 12 + int(length);
        }
        QCOMPARE(at, int(bytes.size()));
        QCOMPARE(types, (QStringList{"IHDR", "IDAT", "IEND"}));
    }

    void refusesDataThatIsNot2D_data() {
        QTest::addColumn<QByteArray>("dataset");
        QTest::newRow("fashion-mnist") << QByteArray(R"({"name": "fashion-mnist", "limit": 300})");
        QTest::newRow("3-column csv")
            << QByteArray(R"({"name": "csv", "path": "CSV", "label_column": "label"})");
    }
    void refusesDataThatIsNot2D() {
        QFETCH(QByteArray, dataset);
        if (dataset.contains("fashion") && !QFile::exists("/usr/share/datasets/fashion-mnist"))
            QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        QTemporaryDir dir;
        QByteArray csv = "a,b,c,label\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray::number(i % 7) + "," + QByteArray::number(i % 5) + "," +
                   QByteArray::number(i % 3) + "," + QByteArray::number(i % 2) + "\n";
        const QString csvPath = writeFile(dir, "three.csv", csv);
        dataset.replace("CSV", csvPath.toUtf8());
        const QString config = writeFile(
            dir, "c.json", R"({"dataset": )" + dataset + R"(, "training": {"epochs": 1}})");
        const QString png = dir.filePath("never.png");
        const CliResult r = runCli({"train", config, "--boundary", png});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--boundary") && r.err.contains("2-D"), r.err.constData());
        QVERIFY(!QFile::exists(png));
        QVERIFY(r.out.isEmpty());  // refused before training
    }
};

QTEST_GUILESS_MAIN(TestCliBoundary)
#include "tst_cli_boundary.moc"
