// hyperlab-storage-bench CONNINFO: what the PostgreSQL study storage costs
// (issue 13). CONNINFO is a libpq connection string of a database the bench
// may write to (run_storage_bench.sh starts a private server). Prints one
// JSON document with
//  - trials per second of the storage itself: 8 workers (threads, each
//    with its own connection, as 8 processes would have) on studies of
//    empty trials (an analytic function, no epochs), for trials the workers
//    create under the study lock (random) and trials queued up front and
//    claimed with SKIP LOCKED (grid); and with 10 intermediate values per
//    trial;
//  - the time per trial with one worker, PostgreSQL against the study
//    directory (journal fsyncs included), and the difference: the overhead
//    per trial of sharing the study.
// docs/distributed.md quotes the figures.

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "../bench_clock.h"
#include "study/execution/study_runner.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/postgres_study_storage.h"
#include "study/storage/study_directory.h"

namespace hyperlab {
namespace {

using bench::Clock;
using bench::secondsSince;
using Json = nlohmann::ordered_json;

nlohmann::json functionStudy(const std::string& name, const std::string& strategy, int trials,
                             int epochs) {
    nlohmann::json objective = {{"function", "branin"}};
    if (epochs > 0)
        objective["epochs"] = epochs;
    nlohmann::json s = {{"type", strategy}, {"seed", 1}};
    if (strategy == "grid")
        s["points_per_dimension"] = int(std::lround(std::sqrt(double(trials))));
    else
        s["trials"] = trials;
    return {{"name", name}, {"objective", objective}, {"strategy", s}, {"workers", 1}};
}

// `workers` threads, each a worker with its own connection and runner,
// until the study is done; trials per second over all of them.
Json runWorkers(const std::string& conninfo, const nlohmann::json& study, int workers) {
    const std::string name = study["name"];
    {
        PgConnection connection(conninfo);
        ensurePgSchema(connection);
        createPgStudy(connection, name, study, "function", kDefaultMaxRetries);
    }
    std::vector<std::unique_ptr<PostgresStudyStorage>> storages;
    for (int w = 0; w < workers; ++w) {
        PgWorkerSettings settings;
        settings.workerId = "bench:" + std::to_string(getpid()) + ":" + std::to_string(w);
        storages.push_back(std::make_unique<PostgresStudyStorage>(conninfo, name, settings));
    }
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (auto& storage : storages)
        threads.emplace_back([&storage] {
            StudyRunner runner(storage->study(), *storage);
            runner.setWorkers(1);
            runner.run();
        });
    for (auto& t : threads)
        t.join();
    const double seconds = secondsSince(start);
    PgConnection connection(conninfo);
    const long long done =
        connection
            .exec(
                "SELECT count(*) FROM hyperlab_trials t JOIN hyperlab_studies s ON "
                "s.id = t.study_id WHERE s.name = $1 AND t.state = 'completed'",
                {name})
            .integer(0, 0);
    return Json{{"study", name},      {"strategy", study["strategy"]["type"]},
                {"workers", workers}, {"trials_completed", done},
                {"seconds", seconds}, {"trials_per_second", double(done) / seconds}};
}

Json directorySecondsPerTrial(const nlohmann::json& study) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("hyperlab-storage-bench-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    double seconds = 0.0;
    int trials = 0;
    {
        auto directory = StudyDirectory::create(dir.string(), study);
        StudyRunner runner(directory->study(), &directory->journal());
        runner.setWorkers(1);
        const auto start = Clock::now();
        trials = runner.run().counts.completed;
        seconds = secondsSince(start);
    }
    std::filesystem::remove_all(dir);
    return Json{{"trials_completed", trials},
                {"seconds", seconds},
                {"ms_per_trial", 1000.0 * seconds / trials}};
}

}  // namespace
}  // namespace hyperlab

int main(int argc, char** argv) {
    using namespace hyperlab;
    if (argc != 2) {
        std::cerr << "usage: hyperlab-storage-bench CONNINFO (see run_storage_bench.sh)\n";
        return 2;
    }
    const std::string conninfo = argv[1];
    const std::string tag = std::to_string(getpid());
    Json out;
    out["hardware_threads"] = std::thread::hardware_concurrency();
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        out["load_average_1min_at_start"] = load[0];
    out["eight_workers"] =
        Json::array({runWorkers(conninfo, functionStudy("random-" + tag, "random", 1000, 0), 8),
                     runWorkers(conninfo, functionStudy("grid-" + tag, "grid", 1024, 0), 8),
                     runWorkers(conninfo, functionStudy("epochs-" + tag, "random", 500, 10), 8)});
    const Json pgOne = runWorkers(conninfo, functionStudy("one-" + tag, "random", 300, 0), 1);
    const Json directory = directorySecondsPerTrial(functionStudy("dir", "random", 300, 0));
    const double pgMs = 1000.0 / pgOne["trials_per_second"].get<double>();
    out["one_worker"] = {{"postgres_ms_per_trial", pgMs},
                         {"directory_ms_per_trial", directory["ms_per_trial"]},
                         {"overhead_ms_per_trial", pgMs - directory["ms_per_trial"].get<double>()}};
    if (getloadavg(load, 3) == 3)
        out["load_average_1min_at_end"] = load[0];
    std::cout << out.dump(2) << std::endl;
    return 0;
}
