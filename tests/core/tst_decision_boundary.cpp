#include <QtTest>

#include <zlib.h>

#include <algorithm>
#include <memory>

#include "common/parallel.h"
#include "io/png_writer.h"
#include "learning_rate_study.h"
#include "study/execution/boundary_recorder.h"
#include "study/execution/study_runner.h"
#include "study/model/study.h"
#include "train/boundary_history.h"
#include "train/boundary_image.h"
#include "train/trainer.h"

using namespace hyperlab;
using json = nlohmann::json;

namespace {

RunConfig smallRun(const std::string& dataset, int epochs) {
    RunConfig config;
    config.dataset.name = dataset;
    config.dataset.samples = 300;
    config.model.hiddenLayers = {16};
    config.training.epochs = epochs;
    config.training.optimizer = "adam";
    config.training.learningRate = 0.01;
    return config;
}

/// Trains `config` and returns every boundary it reported.
std::vector<BoundarySnapshot> boundariesOf(const RunConfig& config, double share = 0) {
    const DataSplit split = loadSplit(config);
    Trainer trainer(config, split);
    std::vector<BoundarySnapshot> out;
    TrainingCallbacks callbacks;
    callbacks.boundaryGrid = boundaryGridFor(*split.data);
    callbacks.boundaryTimeShare = share;
    callbacks.onBoundary = [&](BoundarySnapshot s) { out.push_back(std::move(s)); };
    trainer.run(callbacks);
    return out;
}

std::shared_ptr<const BoundarySnapshot> fakeSnapshot(int epoch, int classes = 2) {
    auto s = std::make_shared<BoundarySnapshot>();
    s->epoch = epoch;
    s->classes = classes;
    s->probabilities.assign(std::size_t(s->grid.cells()) * std::size_t(classes), 0);
    return s;
}

std::uint32_t bigEndian(const std::vector<std::uint8_t>& b, std::size_t at) {
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 |
           std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}

}  // namespace

class TestDecisionBoundary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gridCoversTheData_data() {
        QTest::addColumn<QString>("dataset");
        for (const char* name : {"circle", "xor", "gaussians", "spiral", "moons"})
            QTest::newRow(name) << QString(name);
    }
    void gridCoversTheData() {
        QFETCH(QString, dataset);
        RunConfig config = smallRun(dataset.toStdString(), 1);
        const DataSplit split = loadSplit(config);
        const auto grid = boundaryGridFor(*split.data);
        QVERIFY(grid);
        QCOMPARE(grid->resolution, 64);
        const Matrix& f = split.data->features;
        // Every sample lies inside, with room to spare on every side.
        const double marginX = 0.05 * (grid->xMax - grid->xMin),
                     marginY = 0.05 * (grid->yMax - grid->yMin);
        QVERIFY(f.row(0).minCoeff() > grid->xMin + marginX);
        QVERIFY(f.row(0).maxCoeff() < grid->xMax - marginX);
        QVERIFY(f.row(1).minCoeff() > grid->yMin + marginY);
        QVERIFY(f.row(1).maxCoeff() < grid->yMax - marginY);
        // ... and the data fills a good part of it (not a speck in a corner).
        QVERIFY(f.row(0).maxCoeff() - f.row(0).minCoeff() > 0.5 * (grid->xMax - grid->xMin));
        // Another noise level gives the same grid (tiles of a study compare).
        config.dataset.noise = 0.12;
        QCOMPARE(*boundaryGridFor(*loadSplit(config).data), *grid);
    }

    void noGridForOtherData() {
        RunConfig config = smallRun("sine", 1);  // regression
        QVERIFY(!boundaryGridFor(*loadSplit(config).data));
    }

    void probabilitiesSumToOnePerCell_data() {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("loss");
        QTest::newRow("spiral softmax") << "spiral"
                                        << "cross_entropy";
        QTest::newRow("gaussians softmax") << "gaussians"
                                           << "cross_entropy";
        QTest::newRow("moons sigmoid") << "moons"
                                       << "binary_cross_entropy";
    }
    void probabilitiesSumToOnePerCell() {
        QFETCH(QString, dataset);
        QFETCH(QString, loss);
        RunConfig config = smallRun(dataset.toStdString(), 3);
        config.training.loss = loss.toStdString();
        const auto snapshots = boundariesOf(config);
        QCOMPARE(snapshots.size(), std::size_t(3));  // share 0: every epoch
        for (const BoundarySnapshot& s : snapshots) {
            QVERIFY(s.classes >= 2);
            QCOMPARE(s.probabilities.size(), std::size_t(4096 * s.classes));
            int confident = 0;
            for (int cell = 0; cell < s.grid.cells(); ++cell) {
                int sum = 0;
                for (int k = 0; k < s.classes; ++k)
                    sum += s.cell(cell)[k];
                QVERIFY2(std::abs(sum - 255) <= (s.classes + 1) / 2,
                         qPrintable(QString("cell %1 sums to %2/255").arg(cell).arg(sum)));
                confident += s.confidence(cell) > 200;
            }
            if (s.epoch == 3)
                QVERIFY(confident > 0);  // it learnt something
        }
        QCOMPARE(snapshots.front().epoch, 1);
        QVERIFY(snapshots.front().probabilities != snapshots.back().probabilities);
    }

    void defaultShareKeepsFirstAndLastEpoch() {
        const auto snapshots = boundariesOf(smallRun("spiral", 12), kBoundaryTimeShare);
        QVERIFY(!snapshots.empty());
        QCOMPARE(snapshots.front().epoch, 1);
        QCOMPARE(snapshots.back().epoch, 12);
        QVERIFY(std::is_sorted(snapshots.begin(), snapshots.end(),
                               [](const auto& a, const auto& b) { return a.epoch < b.epoch; }));
    }

    void sameNumbersForAnyThreadCount() {
        std::vector<BoundarySnapshot> one, four;
        {
            ThreadLimit limit(1);
            one = boundariesOf(smallRun("spiral", 2));
        }
        {
            ThreadLimit limit(4);
            four = boundariesOf(smallRun("spiral", 2));
        }
        QCOMPARE(one.size(), four.size());
        for (std::size_t i = 0; i < one.size(); ++i)
            QVERIFY(one[i].probabilities == four[i].probabilities);
    }

    void thinningKeepsFirstAndLastEvenly() {
        BoundaryHistory history(24);
        for (int epoch = 1; epoch <= 100; ++epoch) {
            history.add(fakeSnapshot(epoch));
            QVERIFY(history.snapshots().size() <= 24);
            QCOMPARE(history.snapshots().front()->epoch, 1);
            QCOMPARE(history.snapshots().back()->epoch, epoch);
        }
        const auto& kept = history.snapshots();
        QCOMPARE(kept.size(), std::size_t(24));
        int widest = 0;
        for (std::size_t i = 1; i < kept.size(); ++i)
            widest = std::max(widest, kept[i]->epoch - kept[i - 1]->epoch);
        // 99 epochs over 23 gaps: 4.3 each if perfectly even.
        QVERIFY2(widest <= 8, qPrintable(QString("widest gap %1 epochs").arg(widest)));
        QCOMPARE(history.at(0)->epoch, 1);
        QCOMPARE(history.at(100)->epoch, 100);
        QVERIFY(history.at(50)->epoch <= 50 && history.at(50)->epoch > 40);
    }

    void memoryBoundHolds() {
        BoundaryHistory history;
        for (int epoch = 1; epoch <= 500; ++epoch)
            history.add(fakeSnapshot(epoch, 3));
        const std::size_t bound = kBoundaryHistoryCapacity * (sizeof(BoundarySnapshot) + 4096 * 3);
        QVERIFY(history.bytes() <= bound);
        QVERIFY(history.bytes() > bound * 9 / 10);  // and it does fill up to it
    }

    void recorderKeepsEveryTrialOfAStudy() {
        json base = {{"dataset", {{"name", "moons"}, {"samples", 200}}},
                     {"model", {{"hidden_layers", {8}}}},
                     {"training", {{"epochs", 3}, {"batch_size", 32}}}};
        BoundaryRecorder recorder;
        QVERIFY(recordLearningRateStudy(base, recorder) > 0);
        const std::set<int> changed = recorder.takeChanged();
        QCOMPARE(changed, (std::set<int>{0, 1, 2}));
        QVERIFY(recorder.takeChanged().empty());
        for (int trial = 0; trial < 3; ++trial) {
            const auto latest = recorder.at(trial);
            QVERIFY(latest);
            QCOMPARE(latest->epoch, 3);
            QCOMPARE(recorder.at(trial, 1)->epoch, 1);
            QCOMPARE(latest->grid, recorder.at(0)->grid);  // one grid per study
        }
        QVERIFY(recorder.bytes() >= 3 * 2 * 4096);
        QVERIFY(!recorder.at(7));
    }

    void pngIsValid() {
        RgbImage image(5, 3);
        for (std::size_t i = 0; i < image.rgb.size(); ++i)
            image.rgb[i] = std::uint8_t(i * 7);
        const std::vector<std::uint8_t> png = encodePng(image.width, image.height, image.rgb);
        const std::vector<std::uint8_t> signature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        QVERIFY(std::equal(signature.begin(), signature.end(), png.begin()));
        std::size_t at = 8;
        std::vector<std::string> types;
        std::vector<std::uint8_t> idat;
        while (at + 12 <= png.size()) {
            const std::uint32_t length = bigEndian(png, at);
            const std::string type(png.begin() + std::ptrdiff_t(at + 4),
                                   png.begin() + std::ptrdiff_t(at + 8));
            const uLong crc = crc32(0L, png.data() + at + 4, uInt(length + 4));
            QCOMPARE(bigEndian(png, at + 8 + length), std::uint32_t(crc));
            if (type == "IHDR") {
                QCOMPARE(length, 13u);
                QCOMPARE(bigEndian(png, at + 8), 5u);   // width
                QCOMPARE(bigEndian(png, at + 12), 3u);  // height
                QCOMPARE(int(png[at + 16]), 8);         // bit depth
                QCOMPARE(int(png[at + 17]), 2);         // RGB
            }
            if (type == "IDAT")
                idat.insert(idat.end(), png.begin() + std::ptrdiff_t(at + 8),
                            png.begin() + std::ptrdiff_t(at + 8 + length));
            types.push_back(type);
            at += 12 + length;
        }
        QCOMPARE(at, png.size());
        QCOMPARE(types, (std::vector<std::string>{"IHDR", "IDAT", "IEND"}));
        std::vector<std::uint8_t> raw(3 * (1 + 5 * 3));
        uLongf rawSize = uLongf(raw.size());
        QCOMPARE(uncompress(raw.data(), &rawSize, idat.data(), uLong(idat.size())), Z_OK);
        QCOMPARE(std::size_t(rawSize), raw.size());
        for (int y = 0; y < 3; ++y) {
            QCOMPARE(int(raw[std::size_t(y) * 16]), 0);  // filter: none
            QVERIFY(std::equal(raw.begin() + y * 16 + 1, raw.begin() + y * 16 + 16,
                               image.rgb.begin() + y * 15));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, encodePng(4, 4, image.rgb));
    }

    void renderedBoundaryShowsTheClasses() {
        const auto snapshots = boundariesOf(smallRun("moons", 20));
        const BoundarySnapshot& last = snapshots.back();
        const RgbImage image = renderBoundary(last, 128);
        QCOMPARE(image.width, 128);
        // Both class colours appear, strongly, somewhere.
        std::set<std::uint32_t> hues;
        for (int cell = 0; cell < last.grid.cells(); ++cell)
            if (last.confidence(cell) > 240)
                hues.insert(std::uint32_t(last.predictedClass(cell)));
        QCOMPARE(hues.size(), std::size_t(2));
        // An unsure cell is paler than a sure one.
        BoundarySnapshot pale = last;
        std::fill(pale.probabilities.begin(), pale.probabilities.end(), std::uint8_t(128));
        const std::uint32_t paleRgb = boundaryCellRgb(pale, 0);
        QVERIFY(((paleRgb >> 16) & 0xFF) > 200 && ((paleRgb >> 8) & 0xFF) > 200);
    }
};

QTEST_APPLESS_MAIN(TestDecisionBoundary)
#include "tst_decision_boundary.moc"
