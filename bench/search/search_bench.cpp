// hyperlab-search-bench: the search engine's figures, printed as one JSON
// document (docs/performance.md, "Search"):
//   * suggestion time of each sampler with 50, 200 and 500 finished trials;
//   * trial throughput of 1 vs 2 workers on 1-second trials (sleep-based, so
//     the figure measures the pool, not the CPU), with the journal on;
//   * resident memory over 200 short training trials (datasets shared).
// Options: --quick (fewer repetitions, 4 throughput trials, 60 training
// trials), --skip-throughput, --skip-memory, --skip-samplers.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/parallel.h"
#include "common/random.h"
#include "search/functions/analytic_function.h"
#include "search/samplers/sampler.h"
#include "search/transform.h"
#include "study/execution/study_runner.h"
#include "study/execution/training_evaluator.h"
#include "study/storage/study_directory.h"

namespace hyperlab {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// A field of /proc/self/status in MiB (VmRSS, VmHWM).
double statusMiB(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0)
            return std::stod(line.substr(std::strlen(field) + 1)) / 1024.0;
    return 0.0;
}

Json samplerTimes(bool quick) {
    auto hartmann = analyticFunctionRegistry().create("hartmann6", "function", 0);
    const SearchSpace space = hartmann->defaultSpace();
    const UnitCubeTransform transform(space);
    Json out = Json::array();
    for (const std::string name : {"random", "sobol", "grid", "tpe", "bayesian"}) {
        for (int finished : {50, 200, 500}) {
            // A history of random points with their Hartmann-6 values.
            Random historyRandom(Random::deriveSeed(1, std::uint64_t(finished)));
            std::vector<FinishedTrial> history;
            for (int i = 0; i < finished; ++i) {
                std::vector<double> u(space.size());
                for (double& x : u)
                    x = historyRandom.uniform();
                Params p = transform.fromUniform(u);
                history.push_back({p, hartmann->evaluate(p), TrialState::Completed});
            }
            SamplerSettings settings;
            settings.seed = 3;
            settings.allowLargeGrid = true;
            auto sampler = samplerRegistry().create(name, "strategy.type", settings);
            // Two trials pending, as with three workers.
            std::vector<Params> pending{history[0].params, history[1].params};
            const int repetitions = quick ? 2 : (name == "bayesian" ? 3 : 10);
            std::vector<double> times;
            for (int r = 0; r < repetitions; ++r) {
                Random rng(Random::deriveSeed(7, std::uint64_t(r)));
                const auto start = Clock::now();
                auto p = sampler->suggest(space, history, pending, rng);
                times.push_back(secondsSince(start));
                if (!p)
                    throw std::runtime_error(name + " proposed nothing");
            }
            std::sort(times.begin(), times.end());
            out.push_back({{"sampler", name},
                           {"finished_trials", finished},
                           {"median_ms", times[times.size() / 2] * 1e3},
                           {"max_ms", times.back() * 1e3},
                           {"repetitions", repetitions}});
            std::cerr << name << " @" << finished << ": " << times[times.size() / 2] * 1e3
                      << " ms\n";
        }
    }
    return out;
}

/// Each trial sleeps one second (checking its stop token).
class SleepEvaluator : public ObjectiveEvaluator {
public:
    explicit SleepEvaluator(double seconds) : m_seconds(seconds) {}
    EvaluationResult evaluate(const TrialContext& c) override {
        const auto until = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                              std::chrono::duration<double>(m_seconds));
        while (Clock::now() < until && !c.stop.stop_requested())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        EvaluationResult r;
        r.value = c.params->at("x0").get<double>();
        return r;
    }

private:
    double m_seconds;
};

Json throughput(bool quick, const std::filesystem::path& scratch) {
    const int trials = quick ? 4 : 8;
    const double trialSeconds = 1.0;
    Json out = Json::object();
    double oneWorker = 0;
    for (int workers : {1, 2}) {
        const Json definition = {
            {"objective", {{"function", "branin"}}},
            {"strategy", {{"type", "bayesian"}, {"trials", trials}, {"seed", 1}}},
            {"workers", workers}};
        const auto dir = scratch / ("throughput_" + std::to_string(workers));
        auto directory = StudyDirectory::create(dir.string(), definition);
        StudyRunner runner(directory->study(), &directory->journal(),
                           std::make_shared<SleepEvaluator>(trialSeconds));
        const auto start = Clock::now();
        const StudySummary summary = runner.run();
        const double wall = secondsSince(start);
        if (summary.counts.completed != trials)
            throw std::runtime_error("throughput study did not complete");
        const double ideal = trials * trialSeconds / workers;
        if (workers == 1)
            oneWorker = wall;
        out["workers_" + std::to_string(workers)] = {
            {"trials", trials},
            {"trial_seconds", trialSeconds},
            {"wall_seconds", wall},
            {"trials_per_second", trials / wall},
            {"scheduling_overhead_percent", (wall / ideal - 1.0) * 100.0}};
        std::cerr << workers << " worker(s): " << wall << " s\n";
    }
    out["speedup_2_vs_1"] = oneWorker / out["workers_2"]["wall_seconds"].get<double>();
    return out;
}

class MemorySampler : public StudyObserver {
public:
    std::mutex mutex;
    Json samples = Json::array();
    int finished = 0;
    void onTrialFinished(const TrialSnapshot&) override {
        std::lock_guard lock(mutex);
        ++finished;
        if (finished == 1 || finished % 25 == 0)
            samples.push_back({{"trials", finished}, {"rss_mib", statusMiB("VmRSS:")}});
    }
};

Json memory(bool quick, const std::filesystem::path& scratch) {
    const int trials = quick ? 60 : 200;
    const Json definition = {
        {"base",
         {{"dataset", {{"name", "spiral"}, {"samples", 1000}}},
          {"model", {{"hidden_layers", {32, 32}}}},
          {"training", {{"optimizer", "adam"}, {"epochs", 3}, {"batch_size", 32}}}}},
        {"space",
         {{"training.learning_rate",
           {{"type", "float"}, {"low", 1e-4}, {"high", 0.1}, {"log", true}}},
          {"model.dropout", {{"type", "float"}, {"low", 0.0}, {"high", 0.5}}}}},
        {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 2}}},
        {"objective", {{"metric", "val_accuracy"}}},
        {"workers", 2}};
    auto directory = StudyDirectory::create((scratch / "memory").string(), definition);
    auto evaluator = std::make_shared<TrainingEvaluator>();
    StudyRunner runner(directory->study(), &directory->journal(), evaluator);
    MemorySampler sampler;
    runner.addObserver(&sampler);
    const double before = statusMiB("VmRSS:");
    const auto start = Clock::now();
    const StudySummary summary = runner.run();
    const double wall = secondsSince(start);
    double at25 = 0, last = 0;
    for (const auto& s : sampler.samples) {
        if (s["trials"] == 25)
            at25 = s["rss_mib"].get<double>();
        last = s["rss_mib"].get<double>();
    }
    return {{"trials", trials},
            {"completed", summary.counts.completed},
            {"wall_seconds", wall},
            {"dataset_loads", evaluator->cache().loads()},
            {"rss_before_mib", before},
            {"rss_samples", sampler.samples},
            {"rss_growth_after_25_trials_mib", last - at25},
            {"peak_rss_mib", statusMiB("VmHWM:")}};
}

}  // namespace
}  // namespace hyperlab

int main(int argc, char** argv) {
    using namespace hyperlab;
    bool quick = false, samplers = true, pool = true, mem = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--quick")
            quick = true;
        else if (a == "--skip-samplers")
            samplers = false;
        else if (a == "--skip-throughput")
            pool = false;
        else if (a == "--skip-memory")
            mem = false;
        else {
            std::cerr << "usage: hyperlab-search-bench [--quick] [--skip-samplers] "
                         "[--skip-throughput] [--skip-memory]\n";
            return 2;
        }
    }
    const auto scratch = std::filesystem::temp_directory_path() /
                         ("hyperlab-search-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(scratch);
    Json out = {{"benchmark", "hyperlab-search-bench"},
                {"hardware_threads", std::thread::hardware_concurrency()},
                {"tbb_threads", availableThreads()},
                {"quick", quick}};
    int status = 0;
    try {
        // Memory first, so the peak it reports is the training study's and
        // not the GP's at 500 trials.
        if (mem)
            out["memory"] = memory(quick, scratch);
        if (pool)
            out["throughput"] = throughput(quick, scratch);
        if (samplers)
            out["suggestion_time"] = samplerTimes(quick);
    } catch (const std::exception& e) {
        out["error"] = e.what();
        status = 1;
    }
    std::filesystem::remove_all(scratch);
    std::cout << out.dump(2) << "\n";
    return status;
}
