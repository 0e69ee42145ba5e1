// Layers that split a batch over threads must give bit-identical results
// with one thread and with several (see common/parallel.h).

#include <QtTest>

#include <cstring>
#include <functional>
#include <memory>

#include "common/parallel.h"
#include "gradient_check.h"
#include "nn/layers/avg_pool2d.h"
#include "nn/layers/batch_norm.h"
#include "nn/layers/conv2d.h"
#include "nn/layers/dense.h"
#include "nn/layers/max_pool2d.h"

using namespace hyperlab;
using namespace hyperlab::testing;

namespace {

struct Outputs {
    Matrix output;
    Matrix inputGradient;
    Vector parameterGradient;
};

// Builds a fresh layer, runs forward + backward on a fixed batch (batch 64,
// so layers split it into many chunks) under a thread limit.
Outputs runWithThreads(const std::function<std::unique_ptr<Layer>()>& make, int threads) {
    ThreadLimit limit(threads);
    auto layer = make();
    Random random(99);
    Vector parameters, gradients;
    bindRandomParameters(*layer, parameters, gradients, random);
    const Matrix input = randomMatrix(layer->inputShape().size(), 64, random);
    Outputs result;
    ForwardContext context{true, &random};
    layer->forward(input, result.output, context);
    const Matrix dy = randomMatrix(result.output.rows(), result.output.cols(), random);
    layer->backward(input, result.output, dy, result.inputGradient, true);
    result.parameterGradient = gradients;
    return result;
}

bool bitIdentical(const Eigen::MatrixBase<auto>& a, const Eigen::MatrixBase<auto>& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    return a.size() == 0 ||
           std::memcmp(a.derived().data(), b.derived().data(), sizeof(Scalar) * a.size()) == 0;
}

}  // namespace

class TestLayerDeterminism : public QObject {
    Q_OBJECT

private slots:
    void oneVersusTwoThreads_data();
    void oneVersusTwoThreads();
};

void TestLayerDeterminism::oneVersusTwoThreads_data() {
    QTest::addColumn<std::function<std::unique_ptr<Layer>()>>("make");
    using Make = std::function<std::unique_ptr<Layer>()>;
    QTest::newRow("conv2d 8x3x3 s1 same") << Make([] {
        return std::make_unique<Conv2D>(Shape{3, 12, 12}, 8, 3, 1, Padding::Same);
    });
    QTest::newRow("conv2d 6x5x5 s2 valid") << Make([] {
        return std::make_unique<Conv2D>(Shape{2, 13, 13}, 6, 5, 2, Padding::Valid);
    });
    QTest::newRow("conv2d 32x5x5 on 28x28 (benchmark layer)") << Make([] {
        return std::make_unique<Conv2D>(Shape{1, 28, 28}, 32, 5, 1, Padding::Same);
    });
    // 48+ filters take conv2d.cpp's other forward product, and a chunk of the
    // backward pass holds several samples.
    QTest::newRow("conv2d 64x5x5 on 32x14x14 (second benchmark layer)") << Make([] {
        return std::make_unique<Conv2D>(Shape{32, 14, 14}, 64, 5, 1, Padding::Same);
    });
    QTest::newRow("conv2d 48x3x3 s2 valid on 16x15x15") << Make([] {
        return std::make_unique<Conv2D>(Shape{16, 15, 15}, 48, 3, 2, Padding::Valid);
    });
    QTest::newRow("conv2d 32x3x3 on 16x14x14 (student CNN layer, 144 taps)") << Make([] {
        return std::make_unique<Conv2D>(Shape{16, 14, 14}, 32, 3, 1, Padding::Same);
    });
    QTest::newRow("dense 40") << Make([] { return std::make_unique<Dense>(Shape{300, 1, 1}, 40); });
    QTest::newRow("batch_norm conv") << Make([] {
        return std::make_unique<BatchNorm>(Shape{8, 6, 6});
    });
    QTest::newRow("max_pool2d") << Make([] {
        return std::make_unique<MaxPool2D>(Shape{8, 12, 12}, 2);
    });
    QTest::newRow("avg_pool2d") << Make([] {
        return std::make_unique<AvgPool2D>(Shape{8, 12, 12}, 3, 2);
    });
}

void TestLayerDeterminism::oneVersusTwoThreads() {
    QFETCH(std::function<std::unique_ptr<Layer>()>, make);
    const Outputs one = runWithThreads(make, 1);
    const Outputs two = runWithThreads(make, 2);
    QVERIFY(one.output.size() > 0);
    QVERIFY(bitIdentical(one.output, two.output));
    QVERIFY(bitIdentical(one.inputGradient, two.inputGradient));
    QVERIFY(bitIdentical(one.parameterGradient, two.parameterGradient));
    // And a repeat under the same limit agrees too (no stale state).
    const Outputs again = runWithThreads(make, 2);
    QVERIFY(bitIdentical(two.parameterGradient, again.parameterGradient));
}

QTEST_APPLESS_MAIN(TestLayerDeterminism)
#include "tst_layer_determinism.moc"
