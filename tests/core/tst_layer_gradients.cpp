// Finite-difference gradient checks for every deterministic layer, plus
// hand-computed forward values for convolution and max pooling.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

#include "gradient_check.h"
#include "nn/activations/activation.h"
#include "nn/initializers/initializer.h"
#include "nn/layers/activation_layer.h"
#include "nn/layers/avg_pool2d.h"
#include "nn/layers/batch_norm.h"
#include "nn/layers/conv2d.h"
#include "nn/layers/dense.h"
#include "nn/layers/flatten.h"
#include "nn/layers/global_avg_pool.h"
#include "nn/layers/max_pool2d.h"

using namespace hyperlab;
using namespace hyperlab::testing;

Q_DECLARE_METATYPE(hyperlab::Padding)

namespace {

// Records the fans it was called with and fills with a recognisable value.
class RecordingInitializer : public Initializer {
public:
    std::string name() const override { return "recording"; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random&) const override {
        lastFanIn = fanIn;
        lastFanOut = fanOut;
        lastRows = int(weights.rows());
        lastCols = int(weights.cols());
        weights.setConstant(Scalar(0.25));
    }
    mutable int lastFanIn = 0, lastFanOut = 0, lastRows = 0, lastCols = 0;
};

// y = w * x^2 per element (one weight), with configurable mistakes in its
// backward pass: the gradient checker must catch each of them.
class SquareLayer : public Layer {
public:
    enum class Bug { None, InputSign, MissingFactor, FirstSampleOnly };
    SquareLayer(int size, Bug bug) : m_size(size), m_bug(bug) {}
    std::string kind() const override { return "square"; }
    Shape inputShape() const override { return {m_size, 1, 1}; }
    Shape outputShape() const override { return {m_size, 1, 1}; }
    Eigen::Index parameterCount() const override { return 1; }
    void bind(Scalar* parameters, Scalar* gradients) override {
        m_w = parameters;
        m_dw = gradients;
    }
    void forward(const Matrix& x, Matrix& y, ForwardContext&) override {
        y = *m_w * x.array().square().matrix();
    }
    void backward(const Matrix& x, const Matrix&, const Matrix& dy, Matrix& dx, bool) override {
        const Scalar factor = m_bug == Bug::MissingFactor ? 1 : 2;
        dx = (factor * *m_w) * x.cwiseProduct(dy);
        if (m_bug == Bug::InputSign)
            dx = -dx;
        const Matrix terms = x.array().square().matrix().cwiseProduct(dy);
        *m_dw = m_bug == Bug::FirstSampleOnly ? terms.col(0).sum() : terms.sum();
    }

private:
    int m_size;
    Bug m_bug;
    Scalar* m_w = nullptr;
    Scalar* m_dw = nullptr;
};

// Calls term(n, output index, input index, weight index) for every product
// of a direct (nested-loop) convolution, and bias(n, output index, filter)
// once per output value.
template <typename Term, typename Bias>
void forEachConvolutionTerm(Eigen::Index batch, Shape in, int filters, int k, int stride,
                            int padTop, Shape out, Term term, Bias bias) {
    for (Eigen::Index n = 0; n < batch; ++n)
        for (int f = 0; f < filters; ++f)
            for (int oy = 0; oy < out.height; ++oy)
                for (int ox = 0; ox < out.width; ++ox) {
                    const int o = (f * out.height + oy) * out.width + ox;
                    bias(n, o, f);
                    for (int c = 0; c < in.channels; ++c)
                        for (int ky = 0; ky < k; ++ky)
                            for (int kx = 0; kx < k; ++kx) {
                                const int y = oy * stride + ky - padTop;
                                const int x = ox * stride + kx - padTop;
                                if (y < 0 || y >= in.height || x < 0 || x >= in.width)
                                    continue;
                                const int tap = (c * k + ky) * k + kx;
                                term(n, o, (c * in.height + y) * in.width + x, tap * filters + f);
                            }
                }
}

// Direct convolution in double, the reference for the im2col version.
Matrix directConvolution(const Matrix& input, Shape in, const Scalar* parameters, int filters,
                         int k, int stride, int padTop, Shape out) {
    const Scalar* bias = parameters + Eigen::Index(filters) * in.channels * k * k;
    Eigen::MatrixXd result = Eigen::MatrixXd::Zero(out.size(), input.cols());
    forEachConvolutionTerm(
        input.cols(), in, filters, k, stride, padTop, out,
        [&](Eigen::Index n, int o, int pixel, int weight) {
            result(o, n) += double(parameters[weight]) * input(pixel, n);
        },
        [&](Eigen::Index n, int o, int f) { result(o, n) += bias[f]; });
    return result.cast<Scalar>();
}

// Its gradients for the output gradient dy, in double: dL/dx, and dL/dW then
// dL/db (the layer's flat gradient).
struct DirectGradients {
    Matrix input;
    Vector parameters;
};

DirectGradients directConvolutionGradients(const Matrix& input, const Matrix& dy, Shape in,
                                           const Scalar* parameters, int filters, int k, int stride,
                                           int padTop, Shape out) {
    const Eigen::Index weights = Eigen::Index(filters) * in.channels * k * k;
    Eigen::MatrixXd dx = Eigen::MatrixXd::Zero(in.size(), dy.cols());
    Eigen::VectorXd dp = Eigen::VectorXd::Zero(weights + filters);
    forEachConvolutionTerm(
        dy.cols(), in, filters, k, stride, padTop, out,
        [&](Eigen::Index n, int o, int pixel, int weight) {
            dx(pixel, n) += double(parameters[weight]) * dy(o, n);
            dp(weight) += double(input(pixel, n)) * dy(o, n);
        },
        [&](Eigen::Index n, int o, int f) { dp(weights + f) += dy(o, n); });
    return {dx.cast<Scalar>(), dp.cast<Scalar>()};
}

// Largest |a - b| relative to the largest |b| (at least 1).
double relativeError(const Matrix& a, const Matrix& b) {
    return double((a - b).cwiseAbs().maxCoeff()) / std::max(1.0, double(b.cwiseAbs().maxCoeff()));
}
}  // namespace

class TestLayerGradients : public QObject {
    Q_OBJECT

private slots:
    void checkerDetectsErrors_data();
    void checkerDetectsErrors();

    void dense_data();
    void dense();
    void denseDescribeAndInitialize();

    void conv2d_data();
    void conv2d();
    void conv2dMatchesDirectConvolution_data();
    void conv2dMatchesDirectConvolution();
    void conv2dBackwardMatchesDirectConvolution_data();
    void conv2dBackwardMatchesDirectConvolution();
    void conv2dHandComputed_data();
    void conv2dHandComputed();
    void conv2dShapes_data();
    void conv2dShapes();
    void conv2dRejectsKernelThatDoesNotFit();
    void conv2dDescribeAndInitialize();
    void paddingNames();

    void maxPool_data();
    void maxPool();
    void maxPoolHandComputed();
    void reluCommutesWithMaxPool();
    void avgPool_data();
    void avgPool();
    void avgPoolHandComputed();
    void poolShapes();
    void globalAvgPool();
    void flatten();

    void batchNorm_data();
    void batchNorm();
    void batchNormStatistics();
    void batchNormEvaluationUsesRunningStatistics();

    void activationLayer_data();
    void activationLayer();
};

void TestLayerGradients::checkerDetectsErrors_data() {
    QTest::addColumn<int>("bug");
    QTest::addColumn<bool>("expectPass");
    QTest::newRow("correct") << int(SquareLayer::Bug::None) << true;
    QTest::newRow("input gradient sign") << int(SquareLayer::Bug::InputSign) << false;
    QTest::newRow("missing factor 2") << int(SquareLayer::Bug::MissingFactor) << false;
    QTest::newRow("parameter gradient of one sample")
        << int(SquareLayer::Bug::FirstSampleOnly) << false;
}

void TestLayerGradients::checkerDetectsErrors() {
    QFETCH(int, bug);
    QFETCH(bool, expectPass);
    Random random(7);
    SquareLayer layer(4, SquareLayer::Bug(bug));
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random, 0.5, 1.5);
    const Matrix input = randomMatrix(4, 3, random);
    const auto report = checkLayer(layer, input, parameters, gradients, random);
    QVERIFY2(report.passed == expectPass, report.message.c_str());
    QVERIFY(report.checked == 13);
}

// --- dense -------------------------------------------------------------------

void TestLayerGradients::dense_data() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("batch");
    QTest::newRow("5 -> 3, batch 4") << 5 << 1 << 1 << 3 << 4;
    QTest::newRow("1 -> 1, batch 1") << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("2x3x3 -> 4, batch 3") << 2 << 3 << 3 << 4 << 3;
    QTest::newRow("20 -> 7, batch 40 (parallel blocks)") << 20 << 1 << 1 << 7 << 40;
}

void TestLayerGradients::dense() {
    QFETCH(int, channels);
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, units);
    QFETCH(int, batch);
    Random random(11);
    const Shape shape{channels, height, width};
    Dense layer(shape, units);
    QCOMPARE(layer.outputShape(), (Shape{units, 1, 1}));
    QCOMPARE(layer.parameterCount(), Eigen::Index(units) * shape.size() + units);
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random);
    const Matrix input = randomMatrix(shape.size(), batch, random);

    // Forward against the definition y = W x + b.
    Matrix output;
    ForwardContext context;
    layer.forward(input, output, context);
    const ConstMatrixMap weights(parameters.data(), units, shape.size());
    const Matrix expected = (weights * input).colwise() + parameters.tail(units);
    QVERIFY((output - expected).cwiseAbs().maxCoeff() < 1e-5f);

    GradientCheckOptions options;
    options.maxEntries = 300;
    const auto report = checkLayer(layer, input, parameters, gradients, random, true, options);
    QVERIFY2(report.passed, report.message.c_str());
}

void TestLayerGradients::denseDescribeAndInitialize() {
    Dense layer({8, 2, 2}, 64);
    QCOMPARE(QString::fromStdString(layer.describe()), QStringLiteral("dense 64"));
    QCOMPARE(QString::fromStdString(layer.kind()), QStringLiteral("dense"));
    Vector parameters = Vector::Constant(layer.parameterCount(), 9.0f);
    Vector gradients(layer.parameterCount());
    layer.bind(parameters.data(), gradients.data());
    RecordingInitializer init;
    Random random(1);
    layer.initialize(init, random);
    QCOMPARE(init.lastFanIn, 32);
    QCOMPARE(init.lastFanOut, 64);
    QCOMPARE(init.lastRows, 64);
    QCOMPARE(init.lastCols, 32);
    QVERIFY((parameters.head(64 * 32).array() == 0.25f).all());
    QVERIFY((parameters.tail(64).array() == 0.0f).all());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dense({4, 1, 1}, 0));
}

// --- conv2d ------------------------------------------------------------------

namespace {
void addConvColumns() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("filters");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<Padding>("padding");
    QTest::addColumn<int>("batch");
}

void addConvRows() {
    const auto same = Padding::Same, valid = Padding::Valid;
    QTest::newRow("k1 s1 same") << 2 << 5 << 5 << 3 << 1 << 1 << same << 2;
    QTest::newRow("k1 s2 valid") << 2 << 5 << 5 << 3 << 1 << 2 << valid << 2;
    QTest::newRow("k3 s1 same") << 3 << 6 << 6 << 2 << 3 << 1 << same << 2;
    QTest::newRow("k3 s1 valid") << 3 << 6 << 6 << 2 << 3 << 1 << valid << 2;
    QTest::newRow("k3 s2 same odd size") << 2 << 7 << 7 << 2 << 3 << 2 << same << 2;
    QTest::newRow("k3 s2 valid") << 2 << 7 << 7 << 2 << 3 << 2 << valid << 2;
    QTest::newRow("k5 s1 same") << 2 << 7 << 7 << 2 << 5 << 1 << same << 2;
    QTest::newRow("k5 s1 valid") << 1 << 8 << 8 << 3 << 5 << 1 << valid << 2;
    QTest::newRow("k5 s2 same") << 2 << 8 << 8 << 2 << 5 << 2 << same << 2;
    QTest::newRow("k5 s2 valid") << 2 << 9 << 9 << 2 << 5 << 2 << valid << 1;
    QTest::newRow("k5 s3 same") << 1 << 10 << 10 << 2 << 5 << 3 << same << 2;
    QTest::newRow("k2 s1 same (even kernel)") << 2 << 5 << 5 << 2 << 2 << 1 << same << 2;
    QTest::newRow("k4 s2 same (even kernel)") << 2 << 7 << 7 << 2 << 4 << 2 << same << 2;
    QTest::newRow("k3 s1 same non-square") << 2 << 4 << 9 << 3 << 3 << 1 << same << 2;
    QTest::newRow("k5 same on 3x3 (kernel larger than input)")
        << 2 << 3 << 3 << 2 << 5 << 1 << same << 2;
    QTest::newRow("k3 s1 same, wide rows") << 1 << 3 << 21 << 2 << 3 << 1 << same << 2;
    QTest::newRow("k3 same, batch 37 (several chunks)") << 2 << 4 << 4 << 3 << 3 << 1 << same << 37;
    // 48 or more filters: forward computes W x columns^T (conv2d.cpp); the
    // patch (C*k*k) is above 64, so every product has full and partial
    // tiles in each dimension.
    QTest::newRow("48 filters, k3 s1 same, 8 channels") << 8 << 6 << 6 << 48 << 3 << 1 << same << 3;
    QTest::newRow("50 filters, k5 s2 valid, odd size") << 3 << 9 << 9 << 50 << 5 << 2 << valid << 2;
    QTest::newRow("65 filters, k4 s1 same, non-square") << 5 << 5 << 7 << 65 << 4 << 1 << same << 2;
    // Fewer filters over 128 or more taps take the same forward product.
    QTest::newRow("20 filters, k3 s1 same, 16 channels (144 taps)")
        << 16 << 6 << 5 << 20 << 3 << 1 << same << 3;
    QTest::newRow("7 filters, k5 s2 valid, 6 channels (150 taps)")
        << 6 << 9 << 9 << 7 << 5 << 2 << valid << 2;
}

// A convolution of the current data row (addConvColumns) with random
// parameters and a random input batch.
struct ConvCase {
    ConvCase(Random& random)
        : shape{fetch<int>("channels"), fetch<int>("height"), fetch<int>("width")},
          filters(fetch<int>("filters")),
          kernel(fetch<int>("kernel")),
          stride(fetch<int>("stride")),
          padding(fetch<Padding>("padding")),
          layer(shape, filters, kernel, stride, padding) {
        bindRandomParameters(layer, parameters, gradients, random);
        input = randomMatrix(shape.size(), fetch<int>("batch"), random);
    }
    template <typename T>
    static T fetch(const char* name) {
        return *static_cast<T*>(QTest::qData(name, qMetaTypeId<T>()));
    }
    int padTop() const { return padding == Padding::Same ? (kernel - 1) / 2 : 0; }

    Shape shape;
    int filters, kernel, stride;
    Padding padding;
    Conv2D layer;
    Vector parameters, gradients;
    Matrix input;
};
}  // namespace

void TestLayerGradients::conv2d_data() {
    addConvColumns();
    addConvRows();
}

void TestLayerGradients::conv2d() {
    Random random(23);
    ConvCase conv(random);
    GradientCheckOptions options;
    options.maxEntries = 400;
    const auto report =
        checkLayer(conv.layer, conv.input, conv.parameters, conv.gradients, random, true, options);
    QVERIFY2(report.passed, report.message.c_str());
}

void TestLayerGradients::conv2dMatchesDirectConvolution_data() {
    addConvColumns();
    addConvRows();
}

void TestLayerGradients::conv2dMatchesDirectConvolution() {
    Random random(29);
    ConvCase conv(random);
    Matrix output;
    ForwardContext context;
    conv.layer.forward(conv.input, output, context);
    const Matrix expected =
        directConvolution(conv.input, conv.shape, conv.parameters.data(), conv.filters, conv.kernel,
                          conv.stride, conv.padTop(), conv.layer.outputShape());
    QCOMPARE(output.rows(), expected.rows());
    QCOMPARE(output.cols(), expected.cols());
    QVERIFY2((output - expected).cwiseAbs().maxCoeff() < 1e-4f,
             qPrintable(QString::number((output - expected).cwiseAbs().maxCoeff())));
}

void TestLayerGradients::conv2dBackwardMatchesDirectConvolution_data() {
    addConvColumns();
    addConvRows();
    const auto same = Padding::Same, valid = Padding::Valid;
    // Larger than the gradient check can afford: tiles of 64 rows, depth
    // blocks of 128 (tiled_product.cpp) and several chunks per batch.
    QTest::newRow("student layer 32x3x3 on 16x14x14, batch 20")
        << 16 << 14 << 14 << 32 << 3 << 1 << same << 20;
    QTest::newRow("64x5x5 on 32x7x7, batch 9") << 32 << 7 << 7 << 64 << 5 << 1 << same << 9;
    QTest::newRow("24x3x3 s2 valid on 6x15x13, batch 11")
        << 6 << 15 << 13 << 24 << 3 << 2 << valid << 11;
}

void TestLayerGradients::conv2dBackwardMatchesDirectConvolution() {
    Random random(31);
    ConvCase conv(random);
    Matrix output, inputGradient;
    ForwardContext context;
    conv.layer.forward(conv.input, output, context);
    const Matrix outputGradient = randomMatrix(output.rows(), output.cols(), random);
    conv.layer.backward(conv.input, output, outputGradient, inputGradient, true);
    const DirectGradients expected = directConvolutionGradients(
        conv.input, outputGradient, conv.shape, conv.parameters.data(), conv.filters, conv.kernel,
        conv.stride, conv.padTop(), conv.layer.outputShape());
    QCOMPARE(inputGradient.rows(), expected.input.rows());
    QCOMPARE(inputGradient.cols(), expected.input.cols());
    const double inputError = relativeError(inputGradient, expected.input);
    const double parameterError = relativeError(conv.gradients, expected.parameters);
    QVERIFY2(inputError < 1e-5, qPrintable(QString::number(inputError)));
    QVERIFY2(parameterError < 1e-5, qPrintable(QString::number(parameterError)));
    // Without the input gradient the parameter gradient is the same.
    const Vector withInputGradient = conv.gradients;
    Matrix unused;
    conv.layer.backward(conv.input, output, outputGradient, unused, false);
    QVERIFY(conv.gradients == withInputGradient);
}

void TestLayerGradients::conv2dHandComputed_data() {
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<Padding>("padding");
    QTest::addColumn<QList<float>>("weights");  // filter-major, (ky, kx) within a filter
    QTest::addColumn<QList<float>>("expected");
    // Input (1 channel, 3x3):  1 2 3 / 4 5 6 / 7 8 9, bias 0.5 for every filter.
    QTest::newRow("2x2 valid") << 2 << 1 << Padding::Valid << QList<float>{1, 2, 3, 4}
                               << QList<float>{37.5, 47.5, 67.5, 77.5};
    // Even kernel with "same": the extra padding row/column is at the bottom/right.
    QTest::newRow("2x2 same") << 2 << 1 << Padding::Same << QList<float>{1, 2, 3, 4}
                              << QList<float>{37.5, 47.5, 21.5, 67.5, 77.5, 33.5, 23.5, 26.5, 9.5};
    QTest::newRow("3x3 ones same stride 2")
        << 3 << 2 << Padding::Same << QList<float>(9, 1.0f) << QList<float>{12.5, 16.5, 24.5, 28.5};
    // Two filters: the second is all -1; outputs are channel-major (filter 0 first).
    QTest::newRow("2x2 valid two filters")
        << 2 << 1 << Padding::Valid << QList<float>{1, 2, 3, 4, -1, -1, -1, -1}
        << QList<float>{37.5, 47.5, 67.5, 77.5, -11.5, -15.5, -23.5, -27.5};
}

void TestLayerGradients::conv2dHandComputed() {
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(Padding, padding);
    QFETCH(QList<float>, weights);
    QFETCH(QList<float>, expected);
    const int taps = kernel * kernel;
    const int filters = int(weights.size()) / taps;
    Conv2D layer({1, 3, 3}, filters, kernel, stride, padding);
    Vector parameters(layer.parameterCount()), gradients(layer.parameterCount());
    // W is filters x taps, column-major.
    for (int f = 0; f < filters; ++f)
        for (int t = 0; t < taps; ++t)
            parameters[t * filters + f] = weights[f * taps + t];
    parameters.tail(filters).setConstant(0.5f);
    layer.bind(parameters.data(), gradients.data());
    Matrix input(9, 1);
    for (int i = 0; i < 9; ++i)
        input(i, 0) = Scalar(i + 1);
    Matrix output;
    ForwardContext context;
    layer.forward(input, output, context);
    QCOMPARE(output.size(), Eigen::Index(expected.size()));
    for (int i = 0; i < int(expected.size()); ++i)
        QCOMPARE(output(i, 0), expected[i]);
}

void TestLayerGradients::conv2dShapes_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<Padding>("padding");
    QTest::addColumn<int>("expected");
    QTest::newRow("28 k5 s1 same") << 28 << 5 << 1 << Padding::Same << 28;
    QTest::newRow("28 k5 s1 valid") << 28 << 5 << 1 << Padding::Valid << 24;
    QTest::newRow("28 k3 s2 same") << 28 << 3 << 2 << Padding::Same << 14;
    QTest::newRow("27 k3 s2 same") << 27 << 3 << 2 << Padding::Same << 14;
    QTest::newRow("28 k3 s2 valid") << 28 << 3 << 2 << Padding::Valid << 13;
    QTest::newRow("28 k4 s1 same") << 28 << 4 << 1 << Padding::Same << 28;
    QTest::newRow("28 k4 s3 same") << 28 << 4 << 3 << Padding::Same << 10;
    QTest::newRow("5 k5 s1 valid") << 5 << 5 << 1 << Padding::Valid << 1;
}

void TestLayerGradients::conv2dShapes() {
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(Padding, padding);
    QFETCH(int, expected);
    Conv2D layer({3, size, size}, 8, kernel, stride, padding);
    QCOMPARE(layer.outputShape(), (Shape{8, expected, expected}));
    QCOMPARE(layer.inputShape(), (Shape{3, size, size}));
}

void TestLayerGradients::conv2dRejectsKernelThatDoesNotFit() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Conv2D({1, 4, 4}, 2, 5, 1, Padding::Valid));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Conv2D({1, 4, 8}, 2, 5, 1, Padding::Valid));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Conv2D({1, 4, 4}, 0, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Conv2D({1, 4, 4}, 2, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Conv2D({1, 4, 4}, 2, 3, 0));
    // "same" always fits, even a kernel larger than the input.
    QCOMPARE(Conv2D({1, 4, 4}, 2, 5, 1, Padding::Same).outputShape(), (Shape{2, 4, 4}));
}

void TestLayerGradients::conv2dDescribeAndInitialize() {
    Conv2D layer({3, 8, 8}, 16, 3, 1, Padding::Same);
    QCOMPARE(QString::fromStdString(layer.describe()), QStringLiteral("conv2d 16x3x3 s1 same"));
    QCOMPARE(QString::fromStdString(Conv2D({3, 8, 8}, 4, 5, 2, Padding::Valid).describe()),
             QStringLiteral("conv2d 4x5x5 s2 valid"));
    QCOMPARE(layer.parameterCount(), Eigen::Index(16 * 27 + 16));
    Vector parameters = Vector::Constant(layer.parameterCount(), 9.0f);
    Vector gradients(layer.parameterCount());
    layer.bind(parameters.data(), gradients.data());
    RecordingInitializer init;
    Random random(1);
    layer.initialize(init, random);
    QCOMPARE(init.lastFanIn, 27);
    QCOMPARE(init.lastFanOut, 16 * 9);
    QCOMPARE(init.lastRows, 16);
    QCOMPARE(init.lastCols, 27);
    QVERIFY((parameters.head(16 * 27).array() == 0.25f).all());
    QVERIFY((parameters.tail(16).array() == 0.0f).all());
}

void TestLayerGradients::paddingNames() {
    QCOMPARE(paddingFromName("same", "f"), Padding::Same);
    QCOMPARE(paddingFromName("valid", "f"), Padding::Valid);
    QCOMPARE(QString::fromStdString(paddingName(Padding::Valid)), QStringLiteral("valid"));
    try {
        paddingFromName("full", "model.conv_layers.0.padding");
        QFAIL("no exception");
    } catch (const InputError& error) {
        QCOMPARE(QString::fromStdString(error.field()),
                 QStringLiteral("model.conv_layers.0.padding"));
        QVERIFY(QString(error.what()).contains("allowed: same, valid"));
    }
}

// --- pooling -----------------------------------------------------------------

namespace {
void addPoolRows() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("pool");
    QTest::addColumn<int>("stride");
    QTest::newRow("pool 2 stride 2") << 2 << 6 << 2 << 2;
    QTest::newRow("pool 2 stride 2, odd size") << 2 << 7 << 2 << 2;
    QTest::newRow("pool 2 stride 1 (overlapping)") << 2 << 5 << 2 << 1;
    QTest::newRow("pool 3 stride 3") << 2 << 7 << 3 << 3;
    QTest::newRow("pool 3 stride 2 (overlapping)") << 3 << 7 << 3 << 2;
    QTest::newRow("pool = input") << 2 << 4 << 4 << 4;
}
}  // namespace

void TestLayerGradients::maxPool_data() {
    addPoolRows();
}

void TestLayerGradients::maxPool() {
    QFETCH(int, channels);
    QFETCH(int, size);
    QFETCH(int, pool);
    QFETCH(int, stride);
    Random random(31);
    const Shape shape{channels, size, size};
    MaxPool2D layer(shape, pool, stride);
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random);
    // Distinct values at least 2/size apart, and a step well below half of
    // that, so no perturbation changes which input is a window's maximum.
    const Matrix input = spreadMatrix(shape.size(), 3, random);
    GradientCheckOptions options;
    options.step = 0.25 / double(input.size());
    const auto report = checkLayer(layer, input, parameters, gradients, random, true, options);
    QVERIFY2(report.passed, report.message.c_str());
}

void TestLayerGradients::maxPoolHandComputed() {
    // 1 channel 4x4, pool 2 stride 2.
    MaxPool2D layer({1, 4, 4}, 2);
    QCOMPARE(layer.outputShape(), (Shape{1, 2, 2}));
    QCOMPARE(QString::fromStdString(layer.describe()), QStringLiteral("max_pool2d 2x2 s2"));
    Matrix input(16, 1);
    input.col(0) << 1, 5, 2, 0,  //
        3, -1, 7, 8,             //
        -4, -2, 6, 6.5,          //
        -3, -9, 6.25, 1;
    Matrix output;
    ForwardContext context;
    layer.forward(input, output, context);
    QCOMPARE(output(0, 0), 5.0f);
    QCOMPARE(output(1, 0), 8.0f);
    QCOMPARE(output(2, 0), -2.0f);
    QCOMPARE(output(3, 0), 6.5f);
    Matrix dy(4, 1);
    dy << 10, 20, 30, 40;
    Matrix dx;
    layer.backward(input, output, dy, dx, true);
    Matrix expected = Matrix::Zero(16, 1);
    expected(1, 0) = 10;
    expected(7, 0) = 20;
    expected(9, 0) = 30;
    expected(11, 0) = 40;
    QCOMPARE(dx, expected);
}

void TestLayerGradients::reluCommutesWithMaxPool() {
    // The model builder puts ReLU after a max-pool (fewer values): values and
    // input gradients must be bit-identical to ReLU before it, also where a
    // window has ties or only values <= 0.
    const Shape shape{3, 6, 6};
    Matrix input = Matrix::Random(shape.size(), 4);
    for (Eigen::Index i = 0; i < input.size(); i += 5)
        input.data()[i] = std::round(input.data()[i]);  // ties among -1, 0, 1
    input.col(1).head(12).setConstant(-0.5f);           // windows all < 0
    const Matrix dy = Matrix::Random(MaxPool2D(shape, 2).outputShape().size(), 4);
    ForwardContext context;

    ActivationLayer reluFirst(shape, activationRegistry().create("relu", "test", 0.0));
    MaxPool2D poolSecond(shape, 2);
    Matrix rectified, pooled, dPooled, dRectified, dxBefore;
    reluFirst.forward(input, rectified, context);
    poolSecond.forward(rectified, pooled, context);
    poolSecond.backward(rectified, pooled, dy, dPooled, true);
    reluFirst.backward(input, rectified, dPooled, dxBefore, true);

    MaxPool2D poolFirst(shape, 2);
    ActivationLayer reluSecond(poolFirst.outputShape(),
                               activationRegistry().create("relu", "test", 0.0));
    Matrix maxima, output, dMaxima, dxAfter;
    poolFirst.forward(input, maxima, context);
    reluSecond.forward(maxima, output, context);
    reluSecond.backward(maxima, output, dy, dMaxima, true);
    poolFirst.backward(input, maxima, dMaxima, dxAfter, true);

    QVERIFY(output == pooled);
    QVERIFY(dxAfter == dxBefore);
}

void TestLayerGradients::avgPool_data() {
    addPoolRows();
}

void TestLayerGradients::avgPool() {
    QFETCH(int, channels);
    QFETCH(int, size);
    QFETCH(int, pool);
    QFETCH(int, stride);
    Random random(37);
    const Shape shape{channels, size, size};
    AvgPool2D layer(shape, pool, stride);
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random);
    const Matrix input = randomMatrix(shape.size(), 3, random);
    const auto report = checkLayer(layer, input, parameters, gradients, random);
    QVERIFY2(report.passed, report.message.c_str());
}

void TestLayerGradients::avgPoolHandComputed() {
    AvgPool2D layer({1, 3, 3}, 2, 1);
    QCOMPARE(layer.outputShape(), (Shape{1, 2, 2}));
    QCOMPARE(QString::fromStdString(layer.describe()), QStringLiteral("avg_pool2d 2x2 s1"));
    Matrix input(9, 1);
    input.col(0) << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    Matrix output;
    ForwardContext context;
    layer.forward(input, output, context);
    QCOMPARE(output(0, 0), 3.0f);
    QCOMPARE(output(1, 0), 4.0f);
    QCOMPARE(output(2, 0), 6.0f);
    QCOMPARE(output(3, 0), 7.0f);
}

void TestLayerGradients::poolShapes() {
    QCOMPARE(MaxPool2D({4, 28, 28}, 2).outputShape(), (Shape{4, 14, 14}));
    QCOMPARE(MaxPool2D({4, 7, 7}, 2).outputShape(), (Shape{4, 3, 3}));
    QCOMPARE(MaxPool2D({4, 7, 9}, 3, 2).outputShape(), (Shape{4, 3, 4}));
    QCOMPARE(AvgPool2D({4, 28, 28}, 3).outputShape(), (Shape{4, 9, 9}));
    QCOMPARE(AvgPool2D({4, 28, 28}, 3, 1).outputShape(), (Shape{4, 26, 26}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MaxPool2D({1, 2, 2}, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AvgPool2D({1, 5, 2}, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AvgPool2D({1, 5, 5}, 0));
}

void TestLayerGradients::globalAvgPool() {
    Random random(41);
    const Shape shape{3, 4, 5};
    GlobalAvgPool layer(shape);
    QCOMPARE(layer.outputShape(), (Shape{3, 1, 1}));
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random);
    const Matrix input = randomMatrix(shape.size(), 3, random);
    Matrix output;
    ForwardContext context;
    layer.forward(input, output, context);
    for (int n = 0; n < 3; ++n)
        for (int c = 0; c < 3; ++c)
            QVERIFY(std::abs(output(c, n) - input.col(n).segment(c * 20, 20).mean()) < 1e-6f);
    const auto report = checkLayer(layer, input, parameters, gradients, random);
    QVERIFY2(report.passed, report.message.c_str());
}

void TestLayerGradients::flatten() {
    Random random(43);
    Flatten layer({2, 3, 3});
    QCOMPARE(layer.outputShape(), (Shape{18, 1, 1}));
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random);
    const Matrix input = randomMatrix(18, 2, random);
    Matrix output;
    ForwardContext context;
    layer.forward(input, output, context);
    QCOMPARE(output, input);
    const auto report = checkLayer(layer, input, parameters, gradients, random);
    QVERIFY2(report.passed, report.message.c_str());
}

// --- batch norm --------------------------------------------------------------

void TestLayerGradients::batchNorm_data() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("training");
    QTest::newRow("dense, training") << 6 << 1 << 5 << true;
    QTest::newRow("dense, batch 2, training") << 3 << 1 << 2 << true;
    QTest::newRow("conv, training") << 3 << 4 << 2 << true;
    QTest::newRow("conv, batch 1, training") << 2 << 3 << 1 << true;
    QTest::newRow("dense, evaluation") << 6 << 1 << 5 << false;
    QTest::newRow("conv, evaluation") << 3 << 4 << 2 << false;
}

void TestLayerGradients::batchNorm() {
    QFETCH(int, channels);
    QFETCH(int, size);
    QFETCH(int, batch);
    QFETCH(bool, training);
    Random random(47);
    const Shape shape{channels, size, size};
    BatchNorm layer(shape);
    QCOMPARE(layer.parameterCount(), Eigen::Index(2 * channels));
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random, 0.5, 1.5);
    Vector mean(channels), variance(channels);
    for (int c = 0; c < channels; ++c) {
        mean[c] = Scalar(random.uniform(-0.5, 0.5));
        variance[c] = Scalar(random.uniform(0.5, 2.0));
    }
    layer.setRunningStatistics(mean, variance);
    const Matrix input = randomMatrix(shape.size(), batch, random, -2.0, 2.0);
    const auto report = checkLayer(layer, input, parameters, gradients, random, training);
    QVERIFY2(report.passed, report.message.c_str());
}

void TestLayerGradients::batchNormStatistics() {
    // Per channel over batch and positions: output has mean beta and
    // standard deviation |gamma|; running statistics move 10% towards the
    // batch mean and unbiased variance.
    Random random(53);
    const Shape shape{2, 3, 3};
    BatchNorm layer(shape);
    Vector parameters(4), gradients(4);
    layer.bind(parameters.data(), gradients.data());
    layer.initialize(RecordingInitializer(), random);
    QCOMPARE(parameters, (Vector(4) << 1, 1, 0, 0).finished());
    parameters << 2.0f, 0.5f, 1.0f, -3.0f;
    Matrix input = randomMatrix(shape.size(), 4, random, -1.0, 3.0);
    Matrix output;
    ForwardContext context{true, &random};
    layer.forward(input, output, context);
    for (int c = 0; c < 2; ++c) {
        const Matrix x = input.middleRows(c * 9, 9);
        const Matrix y = output.middleRows(c * 9, 9);
        const double m = x.cast<double>().mean();
        const double biased = (x.cast<double>().array() - m).square().mean();
        const double outMean = y.cast<double>().mean();
        const double outStd = std::sqrt((y.cast<double>().array() - outMean).square().mean());
        QVERIFY(std::abs(outMean - parameters[2 + c]) < 1e-5);
        QVERIFY(std::abs(outStd - std::abs(parameters[c]) * std::sqrt(biased / (biased + 1e-5))) <
                1e-4);
        QVERIFY(std::abs(layer.runningMean()[c] - 0.1 * m) < 1e-6);
        QVERIFY(std::abs(layer.runningVariance()[c] - (0.9 + 0.1 * biased * 36.0 / 35.0)) < 1e-6);
    }
}

void TestLayerGradients::batchNormEvaluationUsesRunningStatistics() {
    BatchNorm layer({2, 1, 1});
    Vector parameters(4), gradients(4);
    parameters << 2.0f, 1.0f, 0.5f, 0.0f;
    layer.bind(parameters.data(), gradients.data());
    layer.setRunningStatistics((Vector(2) << 1.0f, -1.0f).finished(),
                               (Vector(2) << 4.0f, 1.0f).finished());
    Matrix input(2, 2);
    input << 3, 5,  //
        -1, 0;
    Matrix output;
    ForwardContext context{false, nullptr};
    layer.forward(input, output, context);
    const double s0 = 1.0 / std::sqrt(4.0 + 1e-5), s1 = 1.0 / std::sqrt(1.0 + 1e-5);
    QVERIFY(std::abs(output(0, 0) - (2.0 * 2.0 * s0 + 0.5)) < 1e-5);
    QVERIFY(std::abs(output(0, 1) - (2.0 * 4.0 * s0 + 0.5)) < 1e-5);
    QVERIFY(std::abs(output(1, 0) - 0.0) < 1e-5);
    QVERIFY(std::abs(output(1, 1) - s1) < 1e-5);
    // Evaluation leaves the running statistics alone.
    QCOMPARE(layer.runningMean()[0], 1.0f);
    QCOMPARE(layer.runningVariance()[0], 4.0f);
}

// --- activation layer --------------------------------------------------------

void TestLayerGradients::activationLayer_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("tanh") << "tanh";
    QTest::newRow("sigmoid") << "sigmoid";
    QTest::newRow("elu") << "elu";
}

void TestLayerGradients::activationLayer() {
    QFETCH(QString, name);
    Random random(59);
    const Shape shape{2, 3, 3};
    ActivationLayer layer(shape, activationRegistry().create(name.toStdString(), "test", 1.0));
    QCOMPARE(QString::fromStdString(layer.kind()), name);
    QCOMPARE(QString::fromStdString(layer.describe()), name);
    QCOMPARE(layer.outputShape(), shape);
    Vector parameters, gradients;
    bindRandomParameters(layer, parameters, gradients, random);
    const Matrix input = randomMatrix(shape.size(), 3, random, -2.0, 2.0);
    const auto report = checkLayer(layer, input, parameters, gradients, random);
    QVERIFY2(report.passed, report.message.c_str());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ActivationLayer(shape, nullptr));
}

QTEST_APPLESS_MAIN(TestLayerGradients)
#include "tst_layer_gradients.moc"
