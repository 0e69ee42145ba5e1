// Time estimates against the real thing: for three studies, the estimate
// the search panel shows before the start (timed steps of the likely
// configs, core/study/execution/study_time_estimate) and right after the first trial
// finished (the same, corrected by that trial), against the study's
// measured wall time. Prints one JSON object; ratios are estimate / actual.
//
//   hyperlab-estimate-bench [--quick]
//
// --quick runs smaller studies (a smoke run, not the reported figures).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/dataset_factory.h"
#include "data/split.h"
#include "io/config_json.h"
#include "search/apply_params.h"
#include "study/execution/study_runner.h"
#include "study/execution/study_time_estimate.h"
#include "study/model/study.h"

using namespace hyperlab;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// The study total the panel shows once `finished` trials are known.
double estimateTotal(const TrialCostModel& cost, const StudyDefinition& study,
                     const std::vector<FinishedTrialTime>& finished, double loadSeconds,
                     int workers) {
    return estimateStudyWallSeconds(cost, study.trials, workers, study.repeats, finished,
                                    loadSeconds);
}

/// Records each finished trial's config and seconds, and the estimate once
/// the first one finished.
class FirstTrialObserver : public StudyObserver {
public:
    FirstTrialObserver(const TrialCostModel& cost, const StudyDefinition& study, int workers,
                       double loadSeconds, Clock::time_point start)
        : m_cost(cost),
          m_study(study),
          m_workers(workers),
          m_loadSeconds(loadSeconds),
          m_start(start) {}

    void onTrialFinished(const TrialSnapshot& trial) override {
        if (trial->state != TrialState::Completed)
            return;
        std::lock_guard lock(m_mutex);
        m_finished.push_back({trial->number,
                              runConfigFromJson(applyParams(m_study.base, trial->params)),
                              trial->seconds});
        if (m_finished.size() == 1) {
            // The panel's "about N" counts the whole study; the time already
            // spent is part of it.
            m_afterFirst = estimateTotal(m_cost, m_study, m_finished, m_loadSeconds, m_workers);
            m_firstAt = since(m_start);
        }
    }
    std::optional<double> afterFirst() const { return m_afterFirst; }
    /// Each finished trial: predicted and measured seconds.
    json perTrial() const {
        json rows = json::array();
        for (const FinishedTrialTime& trial : m_finished)
            rows.push_back(
                {{"trial", trial.number},
                 {"predicted", m_cost.runSeconds(trial.config).value_or(0.0) * m_study.repeats},
                 {"actual", trial.seconds}});
        return rows;
    }
    double firstAt() const { return m_firstAt; }

private:
    const TrialCostModel& m_cost;
    const StudyDefinition& m_study;
    int m_workers;
    double m_loadSeconds;
    Clock::time_point m_start;
    std::mutex m_mutex;
    std::vector<FinishedTrialTime> m_finished;
    std::optional<double> m_afterFirst;
    double m_firstAt = 0;
};

json runOne(const std::string& label, const json& studyJson) {
    const StudyDefinition study = StudyDefinition::fromJson(studyJson);
    const int workers = std::max(1, std::min(study.effectiveWorkers(), study.trials));

    // Before the start: what the search panel's estimator does.
    const auto timingStart = Clock::now();
    const std::vector<RunConfig> likely = likelyTrialConfigs(study);
    const DatasetConfig& dataset = likely.front().dataset;
    const auto loadStart = Clock::now();
    const DataSplit split = splitDataset(loadDataset(dataset), dataset.testFraction,
                                         dataset.validationFraction, dataset.seed);
    const double loadSeconds = since(loadStart);
    TrialCostModel cost(likely, split.data, runSamples(split), workers);
    StepTimingCache cache;
    cost.timeShapes(split, cache);
    const double timingSeconds = since(timingStart);
    const double before = estimateTotal(cost, study, {}, loadSeconds, workers);

    Study running(study);
    StudyRunner runner(running);
    runner.setWorkers(workers);
    const auto start = Clock::now();
    FirstTrialObserver observer(cost, study, workers, loadSeconds, start);
    runner.addObserver(&observer);
    const StudySummary summary = runner.run();
    const double actual = since(start);

    json out = {{"study", label},
                {"trials", study.trials},
                {"workers", workers},
                {"timed_shapes", cost.coverage()},
                {"timing_seconds", timingSeconds},
                {"actual_seconds", actual},
                {"before_start_seconds", before},
                {"before_start_ratio", before / actual}};
    if (observer.afterFirst()) {
        out["after_first_trial_seconds"] = *observer.afterFirst();
        out["after_first_trial_ratio"] = *observer.afterFirst() / actual;
        out["first_trial_finished_at"] = observer.firstAt();
    }
    out["per_trial"] = observer.perTrial();
    (void)summary;
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const json spiral = {{"dataset", {{"name", "spiral"}, {"samples", quick ? 300 : 20000}}},
                         {"training", {{"epochs", quick ? 5 : 200}}}};
    const json architectures = json::parse("[[32], [64, 64], [128, 64]]");
    const std::vector<std::pair<std::string, json>> studies = {
        {"spiral (20000 points, 200 epochs), random search over learning rate and hidden layers, 8 "
         "trials",
         {{"name", "spiral random"},
          {"base", spiral},
          {"space",
           {{"training.learning_rate",
             {{"type", "float"}, {"low", 1e-3}, {"high", 0.3}, {"log", true}}},
            {"model.hidden_layers", {{"type", "categorical"}, {"values", architectures}}}}},
          {"strategy", {{"type", "random"}, {"trials", 8}, {"seed", 3}}},
          {"workers", 2},
          {"objective", {{"metric", "val_accuracy"}}}}},
        {"moons (20000 points, 100 epochs), grid over learning rate x hidden layers, 9 points",
         {{"name", "moons grid"},
          {"base",
           {{"dataset", {{"name", "moons"}, {"samples", quick ? 300 : 20000}}},
            {"training", {{"epochs", quick ? 5 : 100}}}}},
          {"space",
           {{"training.learning_rate",
             {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}, {"log", true}}},
            {"model.hidden_layers", {{"type", "categorical"}, {"values", architectures}}}}},
          {"strategy", {{"type", "grid"}, {"points_per_dimension", 3}}},
          {"workers", 2},
          {"objective", {{"metric", "val_accuracy"}}}}},
        {"Fashion-MNIST (20000 samples, 10 epochs), TPE over learning rate, dropout, hidden "
         "layers, "
         "6 trials",
         {{"name", "fashion tpe"},
          {"base",
           {{"dataset", {{"name", "fashion-mnist"}, {"limit", quick ? 1000 : 20000}}},
            {"training", {{"epochs", quick ? 1 : 10}, {"batch_size", 64}}}}},
          {"space",
           {{"training.learning_rate",
             {{"type", "float"}, {"low", 1e-4}, {"high", 1e-2}, {"log", true}}},
            {"model.dropout", {{"type", "float"}, {"low", 0.0}, {"high", 0.5}}},
            {"model.hidden_layers", {{"type", "categorical"}, {"values", architectures}}}}},
          {"strategy", {{"type", "tpe"}, {"trials", 6}, {"seed", 1}}},
          {"workers", 2},
          {"objective", {{"metric", "val_accuracy"}}}}},
    };
    json results = json::array();
    for (const auto& [label, study] : studies) {
        try {
            results.push_back(runOne(label, study));
        } catch (const std::exception& e) {
            results.push_back({{"study", label}, {"error", e.what()}});
        }
        std::fprintf(stderr, "%s\n", results.back().dump().c_str());
    }
    std::printf("%s\n", json{{"benchmark", "time_estimate"}, {"studies", results}}.dump(2).c_str());
    return 0;
}
