// The first time estimate, before any trial is measured: a dense weight costs
// once per sample, a conv weight once per output position of its layer.

#include <QtTest>

#include "trial_time_estimate.h"

using namespace hyperlab;

namespace {

Dataset imagePreview(int side) {
    Dataset d;
    d.inputShape = {1, side, side};
    d.classNames = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    return d;
}

RunConfig convConfig(std::vector<int> hidden) {
    RunConfig c;
    c.dataset.name = "idx";
    c.dataset.samples = 1000;
    c.dataset.testFraction = 0.2;
    c.training.epochs = 10;
    ConvLayerConfig conv;
    conv.filters = 8;
    conv.kernelSize = 3;
    conv.pool = "max";
    c.model.convLayers = {conv};
    c.model.hiddenLayers = std::move(hidden);
    return c;
}

}  // namespace

class TestTrialTimeEstimate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void denseWeightsCountOncePerSampleEvenAfterConvLayers() {
        const Dataset preview = imagePreview(28);
        // 8 x 14 x 14 = 1568 inputs to the dense part: 10 more hidden
        // neurons add 10 x (1568 + 1) + 10 x 10 weights (the next layer's).
        const double small = ui::estimateTrialSeconds(convConfig({10}), &preview);
        const double large = ui::estimateTrialSeconds(convConfig({20}), &preview);
        const double addedWeights = 10.0 * (1568 + 1) + 10.0 * 10;
        const double expected = 6.0 * addedWeights * 800 * 10 / 1e9;
        QVERIFY2(std::abs((large - small) - expected) < 1e-9 * expected + 1e-12,
                 qPrintable(QStringLiteral("%1 s more, expected %2 s").arg(large - small).arg(expected)));
    }

    void convWeightsCountOncePerOutputPosition() {
        // The same conv layer on a map with 4x the positions costs 4x; its
        // dense part is kept equal by global average pooling.
        RunConfig c = convConfig({});
        c.model.convLayers[0].pool = "global_avg";
        const Dataset small = imagePreview(14);
        const Dataset large = imagePreview(28);
        const double convWeights = 8.0 * (3 * 3 + 1);
        const double denseWeights = 10.0 * (8 + 1);
        const double base = 0.2;
        const double perWeightUse = 6.0 * 800 * 10 / 1e9;
        QCOMPARE(ui::estimateTrialSeconds(c, &small),
                 base + perWeightUse * (convWeights * 14 * 14 + denseWeights));
        QCOMPARE(ui::estimateTrialSeconds(c, &large),
                 base + perWeightUse * (convWeights * 28 * 28 + denseWeights));
    }
};

QTEST_GUILESS_MAIN(TestTrialTimeEstimate)
#include "tst_trial_time_estimate.moc"
