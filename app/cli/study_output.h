#pragma once

#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "study/execution/study_observer.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"

namespace hyperlab::cli {

/// Prints a running study's events: a line per started and finished trial
/// for people, or with jsonl one JSON object per event (trial_started,
/// epoch, trial_finished, study_finished). Events arrive from worker threads;
/// a mutex keeps lines whole.
class StudyProgressPrinter : public StudyObserver {
public:
    StudyProgressPrinter(std::ostream& out, const StudyDefinition& definition, bool jsonl,
                         std::string directory);

    /// Adds `key` to every --jsonl event (a worker's "worker_id").
    void setEventField(const std::string& key, const nlohmann::json& value);
    /// Writes an event of the caller's (with the event fields) in --jsonl
    /// mode, from any thread; nothing otherwise.
    void printEvent(nlohmann::json event);

    void onTrialStarted(const TrialSnapshot& trial) override;
    void onEpoch(int trial, int repeat, const EpochMetrics& metrics) override;
    void onTrialFinished(const TrialSnapshot& trial) override;
    void onStudyFinished(const StudySummary& summary) override;

private:
    void writeEvent(nlohmann::json event);  // under m_mutex

    std::ostream& m_out;
    const StudyDefinition& m_definition;
    bool m_jsonl;
    bool m_classification;
    std::string m_directory;
    std::mutex m_mutex;
    double m_best;
    nlohmann::json m_eventFields = nlohmann::json::object();
};

/// "not saved: trial(s) 3, 4 ended but ...", for a summary's unsavedTrials.
std::string unsavedTrialsText(const std::vector<int>& trials);

/// "training.learning_rate=0.0123 model.hidden_layers=[64,64]".
std::string formatParams(const Params& params);
/// A value as people read it ("-" for NaN).
std::string formatValue(double value);

/// The ranked table of `hyperlab-cli leaderboard` (and the end of a search):
/// rank, trial, state, objective (with the spread over repeats), epochs,
/// seconds, params or the reason of a failure. `limit` 0 = every trial.
void printLeaderboard(std::ostream& out, const StudyDefinition& definition,
                      const std::vector<TrialSnapshot>& trials, std::size_t limit = 0);

/// One JSON object per trial in rank order (leaderboard --jsonl).
void printLeaderboardJsonl(std::ostream& out, const StudyDefinition& definition,
                           const std::vector<TrialSnapshot>& trials);

}  // namespace hyperlab::cli
