#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "study/model/study_definition.h"
#include "study/model/trial.h"

namespace hyperlab {

/// Snapshots of plain trials (as StudyDirectory::load returns them).
std::vector<TrialSnapshot> snapshotsOf(std::vector<Trial> trials);

/// The whole study as one JSON document:
///   {"study": <canonical definition>, "objective": {...}, "best_trial": n | null,
///    "leaderboard": [trial numbers in rank order],
///    "trials": [{"trial", "state", "value", "params", "config", "history": [...], ...}]}
nlohmann::json studyToJson(const StudyDefinition& definition,
                           const std::vector<TrialSnapshot>& trials);

/// One row per trial in number order, one column per searched dimension and
/// per metric: trial, state, value, value_std, seconds, epochs, parameters,
/// then the dimensions (space order; manual studies: every param path), then
/// the last epoch's metrics, the test metrics and the reason. Cells are
/// quoted as RFC 4180 requires; missing values are empty.
std::string studyToCsv(const StudyDefinition& definition, const std::vector<TrialSnapshot>& trials);

/// Writes the configs of the best `k` completed trials as standalone config
/// files that `hyperlab-cli train` reads unchanged. `out` ending in ".json"
/// with k == 1 names the file; otherwise `out` is a directory (created) that
/// receives rank_01_trial_0007.json, ... Returns the paths written. Throws
/// InputError when the study trains no network (function objectives) or no
/// trial completed.
std::vector<std::string> exportBestConfigs(const StudyDefinition& definition,
                                           const std::vector<TrialSnapshot>& trials, int k,
                                           const std::string& out);

}  // namespace hyperlab
