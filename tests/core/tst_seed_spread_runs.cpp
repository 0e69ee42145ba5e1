// "How much does the seed matter?": the per-epoch band over runs, and k
// runs of one config that differ only in the training seed.
#include <QtTest>

#include <cmath>

#include "common/errors.h"
#include "train/default_config.h"
#include "train/seed_spread.h"

using namespace hyperlab;

class TestSeedSpreadRuns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bandOfCurves() {
        const EpochBand band = epochBand({{1, 2, 3, 9}, {3, 4, NAN}, {2, 6, 5}});
        QCOMPARE(band.epochs(), 3);  // the shortest run
        QCOMPARE(band.mean[0], 2.0);
        QCOMPARE(band.stdDev[0], 1.0);
        QCOMPARE(band.min[1], 2.0);
        QCOMPARE(band.max[1], 6.0);
        // NaN skipped: epoch 3 is the band of {3, 5}.
        QCOMPARE(band.mean[2], 4.0);
        QCOMPARE(band.stdDev[2], std::sqrt(2.0));
        QVERIFY(epochBand({}).mean.empty());
    }

    void seedsDifferAndTheSameSeedsRepeat() {
        RunConfig config = defaultRunConfig();
        config.dataset.samples = 300;
        config.training.epochs = 15;
        int calls = 0;
        const auto r = runSeedSpread(config, 4, [&](int done, int total) {
            QCOMPARE(total, 4);
            QCOMPARE(done, ++calls);
        });
        QCOMPARE(calls, 4);
        QCOMPARE(r.seeds, (std::vector<std::uint64_t>{42, 43, 44, 45}));
        QCOMPARE(r.runs.size(), std::size_t(4));
        QCOMPARE(r.valQuality.epochs(), 15);
        QCOMPARE(r.finalQuality.size(), std::size_t(4));
        // Different seeds, different runs: the band has a width somewhere.
        bool spread = false;
        for (int e = 0; e < 15; ++e) {
            QVERIFY(r.valQuality.min[e] <= r.valQuality.mean[e] &&
                    r.valQuality.mean[e] <= r.valQuality.max[e]);
            spread = spread || r.valQuality.max[e] > r.valQuality.min[e];
        }
        QVERIFY(spread);
        QVERIFY(std::isfinite(r.finalMean) && std::isfinite(r.finalStdDev));
        // Same config, same seeds: the same numbers.
        const auto again = runSeedSpread(config, 4);
        QCOMPARE(again.finalQuality, r.finalQuality);
    }

    void stopsAndRefusesBadCounts() {
        std::stop_source stop;
        stop.request_stop();
        QVERIFY(runSeedSpread(defaultRunConfig(), 3, {}, stop.get_token()).cancelled);
        QVERIFY_THROWS_EXCEPTION(InputError, runSeedSpread(defaultRunConfig(), 1));
        QVERIFY_THROWS_EXCEPTION(InputError, runSeedSpread(defaultRunConfig(), 101));
    }
};

QTEST_GUILESS_MAIN(TestSeedSpreadRuns)
#include "tst_seed_spread_runs.moc"
