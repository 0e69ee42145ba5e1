#include <QtTest>

#include <cmath>
#include <memory>

#include "common/errors.h"
#include "data/generators/circle.h"
#include "data/generators/gaussians.h"
#include "data/generators/moons.h"
#include "data/generators/plane.h"
#include "data/generators/sine.h"
#include "data/generators/spiral.h"
#include "data/generators/xor.h"

using namespace hyperlab;

using Generator = std::shared_ptr<const Dataset> (*)(int, double, std::uint64_t);
Q_DECLARE_METATYPE(Generator)
Q_DECLARE_METATYPE(hyperlab::Task)

namespace {

/// Leave-one-out 1-nearest-neighbour accuracy: a model-free measure of how
/// separable the classes are.
double nearestNeighbourAccuracy(const Dataset& data) {
    const auto n = data.sampleCount();
    int correct = 0;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        double best = INFINITY;
        int bestLabel = -1;
        for (std::ptrdiff_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double d = (data.features.col(i) - data.features.col(j)).squaredNorm();
            if (d < best) {
                best = d;
                bestLabel = data.labels[std::size_t(j)];
            }
        }
        correct += bestLabel == data.labels[std::size_t(i)];
    }
    return double(correct) / double(n);
}

/// Mean and standard deviation of target minus `clean(x0, x1)`.
template <typename Clean>
std::pair<double, double> residualStats(const Dataset& data, Clean clean) {
    const auto n = data.sampleCount();
    double sum = 0.0, squares = 0.0;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const double r = data.targets(0, i) - clean(data.features(0, i), data.features(1, i));
        sum += r;
        squares += r * r;
    }
    const double mean = sum / double(n);
    return {mean, std::sqrt(squares / double(n) - mean * mean)};
}

}  // namespace

class TestGeneratedDatasets : public QObject {
    Q_OBJECT

private:
    void allGenerators() {
        QTest::addColumn<Generator>("generator");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Task>("task");
        QTest::newRow("circle") << Generator(&makeCircleDataset) << "circle"
                                << Task::Classification;
        QTest::newRow("xor") << Generator(&makeXorDataset) << "xor" << Task::Classification;
        QTest::newRow("gaussians")
            << Generator(&makeGaussiansDataset) << "gaussians" << Task::Classification;
        QTest::newRow("spiral") << Generator(&makeSpiralDataset) << "spiral"
                                << Task::Classification;
        QTest::newRow("moons") << Generator(&makeMoonsDataset) << "moons" << Task::Classification;
        QTest::newRow("plane") << Generator(&makePlaneDataset) << "plane" << Task::Regression;
        QTest::newRow("sine") << Generator(&makeSineDataset) << "sine" << Task::Regression;
    }
    void classificationGenerators() {
        QTest::addColumn<Generator>("generator");
        QTest::newRow("circle") << Generator(&makeCircleDataset);
        QTest::newRow("xor") << Generator(&makeXorDataset);
        QTest::newRow("gaussians") << Generator(&makeGaussiansDataset);
        QTest::newRow("spiral") << Generator(&makeSpiralDataset);
        QTest::newRow("moons") << Generator(&makeMoonsDataset);
    }

private slots:
    void countsAndShapes_data() { allGenerators(); }
    void countsAndShapes() {
        QFETCH(Generator, generator);
        QFETCH(QString, name);
        QFETCH(Task, task);
        const auto data = generator(101, 0.1, 7);
        QCOMPARE(QString::fromStdString(data->name), name);
        QCOMPARE(data->task, task);
        QCOMPARE(data->sampleCount(), 101);
        QCOMPARE(data->inputShape, (Shape{2, 1, 1}));
        QCOMPARE(data->features.rows(), 2);
        QCOMPARE(data->features.cols(), 101);
        QVERIFY(data->pixels.empty());
        QCOMPARE(data->featureNames.size(), std::size_t(2));
        if (task == Task::Classification) {
            QCOMPARE(data->classCount(), 2);
            QCOMPARE(data->labels.size(), std::size_t(101));
            QCOMPARE(data->targetSize(), 0);
        } else {
            QCOMPARE(data->classCount(), 0);
            QVERIFY(data->labels.empty());
            QCOMPARE(data->targets.rows(), 1);
            QCOMPARE(data->targets.cols(), 101);
        }
        QVERIFY(data->features.allFinite());
        // Scaled to about [-1, 1] (noise may push a few points a little out).
        QVERIFY(data->features.cwiseAbs().maxCoeff() < 1.6f);
    }

    void classesAreBalanced_data() { classificationGenerators(); }
    void classesAreBalanced() {
        QFETCH(Generator, generator);
        for (int samples : {2, 51, 400}) {
            const auto data = generator(samples, 0.2, 3);
            int counts[2] = {0, 0};
            for (int label : data->labels) {
                QVERIFY(label == 0 || label == 1);
                ++counts[label];
            }
            QVERIFY2(std::abs(counts[0] - counts[1]) <= 1, qPrintable(QString::number(samples)));
        }
    }

    void seedDeterminesData_data() { allGenerators(); }
    void seedDeterminesData() {
        QFETCH(Generator, generator);
        QFETCH(Task, task);
        const auto a = generator(200, 0.3, 11);
        const auto b = generator(200, 0.3, 11);
        const auto c = generator(200, 0.3, 12);
        QCOMPARE(a->features, b->features);
        QCOMPARE(a->labels, b->labels);
        if (task == Task::Regression)
            QCOMPARE(a->targets, b->targets);
        QVERIFY(a->features != c->features);
    }

    // Separability (leave-one-out 1-NN accuracy) must fall as noise rises:
    // noise 0 is clean, noise 1 clearly overlaps.
    void noiseReducesSeparability_data() { classificationGenerators(); }
    void noiseReducesSeparability() {
        QFETCH(Generator, generator);
        const double clean = nearestNeighbourAccuracy(*generator(600, 0.0, 5));
        const double mid = nearestNeighbourAccuracy(*generator(600, 0.5, 5));
        const double noisy = nearestNeighbourAccuracy(*generator(600, 1.0, 5));
        qInfo() << "1-NN accuracy at noise 0 / 0.5 / 1:" << clean << mid << noisy;
        QVERIFY(clean >= 0.97);
        QVERIFY(mid < clean);
        QVERIFY(noisy < clean - 0.05);
    }

    // The trainer's learning test expects a 64-64 MLP to reach 95 %
    // validation accuracy on spiral at noise 0.1; the classes must at least
    // be that separable.
    void spiralAtDefaultNoiseIsSeparable() {
        const double accuracy = nearestNeighbourAccuracy(*makeSpiralDataset(1000, 0.1, 1));
        QVERIFY2(accuracy >= 0.97, qPrintable(QString::number(accuracy)));
    }

    void noiseFreeGeometry() {
        const auto circle = makeCircleDataset(500, 0.0, 2);
        for (int i = 0; i < 500; ++i) {
            const float r = circle->features.col(i).norm();
            if (circle->labels[i] == 0)
                QVERIFY(r <= 0.5f + 1e-6f);
            else
                QVERIFY(r >= 0.7f - 1e-6f && r <= 1.0f + 1e-6f);
        }
        QCOMPARE(circle->classNames, (std::vector<std::string>{"inner", "outer"}));

        const auto xorData = makeXorDataset(500, 0.0, 2);
        for (int i = 0; i < 500; ++i) {
            const float product = xorData->features(0, i) * xorData->features(1, i);
            QVERIFY(xorData->labels[i] == 0 ? product > 0 : product < 0);
            QVERIFY(std::abs(xorData->features(0, i)) >= 0.05f - 1e-6f);
        }

        const auto spiral = makeSpiralDataset(500, 0.0, 2);
        QVERIFY(spiral->features.colwise().norm().maxCoeff() <= 1.0f + 1e-6f);

        // Undo the moons' scaling: class 0 lies on the unit circle's upper
        // half, class 1 on the circle of radius 1 around (1, 0.5).
        const auto moons = makeMoonsDataset(500, 0.0, 2);
        for (int i = 0; i < 500; ++i) {
            const double x = moons->features(0, i) * 1.5 + 0.5;
            const double y = moons->features(1, i) * 1.5 + 0.25;
            if (moons->labels[i] == 0) {
                QVERIFY(std::abs(std::hypot(x, y) - 1.0) < 1e-5);
                QVERIFY(y >= -1e-6);
            } else {
                QVERIFY(std::abs(std::hypot(x - 1.0, y - 0.5) - 1.0) < 1e-5);
                QVERIFY(y <= 0.5 + 1e-6);
            }
        }
    }

    void gaussianBlobsSitAtTheirCentres() {
        const auto data = makeGaussiansDataset(4000, 0.25, 9);
        Eigen::Vector2d sum[2] = {Eigen::Vector2d::Zero(), Eigen::Vector2d::Zero()};
        double squares[2] = {0.0, 0.0};
        int counts[2] = {0, 0};
        for (int i = 0; i < 4000; ++i) {
            const int c = data->labels[i];
            sum[c] += data->features.col(i).cast<double>();
            ++counts[c];
        }
        const double centre[2] = {0.35, -0.35};
        for (int c = 0; c < 2; ++c) {
            const Eigen::Vector2d mean = sum[c] / counts[c];
            QVERIFY(std::abs(mean.x() - centre[c]) < 0.03 && std::abs(mean.y() - centre[c]) < 0.03);
        }
        for (int i = 0; i < 4000; ++i) {
            const int c = data->labels[i];
            squares[c] += std::pow(data->features(0, i) - centre[c], 2);
        }
        // Standard deviation 0.1 + 0.4 * noise = 0.2.
        QVERIFY(std::abs(std::sqrt(squares[0] / counts[0]) - 0.2) < 0.015);
        QVERIFY(std::abs(std::sqrt(squares[1] / counts[1]) - 0.2) < 0.015);
    }

    void regressionTargetsArePlausible_data() {
        QTest::addColumn<double>("noise");
        QTest::newRow("clean") << 0.0;
        QTest::newRow("0.2") << 0.2;
        QTest::newRow("1") << 1.0;
    }
    void regressionTargetsArePlausible() {
        QFETCH(double, noise);
        const auto plane = makePlaneDataset(5000, noise, 4);
        const auto sine = makeSineDataset(5000, noise, 4);
        for (const auto* data : {plane.get(), sine.get()})
            QVERIFY(data->features.cwiseAbs().maxCoeff() <= 1.0f);
        const auto [planeMean, planeStd] = residualStats(
            *plane, [](double x0, double x1) { return kPlaneSlope0 * x0 + kPlaneSlope1 * x1; });
        const auto [sineMean, sineStd] = residualStats(*sine, sineTarget);
        const double expected = 0.5 * noise;
        QVERIFY(std::abs(planeMean) < 0.03);
        QVERIFY(std::abs(sineMean) < 0.03);
        QVERIFY(std::abs(planeStd - expected) < 0.05 * expected + 1e-5);
        QVERIFY(std::abs(sineStd - expected) < 0.05 * expected + 1e-5);
        // The sine target really varies (not a constant or a plane).
        QVERIFY(sine->targets.maxCoeff() > 0.8f && sine->targets.minCoeff() < -0.8f);
    }

    // The config allows noise up to 5 (docs/config.md); every generator
    // must accept the whole range.
    void acceptsTheConfigNoiseRange_data() { allGenerators(); }
    void acceptsTheConfigNoiseRange() {
        QFETCH(Generator, generator);
        for (double noise : {0.0, 2.5, 5.0}) {
            const auto data = generator(50, noise, 1);
            QCOMPARE(data->sampleCount(), 50);
            QVERIFY(data->features.allFinite());
        }
    }

    void badArgumentsThrow_data() {
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("noise");
        QTest::addColumn<QString>("field");
        QTest::newRow("one sample") << 1 << 0.1 << "dataset.samples";
        QTest::newRow("negative samples") << -5 << 0.1 << "dataset.samples";
        QTest::newRow("negative noise") << 100 << -0.1 << "dataset.noise";
        QTest::newRow("noise above 5") << 100 << 5.5 << "dataset.noise";
        QTest::newRow("nan noise") << 100 << double(NAN) << "dataset.noise";
    }
    void badArgumentsThrow() {
        QFETCH(int, samples);
        QFETCH(double, noise);
        QFETCH(QString, field);
        for (Generator generator : {&makeCircleDataset, &makeSpiralDataset, &makeSineDataset}) {
            try {
                generator(samples, noise, 1);
                QFAIL("no exception");
            } catch (const InputError& error) {
                QCOMPARE(QString::fromStdString(error.field()), field);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestGeneratedDatasets)
#include "tst_generated_datasets.moc"
