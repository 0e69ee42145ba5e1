#pragma once

#include <string>
#include <vector>

#include "common/problem.h"
#include "study/model/study.h"
#include "study/model/trial.h"

namespace hyperlab {

/// How a run of a study ended.
struct StudySummary {
    /// "budget" (all trials ran), "exhausted" (the sampler had nothing left),
    /// "time" (max_seconds passed), "cancelled", or "error" (see error).
    std::string reason;
    std::string error;
    Problem errorProblem;  ///< error, typed for translation (empty when none)
    /// Trials that finished (or were cancelled) in this run but whose final
    /// state could not be written to the journal (reason "error"): they
    /// are lost from the study on disk and run again on resume.
    std::vector<int> unsavedTrials;
    TrialCounts counts;
    TrialSnapshot best;    ///< null when no trial completed
    double seconds = 0.0;  ///< wall time of this run
};

}  // namespace hyperlab
