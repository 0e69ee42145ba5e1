// A study's time estimate: the configs its trials are likely to run (the
// sampler's own proposals, manual lists), the cost of each from the timing
// of its own network shape, the trials' schedule on the workers, and the
// correction by finished trials, which must follow the mix of trial sizes
// rather than the size of the first trial that happened to finish.
#include <QtTest>

#include <set>

#include <nlohmann/json.hpp>

#include "data/dataset_factory.h"
#include "data/split.h"
#include "io/config_json.h"
#include "search/apply_params.h"
#include "study/execution/study_time_estimate.h"
#include "study/model/study.h"
#include "train/default_config.h"

using namespace hyperlab;
using json = nlohmann::json;

namespace {

json baseJson() {
    RunConfig base = defaultRunConfig();
    base.dataset.samples = 200;
    base.training.epochs = 10;
    return toJson(base);
}

StudyDefinition studyOf(const json& strategy) {
    return StudyDefinition::fromJson(
        {{"base", baseJson()},
         {"space",
          {{"training.learning_rate",
            {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}, {"log", true}}},
           {"model.hidden_layers",
            {{"type", "categorical"}, {"values", json::parse("[[8], [32, 32], [256, 256]]")}}}}},
         {"strategy", strategy},
         {"objective", {{"metric", "val_accuracy"}}}});
}

std::vector<int> layersOf(const RunConfig& config) {
    return config.model.hiddenLayers;
}

/// A timing measured with `runs` side by side (the models below run 2).
StepTiming timingOf(double trainSecondsPerSample, int runs = 2) {
    StepTiming t;
    t.concurrentRuns = runs;
    t.trainSecondsPerSample = trainSecondsPerSample;
    t.evalSecondsPerSample = trainSecondsPerSample / 3;
    return t;
}

}  // namespace

class TestStudyTimeEstimate : public QObject {
    Q_OBJECT

private slots:
    void gridUnderBudgetRunsItsEvenlySpacedPart() {
        const auto all =
            likelyTrialConfigs(studyOf({{"type", "grid"}, {"points_per_dimension", 3}}));
        QCOMPARE(all.size(), std::size_t(9));
        const auto cut = likelyTrialConfigs(
            studyOf({{"type", "grid"}, {"points_per_dimension", 3}, {"trials", 4}}));
        QCOMPARE(cut.size(), std::size_t(4));
        // Both ends of the grid are in the part that runs.
        QCOMPARE(cut.front().training.learningRate, all.front().training.learningRate);
        QCOMPARE(layersOf(cut.front()), layersOf(all.front()));
        QCOMPARE(layersOf(cut.back()), layersOf(all.back()));
    }

    void theSamplersOwnProposalsAreWhatTheStudyRuns() {
        // Before any result, a study's sampler proposes from its seed and
        // the trial number alone: the estimate lists those very trials
        // (random, Sobol, grid) or the start-up ones (TPE, Bayesian), in order.
        for (const char* type : {"random", "sobol", "tpe", "bayesian", "grid"}) {
            const StudyDefinition study = studyOf({{"type", type}, {"trials", 30}});
            const auto likely = likelyTrialConfigs(study);
            Study running(study);
            std::set<std::vector<int>> architectures;
            std::size_t listed = 0;
            while (const TrialSnapshot trial = running.ask()) {
                QVERIFY2(listed < likely.size(), type);
                const RunConfig asked = runConfigFromJson(applyParams(study.base, trial->params));
                QCOMPARE(likely[listed].training.learningRate, asked.training.learningRate);
                QCOMPARE(layersOf(likely[listed]), layersOf(asked));
                QCOMPARE(likely[listed].training.epochs, 10);  // the base's fixed fields stay
                architectures.insert(layersOf(asked));
                ++listed;
            }
            QCOMPARE(listed, likely.size());
            QCOMPARE(architectures.size(), std::size_t(3));
        }
        // A long study lists its first kLikelyTrialLimit trials.
        QCOMPARE(likelyTrialConfigs(studyOf({{"type", "random"}, {"trials", 5000}})).size(),
                 kLikelyTrialLimit);
    }

    void trialsRunOnTheFirstFreeWorker() {
        // Two workers: 1 | 1, then 1 on the first, 10 on the second, the
        // last two on the first (2, 3, 4): the long trial decides.
        QCOMPARE(scheduledSeconds({1, 1, 1, 10, 1, 1}, 2), 11.0);
        QCOMPARE(scheduledSeconds({1, 1, 1, 10, 1, 1}, 1), 15.0);
        QCOMPARE(scheduledSeconds({2, 2, 2}, 8), 2.0);
        QCOMPARE(scheduledSeconds(std::vector<double>{}, 2), 0.0);
        // Left alone, a trial goes on at its speed alone: the long one does
        // 2/10 of its work beside the short one, then 0.8 x 5 s alone.
        QCOMPARE(scheduledSeconds(std::vector<TrialSeconds>{{10, 5}, {2, 2}}, 2), 6.0);
        QCOMPARE(scheduledSeconds(std::vector<TrialSeconds>{{2, 1}, {2, 1}, {2, 1}}, 2), 3.0);
        // One worker: every trial runs alone.
        QCOMPARE(scheduledSeconds(std::vector<TrialSeconds>{{2, 1}, {2, 1}}, 1), 2.0);
    }

    void finishedTrialsCorrectTheRestAndCountAsMeasured() {
        const StudyDefinition study = studyOf({{"type", "random"}, {"trials", 6}});
        const auto likely = likelyTrialConfigs(study);
        const RunConfig base = runConfigFromJson(study.base);
        const auto data = std::shared_ptr<const Dataset>(loadDataset(base.dataset));
        const RunSamples samples{100, 50, 50};
        TrialCostModel cost(likely, data, samples, 2);
        for (const RunConfig& config : cost.configsToTime(10))
            cost.addTiming(config, timingOf(1e-4 * double(config.model.hiddenLayers.front())));
        // Timed side by side only: alone counts as side by side.
        std::vector<double> each;
        for (const TrialSeconds& trial : cost.likelyRunSeconds()) {
            QCOMPARE(trial.alone, trial.sideBySide);
            each.push_back(trial.sideBySide);
        }
        QCOMPARE(each.size(), likely.size());
        QCOMPARE(estimateStudyWallSeconds(cost, 6, 2, 1, {}, 0.5), 0.5 + scheduledSeconds(each, 2));
        // Two repeats cost twice as much.
        std::vector<double> twice = each;
        for (double& seconds : twice)
            seconds *= 2;
        QCOMPARE(estimateStudyWallSeconds(cost, 6, 2, 2, {}), scheduledSeconds(twice, 2));

        // Trial 0 took 3x its prediction: it counts as measured, the rest
        // are scaled by the same 3x.
        const double measured = 3 * each[0];
        std::vector<double> expected;
        for (double seconds : each)
            expected.push_back(3 * seconds);
        QVERIFY(qAbs(estimateStudyWallSeconds(cost, 6, 2, 1, {{0, likely[0], measured}}) -
                     scheduledSeconds(expected, 2)) < 1e-12);
        // A study longer than the list repeats its mix.
        std::vector<double> longer = each;
        longer.insert(longer.end(), each.begin(), each.end());
        QVERIFY(qAbs(estimateStudyWallSeconds(cost, 12, 2, 1, {}) - scheduledSeconds(longer, 2)) <
                1e-12);

        // Timed alone at half the time: the last trial, once alone, is faster.
        QVERIFY(cost.configsToTime(10).empty());
        for (const RunConfig& config : likely)
            cost.addTiming(config, timingOf(0.5e-4 * double(config.model.hiddenLayers.front()), 1));
        std::vector<TrialSeconds> withAlone;
        for (double seconds : each)
            withAlone.push_back({seconds, seconds / 2});
        const double faster = estimateStudyWallSeconds(cost, 6, 2, 1, {});
        QVERIFY(qAbs(faster - scheduledSeconds(withAlone, 2)) < 1e-9);
        QVERIFY(faster < scheduledSeconds(each, 2));
    }

    void manualStudiesRunTheirList() {
        const auto listed = likelyTrialConfigs(StudyDefinition::fromJson(
            {{"base", baseJson()},
             {"strategy",
              {{"type", "manual"},
               {"configs",
                json::parse(R"([{"training": {"epochs": 3}}, {"training": {"epochs": 7}}])")}}},
             {"objective", {{"metric", "val_accuracy"}}}}));
        QCOMPARE(listed.size(), std::size_t(2));
        QCOMPARE(listed[0].training.epochs, 3);
        QCOMPARE(listed[1].training.epochs, 7);
    }

    void eachShapeIsTimedOnceMostFrequentFirst() {
        const StudyDefinition study = studyOf({{"type", "grid"}, {"points_per_dimension", 3}});
        const auto likely = likelyTrialConfigs(study);
        const RunConfig base = runConfigFromJson(study.base);
        const auto data = std::shared_ptr<const Dataset>(loadDataset(base.dataset));
        TrialCostModel cost(likely, data, RunSamples{100, 50, 50}, 2);
        QVERIFY(!cost.meanRunSeconds());
        QCOMPARE(cost.coverage(), 0.0);
        // Three learning rates x three shapes: one config per shape.
        const auto toTime = cost.configsToTime(10);
        QCOMPARE(toTime.size(), std::size_t(3));
        QCOMPARE(cost.configsToTime(2).size(), std::size_t(2));

        cost.addTiming(toTime[0], timingOf(1e-4));
        QCOMPARE(cost.configsToTime(10).size(), std::size_t(2));
        QVERIFY(qAbs(cost.coverage() - 1.0 / 3) < 1e-12);
        cost.addTiming(toTime[1], timingOf(4e-4));
        cost.addTiming(toTime[2], timingOf(1e-3));
        QCOMPARE(cost.coverage(), 1.0);
        QVERIFY(cost.configsToTime(10).empty());

        // The mean is over the configs, each at its own shape's cost.
        double sum = 0;
        for (const RunConfig& config : likely)
            sum += *cost.runSeconds(config);
        QVERIFY(qAbs(*cost.meanRunSeconds() - sum / 9) < 1e-12);
        // A learning rate does not change the cost; a shape does.
        RunConfig fasterRate = toTime[0];
        fasterRate.training.learningRate *= 2;
        QCOMPARE(*cost.runSeconds(fasterRate), *cost.runSeconds(toTime[0]));
        QVERIFY(*cost.runSeconds(toTime[2]) > 5 * *cost.runSeconds(toTime[0]));
    }

    void aSmallFirstTrialDoesNotShrinkTheEstimate() {
        // Three shapes costing 1, 4 and 10 (predicted); the first trial to
        // finish is the small one and took 20% longer than predicted. The
        // study's trials are a mix: the estimate must be 1.2 x the mean of
        // the mix, not the small trial's time.
        StudyTimeCalibration calibration;
        QCOMPARE(calibration.ratio(), 1.0);
        calibration.addFinished(1.0, 1.2);
        QCOMPARE(calibration.ratio(), 1.2);
        const double meanOfMix = (1.0 + 4.0 + 10.0) / 3;
        QVERIFY(qAbs(meanOfMix * calibration.ratio() - 6.0) < 1e-12);
        calibration.addFinished(10.0, 9.0);  // sums, not the mean of ratios
        QCOMPARE(calibration.ratio(), (1.2 + 9.0) / 11.0);
        calibration.addFinished(0.0, 5.0);  // nothing predicted: not counted
        calibration.addFinished(2.0, std::nan(""));
        QCOMPARE(calibration.finished(), 2);
    }

    void realTimingsRankShapesBySize() {
        const StudyDefinition study = studyOf({{"type", "grid"}, {"points_per_dimension", 3}});
        const RunConfig base = runConfigFromJson(study.base);
        const DataSplit split = splitDataset(loadDataset(base.dataset), base.dataset.testFraction,
                                             base.dataset.validationFraction, base.dataset.seed);
        const auto likely = likelyTrialConfigs(study);
        TrialCostModel cost(likely, split.data, runSamples(split), 1);
        StepTimingCache cache;
        cost.timeShapes(split, cache);
        QCOMPARE(cost.coverage(), 1.0);
        RunConfig small = base, large = base;
        small.model.hiddenLayers = {8};
        large.model.hiddenLayers = {256, 256};
        // 256x256 weights against 8: some hundred times the work per step,
        // more than a busy machine's noise.
        QVERIFY2(
            *cost.runSeconds(large) > *cost.runSeconds(small),
            qPrintable(
                QString("%1 vs %2").arg(*cost.runSeconds(large)).arg(*cost.runSeconds(small))));
        // A second model over the same shapes takes every timing from the cache.
        TrialCostModel again(likely, split.data, runSamples(split), 1);
        again.timeShapes(split, cache);
        QCOMPARE(again.coverage(), 1.0);
        QCOMPARE(*again.runSeconds(large), *cost.runSeconds(large));
    }
};

QTEST_APPLESS_MAIN(TestStudyTimeEstimate)
#include "tst_study_time_estimate.moc"
