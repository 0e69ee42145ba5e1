// The trial pool: many quick trials on several workers (no duplicates, every
// trial final, at most `workers` at once), failures that do not stop the
// study, cancellation (of the study, with its latency measured, and of one
// trial), pause/resume, the wall-time budget, determinism with one worker,
// and datasets loaded once for all trials.

#include <QtTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "data/dataset_factory.h"
#include "data/split.h"
#include "io/config_json.h"
#include "search/transform.h"
#include "study/execution/dataset_cache.h"
#include "study/execution/study_runner.h"
#include "study/execution/training_evaluator.h"
#include "test_time_scale.h"
#include "train/trainer.h"

using namespace hyperlab;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

/// Sleeps a little (so workers overlap), counts concurrency, and fails on
/// request: x1 == 3 throws, x1 == 5 gives NaN.
class QuickEvaluator : public ObjectiveEvaluator {
public:
    std::atomic<int> running{0};
    std::atomic<int> maxRunning{0};
    bool failSome = false;

    EvaluationResult evaluate(const TrialContext& c) override {
        const int now = ++running;
        int seen = maxRunning.load();
        while (now > seen && !maxRunning.compare_exchange_weak(seen, now)) {
        }
        // Long enough for the workers to overlap; longer in sanitizer builds,
        // where threads start and get scheduled more slowly.
        std::this_thread::sleep_for(std::chrono::milliseconds(4 * testTimeScale()));
        --running;
        const double x0 = c.params->at("x0").get<double>();
        const double x1 = c.params->at("x1").get<double>();
        if (failSome && x1 == 3)
            throw std::runtime_error("objective exploded at x1 = 3");
        EvaluationResult r;
        r.value = (failSome && x1 == 5) ? std::nan("") : x0 * x0 + x1;
        return r;
    }
};

/// A 50-point grid: x0 in 5 choices, x1 in 0..9.
StudyDefinition gridOf50(int workers) {
    return StudyDefinition::fromJson(json::parse(R"({
        "objective": {"function": "branin"},
        "space": {"x0": {"type": "categorical", "values": [-5, -2, 1, 4, 7]},
                  "x1": {"type": "int", "low": 0, "high": 9}},
        "strategy": {"type": "grid", "points_per_dimension": 10, "shuffle": true, "seed": 4},
        "workers": )" + std::to_string(workers) + "}"));
}

json spiralBase(int samples, int epochs) {
    return {
        {"dataset", {{"name", "spiral"}, {"samples", samples}, {"validation_fraction", 0.2}}},
        {"model", {{"hidden_layers", {16}}}},
        {"training", {{"optimizer", "adam"}, {"epochs", epochs}, {"batch_size", 16}, {"seed", 5}}}};
}

/// Trains like TrainingEvaluator and counts the batches that finish after
/// the trial's stop was requested (the trainer checks before every batch, so
/// at most the one in flight may).
class BatchCountingEvaluator : public ObjectiveEvaluator {
public:
    std::atomic<int> batchesAfterStop{0};
    std::atomic<int> batchesPerEpoch{0};
    DatasetCache cache;

    EvaluationResult evaluate(const TrialContext& c) override {
        RunConfig config = runConfigFromJson(*c.config);
        config.training.seed = c.seed;
        Trainer trainer(config, *cache.get(config.dataset));
        TrainingCallbacks callbacks;
        callbacks.onBatch = [&](const BatchProgress& p) {
            batchesPerEpoch = p.batchesPerEpoch;
            if (c.stop.stop_requested())
                ++batchesAfterStop;
        };
        callbacks.onEpoch = c.onEpoch;
        EvaluationResult r;
        r.run = trainer.run(callbacks, c.stop);
        return r;
    }
};

/// Records every event with its time.
class Recorder : public StudyObserver {
public:
    std::mutex mutex;
    std::vector<std::pair<std::string, int>> events;  // (kind, trial)
    std::map<int, Clock::time_point> finishedAt;
    std::map<int, BatchProgress> lastBatch;
    int studyFinished = 0;
    std::function<void(int trial, const EpochMetrics&)> epochHook;
    std::function<void(const TrialSnapshot&)> finishHook;

    void onTrialStarted(const TrialSnapshot& t) override {
        std::lock_guard lock(mutex);
        events.push_back({"started", t->number});
    }
    void onEpoch(int trial, int, const EpochMetrics& m) override {
        {
            std::lock_guard lock(mutex);
            events.push_back({"epoch", trial});
        }
        if (epochHook)
            epochHook(trial, m);
    }
    void onBatch(int trial, const BatchProgress& p) override {
        std::lock_guard lock(mutex);
        events.push_back({"batch", trial});
        lastBatch[trial] = p;
    }
    void onTrialFinished(const TrialSnapshot& t) override {
        {
            std::lock_guard lock(mutex);
            events.push_back({"finished", t->number});
            finishedAt[t->number] = Clock::now();
        }
        if (finishHook)
            finishHook(t);
    }
    void onStudyFinished(const StudySummary&) override {
        std::lock_guard lock(mutex);
        ++studyFinished;
    }
    int count(const std::string& kind) {
        std::lock_guard lock(mutex);
        int n = 0;
        for (const auto& e : events)
            n += e.first == kind;
        return n;
    }
};

}  // namespace

class TestStudyRunner : public QObject {
    Q_OBJECT

private slots:
    void fiftyQuickTrials_data() {
        QTest::addColumn<int>("workers");
        QTest::newRow("1 worker") << 1;
        QTest::newRow("2 workers") << 2;
        QTest::newRow("4 workers") << 4;
    }

    void fiftyQuickTrials() {
        QFETCH(int, workers);
        Study study(gridOf50(workers));
        QCOMPARE(study.definition().trials, 50);
        auto evaluator = std::make_shared<QuickEvaluator>();
        StudyRunner runner(study, nullptr, evaluator);
        QCOMPARE(runner.workers(), workers);
        Recorder recorder;
        runner.addObserver(&recorder);
        const StudySummary summary = runner.run();

        QCOMPARE(summary.reason, std::string("budget"));
        QCOMPARE(summary.counts.total(), 50);
        QCOMPARE(summary.counts.completed, 50);
        std::set<Params> distinct;
        for (const auto& t : study.trials()) {
            QVERIFY(isFinal(t->state));
            distinct.insert(t->params);
        }
        QCOMPARE(distinct.size(), std::size_t(50));  // no duplicate proposals
        QVERIFY(evaluator->maxRunning <= workers);
        if (workers >= 2)
            QVERIFY2(evaluator->maxRunning >= 2, "the workers never overlapped");
        QCOMPARE(recorder.count("started"), 50);
        QCOMPARE(recorder.count("finished"), 50);
        QCOMPARE(recorder.studyFinished, 1);
        QCOMPARE(summary.best->number, study.leaderboard().front()->number);
    }

    void bayesianWorkersNeverGetTheSameProposal() {
        // Trials last a few simulated epochs, so asks happen while others run.
        Study study(StudyDefinition::fromJson(json::parse(R"({
            "objective": {"function": "branin", "epochs": 3, "epoch_seconds": 0.005},
            "strategy": {"type": "bayesian", "trials": 18, "seed": 2, "initial_trials": 4,
                         "candidates": 300},
            "workers": 3})")));
        StudyRunner runner(study);
        runner.run();
        const UnitCubeTransform transform(study.definition().space);
        const auto trials = study.trials();
        QCOMPARE(trials.size(), std::size_t(18));
        for (std::size_t i = 0; i < trials.size(); ++i) {
            QVERIFY(trials[i]->state == TrialState::Completed);
            for (std::size_t j = 0; j < i; ++j) {
                const double d =
                    (transform.encode(trials[i]->params) - transform.encode(trials[j]->params))
                        .norm();
                QVERIFY2(d > 1e-3, ("trials " + std::to_string(i) + " and " + std::to_string(j) +
                                    " are near-identical")
                                       .c_str());
            }
        }
    }

    void failingTrialsDoNotStopTheStudy() {
        Study study(gridOf50(2));
        auto evaluator = std::make_shared<QuickEvaluator>();
        evaluator->failSome = true;
        StudyRunner runner(study, nullptr, evaluator);
        const StudySummary summary = runner.run();
        QCOMPARE(summary.counts.total(), 50);
        QCOMPARE(summary.counts.failed, 10);  // x1 = 3 and x1 = 5, 5 each
        QCOMPARE(summary.counts.completed, 40);
        for (const auto& t : study.trials()) {
            const double x1 = t->params.at("x1").get<double>();
            if (x1 == 3) {
                QVERIFY(t->state == TrialState::Failed);
                QVERIFY2(t->reason.find("exploded") != std::string::npos, t->reason.c_str());
            } else if (x1 == 5) {
                QVERIFY(t->state == TrialState::Failed);
                QVERIFY2(t->reason.find("NaN") != std::string::npos, t->reason.c_str());
            }
        }
        // Failed trials rank last.
        QVERIFY(study.leaderboard().back()->state == TrialState::Failed);
    }

    void divergingTrainingFailsOnlyThatTrial() {
        json base = spiralBase(300, 4);
        base["training"]["optimizer"] = "sgd";
        Study study(StudyDefinition::fromJson(
            {{"base", base},
             {"strategy",
              {{"type", "manual"},
               {"configs",
                {{{"training.learning_rate", 0.05}},
                 {{"model.conv_layers", {{{"filters", 4}}}}},  // no conv on points
                 {{"training.learning_rate", 9.0},
                  {"model.init", "normal"},
                  {"model.init_scale", 10.0}},
                 {{"training.learning_rate", 0.02}}}}}},
             {"objective", {{"metric", "val_loss"}}},
             {"workers", 2}}));
        StudyRunner runner(study);
        runner.run();
        const auto trials = study.trials();
        QCOMPARE(trials.size(), std::size_t(4));
        QVERIFY(trials[0]->state == TrialState::Completed);
        QVERIFY(trials[1]->state == TrialState::Failed);
        QVERIFY2(trials[1]->reason.find("conv") != std::string::npos, trials[1]->reason.c_str());
        QVERIFY(trials[3]->state == TrialState::Completed);
        qInfo("huge step size: %s (%s)", std::string(trialStateName(trials[2]->state)).c_str(),
              trials[2]->reason.c_str());
        QVERIFY(isFinal(trials[2]->state));
    }

    void cancellationLatencyIsWithinABatch() {
        // One long training trial: ~200 batches of ~1 ms per epoch. A small
        // test set keeps the final evaluation of the stopped run short.
        json base = {{"dataset", {{"name", "spiral"}, {"samples", 8000}, {"test_fraction", 0.02}}},
                     {"model", {{"hidden_layers", {256, 256}}}},
                     {"training",
                      {{"optimizer", "adam"},
                       {"learning_rate", 0.001},
                       {"epochs", 200},
                       {"batch_size", 32}}}};
        Study study(StudyDefinition::fromJson(
            {{"base", base},
             {"strategy",
              {{"type", "manual"}, {"configs", {{{"training.seed", 1}}, {{"training.seed", 2}}}}}},
             {"objective", {{"metric", "val_loss"}}},
             {"workers", 1}}));
        auto evaluator = std::make_shared<BatchCountingEvaluator>();
        StudyRunner runner(study, nullptr, evaluator);
        Recorder recorder;
        std::atomic<double> epochSeconds{0};
        std::atomic<bool> cancelled{false};
        Clock::time_point cancelAt;
        std::thread canceller;
        recorder.epochHook = [&](int, const EpochMetrics& m) {
            if (m.epoch == 2 && !cancelled.exchange(true)) {
                epochSeconds = m.seconds;
                // Cancel from another thread in the middle of epoch 3.
                canceller = std::thread([&, half = m.seconds / 2] {
                    std::this_thread::sleep_for(std::chrono::duration<double>(half));
                    cancelAt = Clock::now();
                    runner.cancel();
                });
            }
        };
        runner.addObserver(&recorder);
        const StudySummary summary = runner.run();
        canceller.join();
        QCOMPARE(summary.reason, std::string("cancelled"));
        const TrialSnapshot t = study.trial(0);
        QVERIFY(t->state == TrialState::Cancelled);
        QVERIFY(t->resumable);
        QCOMPARE(t->history.size(), std::size_t(2));
        QCOMPARE(study.size(), std::size_t(1));  // the second trial never started
        // The stop lands before the next batch: at most the batch in flight
        // finishes after the request.
        QVERIFY2(
            evaluator->batchesAfterStop <= 1,
            (std::to_string(evaluator->batchesAfterStop) + " batches ran after the stop").c_str());
        const double latency =
            std::chrono::duration<double>(recorder.finishedAt[0] - cancelAt).count();
        const double batchSeconds = epochSeconds / evaluator->batchesPerEpoch;
        qInfo(
            "cancellation latency %.2f ms (to the trial's final state, incl. the test "
            "evaluation); one batch %.2f ms, one epoch %.0f ms; %d batch(es) after the stop",
            latency * 1e3, batchSeconds * 1e3, epochSeconds * 1e3,
            evaluator->batchesAfterStop.load());
        QVERIFY2(latency < epochSeconds / 2,
                 ("latency " + std::to_string(latency * 1e3) + " ms").c_str());
    }

    void cancelOneTrial() {
        Study study(StudyDefinition::fromJson(json::parse(R"({
            "objective": {"function": "branin", "epochs": 20, "epoch_seconds": 0.005},
            "strategy": {"type": "random", "trials": 6, "seed": 1},
            "workers": 2})")));
        StudyRunner runner(study);
        Recorder recorder;
        // Observers run on TBB workers, where a failed QVERIFY would not
        // fail the test: collect there, assert here.
        std::atomic<int> cancelResult{-1};
        recorder.epochHook = [&](int trial, const EpochMetrics& m) {
            if (trial == 1 && m.epoch == 3)
                cancelResult = runner.cancelTrial(1) ? 1 : 0;
        };
        runner.addObserver(&recorder);
        const StudySummary summary = runner.run();
        QCOMPARE(cancelResult.load(), 1);
        QCOMPARE(summary.reason, std::string("budget"));
        QCOMPARE(summary.counts.cancelled, 1);
        QCOMPARE(summary.counts.completed, 5);
        const TrialSnapshot t = study.trial(1);
        QVERIFY(t->state == TrialState::Cancelled);
        QVERIFY(!t->resumable);
        QCOMPARE(t->history.size(), std::size_t(3));
        QVERIFY(!runner.cancelTrial(1));  // already final
    }

    void pauseHoldsBackNewTrials() {
        Study study(StudyDefinition::fromJson(json::parse(R"({
            "objective": {"function": "branin", "epochs": 2, "epoch_seconds": 0.005},
            "strategy": {"type": "random", "trials": 8},
            "workers": 2})")));
        StudyRunner runner(study);
        Recorder recorder;
        recorder.finishHook = [&](const TrialSnapshot& t) {
            if (t->number == 2)
                runner.pause();
        };
        runner.addObserver(&recorder);
        std::thread thread([&] { runner.run(); });
        // Wait for the pause to take hold and the running trials to drain.
        const auto start = Clock::now();
        while ((!runner.isPaused() || study.counts().running > 0) && secondsSince(start) < 10)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QVERIFY(runner.isPaused());
        const int startedWhilePaused = recorder.count("started");
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        QCOMPARE(recorder.count("started"), startedWhilePaused);
        QVERIFY(startedWhilePaused < 8);
        runner.resume();
        thread.join();
        QCOMPARE(study.counts().completed, 8);
    }

    void wallTimeBudget() {
        Study study(StudyDefinition::fromJson(json::parse(R"({
            "objective": {"function": "branin", "epochs": 5, "epoch_seconds": 0.02},
            "strategy": {"type": "random", "trials": 100},
            "max_seconds": 0.35,
            "workers": 1})")));
        StudyRunner runner(study);
        const StudySummary summary = runner.run();
        QCOMPARE(summary.reason, std::string("time"));
        QVERIFY(summary.counts.completed >= 2);
        QVERIFY(summary.counts.total() < 10);
        QCOMPARE(summary.counts.running, 0);
        QVERIFY(summary.seconds < 1.5);  // the running trial finished; no new ones started
    }

    void sameSeedOneWorkerSameResults() {
        const json definition = {
            {"base", spiralBase(300, 3)},
            {"space",
             {{"training.learning_rate",
               {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}, {"log", true}}},
              {"model.hidden_layers", {{"type", "categorical"}, {"values", {{8}, {16, 16}}}}}}},
            {"strategy", {{"type", "tpe"}, {"trials", 6}, {"seed", 9}, {"startup_trials", 3}}},
            {"objective", {{"metric", "val_loss"}}},
            {"workers", 1}};
        auto run = [&] {
            Study study(StudyDefinition::fromJson(definition));
            StudyRunner(study).run();
            return study.trials();
        };
        const auto a = run();
        const auto b = run();
        QCOMPARE(a.size(), std::size_t(6));
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i]->params, b[i]->params);
            QVERIFY(a[i]->state == TrialState::Completed);
            QCOMPARE(a[i]->value, b[i]->value);  // bit-identical
            QCOMPARE(a[i]->history.size(), b[i]->history.size());
            for (std::size_t e = 0; e < a[i]->history.size(); ++e)
                QCOMPARE(a[i]->history[e].trainLoss, b[i]->history[e].trainLoss);
        }
    }

    void observersSeeEveryBatchOfTheFirstRepeat() {
        // 300 samples, 60% train (0.2 test, 0.2 validation), batch 16 -> 12
        // batches per epoch; 3 epochs;
        // 2 repeats, of which only repeat 0 reports batches (the curves').
        const json definition = {
            {"base", spiralBase(300, 3)},
            {"space",
             {{"training.learning_rate", {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}}}}},
            {"strategy", {{"type", "random"}, {"trials", 2}, {"seed", 1}}},
            {"objective", {{"metric", "val_loss"}}},
            {"repeats", 2},
            {"workers", 1}};
        Study study(StudyDefinition::fromJson(definition));
        StudyRunner runner(study);
        Recorder recorder;
        runner.addObserver(&recorder);
        runner.run();
        QCOMPARE(recorder.count("batch"), 2 * 3 * 12);
        QCOMPARE(recorder.lastBatch[0].epoch, 3);
        QCOMPARE(recorder.lastBatch[0].batch, 12);
        QCOMPARE(recorder.lastBatch[0].batchesPerEpoch, 12);
        // Every batch event of a trial comes between its start and finish.
        std::lock_guard lock(recorder.mutex);
        std::map<int, std::string> last;
        for (const auto& [kind, trial] : recorder.events) {
            if (kind == "batch")
                QVERIFY(last[trial] == "started" || last[trial] == "batch" ||
                        last[trial] == "epoch");
            last[trial] = kind;
        }
    }

    void datasetsAreLoadedOncePerConfig() {
        auto evaluator = std::make_shared<TrainingEvaluator>();
        Study study(StudyDefinition::fromJson(
            {{"base", spiralBase(300, 2)},
             {"space",
              {{"training.learning_rate", {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}}}}},
             {"strategy", {{"type", "random"}, {"trials", 8}}},
             {"objective", {{"metric", "val_accuracy"}}},
             {"workers", 2}}));
        StudyRunner(study, nullptr, evaluator).run();
        QCOMPARE(study.counts().completed, 8);
        QCOMPARE(evaluator->cache().loads(), std::size_t(1));

        DatasetCache cache(2);
        DatasetConfig a, b, c;
        a.samples = 100;
        b.samples = 120;
        c.samples = 140;
        const auto first = cache.get(a);
        QCOMPARE(cache.get(a).get(), first.get());  // shared, not reloaded
        cache.get(b);
        cache.get(c);  // evicts a (least recently used)
        QCOMPARE(cache.size(), std::size_t(2));
        QCOMPARE(cache.loads(), std::size_t(3));
        QVERIFY(first->data);  // a trial holding it keeps it alive
        cache.get(a);
        QCOMPARE(cache.loads(), std::size_t(4));
    }

    void aSlowLoadDelaysOnlyItsOwnDataset() {
        // Dataset A loads until released; a second caller waits for A. A
        // third caller, for dataset B, must not wait behind either of them.
        std::mutex gateMutex;
        std::condition_variable gateOpened;
        bool gateOpen = false;
        std::atomic<int> loadsStarted{0};
        DatasetCache cache(4, [&](const DatasetConfig& config) {
            ++loadsStarted;
            if (config.samples == 100) {
                std::unique_lock lock(gateMutex);
                gateOpened.wait(lock, [&] { return gateOpen; });
            }
            auto data = loadDataset(config);
            return std::make_shared<const DataSplit>(splitDataset(data, 0.2, 0.2, 1));
        });
        DatasetConfig a, b;
        a.samples = 100;
        b.samples = 120;
        std::thread loader([&] { cache.get(a); });
        while (loadsStarted < 1)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::atomic<bool> waiterDone{false};
        std::thread waiter([&] {
            cache.get(a);
            waiterDone = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // the waiter is waiting
        std::atomic<bool> otherDone{false};
        std::thread other([&] {
            cache.get(b);
            otherDone = true;
        });
        const auto start = Clock::now();
        while (!otherDone && secondsSince(start) < 5)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        const bool otherFinishedWhileABlocked = otherDone;
        QVERIFY(!waiterDone);
        {
            std::lock_guard lock(gateMutex);
            gateOpen = true;
        }
        gateOpened.notify_all();
        loader.join();
        waiter.join();
        other.join();
        QVERIFY2(otherFinishedWhileABlocked,
                 "loading dataset B waited for another caller's load of dataset A");
        QVERIFY(waiterDone);
        QCOMPARE(cache.loads(), std::size_t(2));
    }

    void repeatsRankByTheMean() {
        Study study(StudyDefinition::fromJson(
            {{"base", spiralBase(300, 3)},
             {"space",
              {{"training.learning_rate", {{"type", "categorical"}, {"values", {0.01, 0.05}}}}}},
             {"strategy", {{"type", "grid"}}},
             {"objective", {{"metric", "val_loss"}}},
             {"repeats", 3},
             {"workers", 2}}));
        StudyRunner(study).run();
        for (const auto& t : study.trials()) {
            QVERIFY(t->state == TrialState::Completed);
            QCOMPARE(t->repeatValues.size(), std::size_t(3));
            const double mean = (t->repeatValues[0] + t->repeatValues[1] + t->repeatValues[2]) / 3;
            QVERIFY(std::abs(t->value - mean) < 1e-12);
            QVERIFY(std::isfinite(t->valueStd));
            // Different seeds train differently: the spread is visible.
            QVERIFY(t->valueStd > 0);
        }
    }
};

QTEST_APPLESS_MAIN(TestStudyRunner)
#include "tst_study_runner.moc"
