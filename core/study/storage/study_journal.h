#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/journal.h"
#include "study/model/study_summary.h"
#include "study/model/trial.h"

namespace hyperlab {

/// The study's events in its append-only journal (journal.jsonl), one JSON
/// object per line with an "event" key:
///
///   study_started   {"workers", "resumed", "time"}
///   trial_created   {"trial", "params", "config", "seed"}           durable
///   trial_started   {"trial"}                                        durable
///   epoch           {"trial", "repeat", "epoch", "train_loss", ...}  synced every few seconds
///   trial_finished  {"trial", "state", "value", "value_std", "repeat_values", "reason",
///                    "reason_problem", "seconds", "parameters", "classification", "test",
///                    "resumable"}  durable
///   study_finished  {"reason", "error", "error_problem", "trials", "completed", ...,
///                    "best_trial", "seconds"}
/// "reason" and "error" are English; "reason_problem" and "error_problem" the
/// same, typed (io/problem_json.h) so an interface can translate them.
///
/// Durable events are fsynced before the call returns: a killed process
/// loses no trial that was reported finished.
class StudyJournal {
public:
    explicit StudyJournal(Journal& journal) : m_journal(journal) {}

    void studyStarted(int workers, bool resumed);
    void trialCreated(const Trial& trial);
    void trialStarted(int number);
    void epoch(int number, int repeat, const EpochMetrics& metrics);
    void trialFinished(int number, const TrialOutcome& outcome);
    void studyFinished(const StudySummary& summary);
    void sync() { m_journal.sync(); }

    /// Rebuilds the trials from journal events, in number order: created
    /// trials are Queued, started ones Running (with the epochs of their last
    /// attempt), finished ones carry their final state. Events that do not
    /// fit (an unknown trial, a second creation) become warnings.
    static std::vector<Trial> replay(const std::vector<nlohmann::json>& events,
                                     std::vector<std::string>* warnings = nullptr);

private:
    Journal& m_journal;
};

}  // namespace hyperlab
