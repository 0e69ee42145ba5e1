#pragma once

#include <optional>
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "train/diagnosis.h"

namespace hyperlab::cli {

/// {"event":"diagnosis","trial":N,"findings":[{"code":..,"hyperparameters":[..],
/// "epoch":E,"message":".."}]}: English messages and stable codes, as every
/// --jsonl event. "trial" only for a study's trials; Diverged findings of a
/// NaN also carry "batch" (0 = the validation pass).
nlohmann::json diagnosisEvent(const std::vector<Finding>& findings,
                              std::optional<int> trial = std::nullopt);

/// The findings for people, translated: one block after a run's result.
void printDiagnosis(std::ostream& out, const std::vector<Finding>& findings);

/// "  diagnosis: Overfitting (epoch 20), Plateau (epoch 31)": one line
/// after a study's trial line; nothing when there are no findings.
void printDiagnosisLine(std::ostream& out, const std::vector<Finding>& findings);

}  // namespace hyperlab::cli
