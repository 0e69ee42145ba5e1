#include <QtTest>

#include <atomic>
#include <cmath>
#include <memory>
#include <set>

#include "data/dataset_factory.h"
#include "learning_rate_study.h"
#include "study/execution/boundary_recorder.h"
#include "study/execution/study_runner.h"
#include "study/model/study.h"
#include "train/confusion_matrix.h"
#include "train/gallery_images.h"
#include "train/image_predictions.h"
#include "train/trainer.h"

using namespace hyperlab;
using json = nlohmann::json;

namespace {

constexpr const char* kFashionPath = "/usr/share/datasets/fashion-mnist";

RunConfig fashionRun(int limit, int epochs) {
    RunConfig config;
    config.dataset.name = "fashion-mnist";
    config.dataset.path = kFashionPath;
    config.dataset.limit = limit;
    config.model.hiddenLayers = {32};
    config.training.epochs = epochs;
    config.training.batchSize = 32;
    config.training.optimizer = "adam";
    config.training.learningRate = 0.003;
    return config;
}

std::shared_ptr<const ImagePredictions> fakePredictions(int epoch, int classes = 10) {
    auto p = std::make_shared<ImagePredictions>();
    p->epoch = epoch;
    p->predicted.assign(kGalleryImageCount, 0);
    p->confidence.assign(kGalleryImageCount, 0);
    p->confusion.classCount = classes;
    p->confusion.counts.assign(std::size_t(classes * classes), 0);
    return p;
}

}  // namespace

class TestImagePredictions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        if (!QFile::exists(kFashionPath) && QByteArray(QTest::currentTestFunction()) != "history" &&
            QByteArray(QTest::currentTestFunction()) != "probabilities" &&
            QByteArray(QTest::currentTestFunction()) != "notForOtherData")
            QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    }

    void sameStratifiedImagesForEveryLoad() {
        const DataSplit first = loadSplit(fashionRun(600, 1));
        const DataSplit second = loadSplit(fashionRun(600, 1));
        const auto a = galleryImagesFor(first);
        const auto b = galleryImagesFor(second);
        QVERIFY(a && b);
        QCOMPARE(a->count(), kGalleryImageCount);
        QCOMPARE(a->samples, b->samples);
        QCOMPARE(a->pixels, b->pixels);
        QCOMPARE(a->shape, (Shape{1, 28, 28}));
        // Every class of the ten is shown, none more than twice.
        std::map<int, int> perClass;
        for (int label : a->labels)
            ++perClass[label];
        QCOMPARE(int(perClass.size()), 10);
        for (const auto& [label, n] : perClass)
            QVERIFY(n >= 1 && n <= 2);
        const std::set<int> test(first.test.begin(), first.test.end());
        const Dataset& data = *first.data;
        for (int i = 0; i < a->count(); ++i) {
            const int sample = a->samples[std::size_t(i)];
            QVERIFY(test.count(sample));  // test images only
            QCOMPARE(a->labels[std::size_t(i)], data.labels[std::size_t(sample)]);
            QVERIFY(std::equal(a->image(i), a->image(i) + 784,
                               data.pixels.begin() + std::ptrdiff_t(sample) * 784));
        }
        QCOMPARE(a->classNames, data.classNames);
    }

    void notForOtherData() {
        RunConfig config;
        config.dataset.name = "spiral";
        config.dataset.samples = 200;
        QVERIFY(!galleryImagesFor(loadSplit(config)));
        QVERIFY(!galleryImagesFor(DataSplit{}));
        // The names views use to lay out image tiles before any data loads.
        for (const std::string& name : datasetNames())
            QCOMPARE(isImageDatasetName(name), name == "fashion-mnist" || name == "idx");
    }

    void predictionsMatchTheNetwork() {
        const RunConfig config = fashionRun(800, 3);
        const DataSplit split = loadSplit(config);
        Trainer trainer(config, split);
        TrainingCallbacks callbacks;
        std::vector<ImagePredictions> seen;
        callbacks.galleryImages = galleryImagesFor(split);
        callbacks.onImagePredictions = [&](ImagePredictions p) { seen.push_back(std::move(p)); };
        const TrainingResult result = trainer.run(callbacks);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(int(seen.size()), 3);  // every epoch
        for (int e = 0; e < 3; ++e) {
            const ImagePredictions& p = seen[std::size_t(e)];
            QCOMPARE(p.epoch, e + 1);
            QCOMPARE(p.images, callbacks.galleryImages);  // shared, not copied
            QCOMPARE(int(p.predicted.size()), kGalleryImageCount);
            QCOMPARE(p.confusion.classCount, 10);
            QCOMPARE(p.confusion.total(), std::int64_t(split.validation.size()));
            // The matrix is the one behind the epoch's validation accuracy.
            QCOMPARE(p.confusion.accuracy(), result.history[std::size_t(e)].valAccuracy);
        }
        // The last epoch's weights are the final ones (no early stopping).
        const ImagePredictions& last = seen.back();
        const Matrix outputs = trainer.predict(last.images->samples);
        QCOMPARE(last.predicted, predictedClasses(outputs));
        int wrongs = 0;
        for (int i = 0; i < kGalleryImageCount; ++i) {
            wrongs += last.predicted[std::size_t(i)] != last.images->labels[std::size_t(i)];
            QVERIFY(last.confidence[std::size_t(i)] >= 255 / 10);  // the arg max: >= 1/k
        }
        QCOMPARE(last.wrongCount(), wrongs);
        QCOMPARE(last.confusion.counts, confusionMatrixOf(trainer, split.validation).counts);
    }

    void noPredictionsWithoutImages() {
        const RunConfig config = fashionRun(300, 1);
        Trainer trainer(config, loadSplit(config));
        TrainingCallbacks callbacks;
        int calls = 0;
        callbacks.onImagePredictions = [&](ImagePredictions) { ++calls; };
        trainer.run(callbacks);
        QCOMPARE(calls, 0);
    }

    void probabilities() {
        auto images = std::make_shared<GalleryImages>();
        images->labels = {1, 0};
        images->samples = {0, 1};
        Matrix logits(3, 2);
        logits << 0, 5, std::log(3.0f), 0, 0, 0;  // column 0: 3 / (1 + 3 + 1)
        const ImagePredictions p = imagePredictionsFrom(logits, images, {}, 4);
        QCOMPARE(p.predicted, (std::vector<int>{1, 0}));
        QCOMPARE(int(p.confidence[0]), int(std::lround(0.6 * 255)));
        QCOMPARE(p.wrongCount(), 0);
        Matrix binary(1, 2);
        binary << 0.f, -std::log(3.0f);  // sigmoid 0.5, then 0.25 for class 1
        const ImagePredictions b = imagePredictionsFrom(binary, images, {}, 1);
        QCOMPARE(b.predicted, (std::vector<int>{0, 0}));
        QCOMPARE(int(b.confidence[0]), int(std::lround(0.5 * 255)));
        QCOMPARE(int(b.confidence[1]), int(std::lround(0.75 * 255)));
        QCOMPARE(b.wrongCount(), 1);
        QVERIFY(b.wrong(0) && !b.wrong(1));
    }

    void history() {
        ImagePredictionHistory history;
        for (int epoch = 1; epoch <= 200; ++epoch)
            history.add(fakePredictions(epoch));
        QCOMPARE(history.snapshots().size(), kImagePredictionHistoryCapacity);
        QCOMPARE(history.snapshots().front()->epoch, 1);
        QCOMPARE(history.latest()->epoch, 200);
        QCOMPARE(history.at(200)->epoch, 200);
        QVERIFY(history.at(100)->epoch <= 100);
        // The stated bound: under 1.1 KiB a snapshot with ten classes.
        QVERIFY(history.bytes() <= kImagePredictionHistoryCapacity * 1126);
        QVERIFY(history.bytes() >= kImagePredictionHistoryCapacity * 800);
    }

    void recorderGetsThemFromAStudy() {
        json base = {
            {"dataset", {{"name", "fashion-mnist"}, {"path", kFashionPath}, {"limit", 400}}},
            {"model", {{"hidden_layers", {16}}}},
            {"training", {{"epochs", 2}, {"batch_size", 32}}}};
        BoundaryRecorder recorder;
        QVERIFY(recordLearningRateStudy(base, recorder) > 0);
        QCOMPARE(recorder.takeChanged(), (std::set<int>{0, 1, 2}));
        const auto first = recorder.imagePredictionsAt(0);
        QVERIFY(first);
        for (int trial = 0; trial < 3; ++trial) {
            const auto latest = recorder.imagePredictionsAt(trial);
            QVERIFY(latest);
            QCOMPARE(latest->epoch, 2);
            QCOMPARE(recorder.imagePredictionsAt(trial, 1)->epoch, 1);
            QCOMPARE(recorder.latestEpoch(trial), 2);
            QCOMPARE(latest->images->samples, first->images->samples);  // comparable tiles
            QCOMPARE(latest->images, first->images);                    // one shared copy
            QVERIFY(!recorder.at(trial));  // no decision boundary for images
        }
        QVERIFY(recorder.bytes() >= 6 * 800 + 16 * 784);
        QVERIFY(!recorder.imagePredictionsAt(7));
    }
};

QTEST_APPLESS_MAIN(TestImagePredictions)
#include "tst_image_predictions.moc"
