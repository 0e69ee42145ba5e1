#include "train/run_time_estimate.h"

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_group.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <sstream>
#include <vector>

#include "common/parallel.h"
#include "common/thread_handoff.h"
#include "nn/losses/loss.h"
#include "train/model_builder.h"
#include "train/trainer.h"

namespace hyperlab {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

// Timed training steps aim at this much time per run: long enough that a
// scheduler hiccup is a small part of it, short enough for a live estimate.
constexpr double kTargetStepSeconds = 0.2;
constexpr long kMinSteps = 6;
constexpr long kMaxSteps = 4000;
constexpr double kTargetEvalSeconds = 0.05;
constexpr std::ptrdiff_t kEvalSamples = 1024;

struct Measured {
    double stepSeconds = 0;  // one optimizer step at the config's batch size
    double evalPerSample = 0;
    double setup = 0;
};

/// Runs `steps` training steps of `config` on the first training samples
/// of `split` and returns the mean time of a step, leaving out each epoch's
/// first step (allocation) and the passes between epochs. Negative when
/// stopped. `setup` receives the Trainer's construction time.
double timeSteps(RunConfig config, const DataSplit& split, long steps, double& setup,
                 std::stop_token stop, std::unique_ptr<Trainer>* keep = nullptr) {
    const std::ptrdiff_t batch =
        std::min<std::ptrdiff_t>(config.training.batchSize, std::ptrdiff_t(split.train.size()));
    const long available = long(std::ptrdiff_t(split.train.size()) / batch);
    const long perEpoch = std::clamp(steps, 1L, std::max(1L, available));
    config.training.epochs = int((steps + perEpoch - 1) / perEpoch);
    config.training.earlyStopping = {};
    DataSplit part;
    part.data = split.data;
    part.train.assign(split.train.begin(), split.train.begin() + perEpoch * batch);

    const auto constructed = Clock::now();
    auto trainer = std::make_unique<Trainer>(config, std::move(part));
    setup = seconds(Clock::now() - constructed);

    double timed = 0;
    long counted = 0;
    Clock::time_point last;
    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress& p) {
        const auto now = Clock::now();
        if (p.batch > 1) {
            timed += seconds(now - last);
            ++counted;
        }
        last = now;
    };
    const TrainingResult result = trainer->run(callbacks, stop);
    if (result.status == RunStatus::Stopped || counted == 0)
        return -1.0;
    if (keep)
        *keep = std::move(trainer);
    return timed / double(counted);
}

std::optional<Measured> measureOne(const RunConfig& config, const DataSplit& split,
                                   std::stop_token stop) {
    Measured m;
    double setup = 0;
    // A short probe sizes the timed run.
    const double probe = timeSteps(config, split, 4, setup, stop);
    if (probe < 0)
        return std::nullopt;
    const long steps =
        std::clamp(long(kTargetStepSeconds / std::max(probe, 1e-7)), kMinSteps, kMaxSteps);
    std::unique_ptr<Trainer> trainer;
    m.stepSeconds = timeSteps(config, split, steps, m.setup, stop, &trainer);
    if (m.stepSeconds < 0 || stop.stop_requested())
        return std::nullopt;

    std::vector<int> samples(
        split.train.begin(),
        split.train.begin() +
            std::min<std::ptrdiff_t>(kEvalSamples, std::ptrdiff_t(split.train.size())));
    trainer->evaluate(samples);  // warm-up
    const auto start = Clock::now();
    int passes = 0;
    do {
        trainer->evaluate(samples);
        ++passes;
    } while (passes < 20 && seconds(Clock::now() - start) < kTargetEvalSeconds);
    m.evalPerSample = seconds(Clock::now() - start) / double(passes) / double(samples.size());
    return m;
}

}  // namespace

RunSamples runSamples(const DataSplit& split) {
    return {std::int64_t(split.train.size()), std::int64_t(split.validation.size()),
            std::int64_t(split.test.size())};
}

std::optional<StepTiming> measureStepTiming(const RunConfig& config, const DataSplit& split,
                                            int concurrentRuns, std::stop_token stop) {
    const int runs = std::max(1, concurrentRuns);
    std::vector<std::optional<Measured>> measured(static_cast<std::size_t>(runs));
    std::exception_ptr failure;
    std::mutex failureMutex;
    // The StudyRunner's arena: as many threads as the machine (or the
    // runs), each run isolated so its parallel loops use the idle threads.
    std::unique_ptr<tbb::global_control> raise;
    if (runs > availableThreads())
        raise = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                      std::size_t(runs));
    tbb::task_arena arena(std::max(runs, availableThreads()));
    // handedOver / handOff / takeOver tell ThreadSanitizer the ordering
    // oneTBB's task group gives (common/thread_handoff.h).
    int done = 0;
    arena.execute(handedOver([&] {
        tbb::task_group group;
        for (int i = 0; i < runs; ++i)
            group.run(handedOver([&, i] {
                tbb::this_task_arena::isolate([&] {
                    try {
                        measured[std::size_t(i)] = measureOne(config, split, stop);
                    } catch (...) {
                        std::lock_guard lock(failureMutex);
                        failure = std::current_exception();
                    }
                });
                handOff(&done);
            }));
        group.wait();
        takeOver(&done);
        handOff(&done);
    }));
    takeOver(&done);
    if (failure)
        std::rethrow_exception(failure);

    StepTiming timing;
    timing.concurrentRuns = runs;
    const double batch = double(
        std::min<std::ptrdiff_t>(config.training.batchSize, std::ptrdiff_t(split.train.size())));
    for (const auto& m : measured) {
        if (!m)
            return std::nullopt;
        timing.trainSecondsPerSample += m->stepSeconds / batch / runs;
        timing.evalSecondsPerSample += m->evalPerSample / runs;
        timing.setupSeconds += m->setup / runs;
    }
    return timing;
}

double estimateRunSeconds(const StepTiming& timing, const TrainingConfig& training,
                          const RunSamples& samples) {
    const double perEpoch =
        double(samples.train) * timing.trainSecondsPerSample +
        double(trainingEvaluationSize(std::size_t(samples.train)) + samples.validation) *
            timing.evalSecondsPerSample;
    return timing.setupSeconds + double(training.epochs) * perEpoch +
           double(samples.test) * timing.evalSecondsPerSample;
}

double estimateStudySeconds(double secondsPerTrial, int trials, int workers, double setupSeconds) {
    const int w = std::max(1, workers);
    const int waves = (std::max(0, trials) + w - 1) / w;
    return setupSeconds + double(waves) * secondsPerTrial;
}

double scheduledSeconds(const std::vector<TrialSeconds>& trials, int workers) {
    // Events: a worker takes the next trial as soon as it is free; between
    // events each running trial does 1/seconds of its work per second, at
    // the speed that matches how many trials run.
    struct Running {
        double left = 1.0;  // share of the trial's work still to do
        TrialSeconds seconds;
    };
    const std::size_t slots = std::size_t(std::max(1, workers));
    std::vector<Running> running;
    std::size_t next = 0;
    double now = 0.0;
    while (true) {
        while (running.size() < slots && next < trials.size()) {
            const TrialSeconds& trial = trials[next++];
            if (trial.sideBySide > 0 && trial.alone > 0)
                running.push_back({1.0, trial});
        }
        if (running.empty())
            return now;
        const bool alone = running.size() == 1;
        const auto secondsOf = [alone](const Running& r) {
            return alone ? r.seconds.alone : r.seconds.sideBySide;
        };
        double step = std::numeric_limits<double>::infinity();
        for (const Running& r : running)
            step = std::min(step, r.left * secondsOf(r));
        now += step;
        for (Running& r : running)
            r.left -= step / secondsOf(r);
        std::erase_if(running, [](const Running& r) { return r.left <= 1e-12; });
    }
}

double scheduledSeconds(const std::vector<double>& trialSeconds, int workers) {
    std::vector<TrialSeconds> trials;
    trials.reserve(trialSeconds.size());
    for (double seconds : trialSeconds)
        trials.push_back({seconds, seconds});
    return scheduledSeconds(trials, workers);
}

std::string stepTimingKey(const RunConfig& config, Shape inputShape, int outputs,
                          int concurrentRuns) {
    const Network network = buildNetwork(config.model, inputShape, outputs);
    const TrainingConfig& t = config.training;
    std::ostringstream key;
    key << inputShape.channels << 'x' << inputShape.height << 'x' << inputShape.width << '\n';
    // Each layer's kind, output shape and parameter count: what a step
    // costs. Not its describe(): a dropout rate or an initializer changes
    // the text but not the work, and searching one must not time every value.
    for (std::size_t i = 0; i < network.layerCount(); ++i) {
        const Layer& layer = network.layer(i);
        const Shape s = layer.outputShape();
        key << layer.kind() << ' ' << s.channels << 'x' << s.height << 'x' << s.width << ' '
            << layer.parameterCount() << '\n';
    }
    key << "batch " << t.batchSize << ", loss " << t.loss << ", optimizer " << t.optimizer
        << ", clip " << (t.gradientClip > 0) << ", runs " << concurrentRuns;
    return key.str();
}

std::string stepTimingKey(const RunConfig& config, const Dataset& data, int concurrentRuns) {
    const auto loss =
        lossRegistry().create(config.training.loss, "training.loss", config.training.huberDelta);
    return stepTimingKey(config, data.inputShape, outputCount(loss->outputKind(), data),
                         concurrentRuns);
}

std::optional<StepTiming> StepTimingCache::find(const std::string& key) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_timings.find(key);
    if (it == m_timings.end())
        return std::nullopt;
    return it->second;
}

void StepTimingCache::store(const std::string& key, const StepTiming& timing) {
    std::lock_guard lock(m_mutex);
    m_timings[key] = timing;
}

}  // namespace hyperlab
