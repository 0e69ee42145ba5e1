#pragma once

#include <nlohmann/json.hpp>

#include "study/model/trial.h"
#include "train/training_result.h"

namespace hyperlab {

// The JSON forms of trial data shared by the journal and the exports. NaN and
// infinities are written as null (JSON has no NaN) and read back as NaN.

/// A number or null for a non-finite one.
nlohmann::json jsonNumber(double value);
/// The inverse: null (or anything not a number) gives NaN.
double numberFromJson(const nlohmann::json& value);

/// {"epoch", "train_loss", "train_accuracy", "val_loss", "val_accuracy",
///  "train_r2", "val_r2", "val_mae", "lr", "seconds"}
nlohmann::json epochMetricsToJson(const EpochMetrics& metrics);
EpochMetrics epochMetricsFromJson(const nlohmann::json& json);

/// {"loss", "accuracy", "r2", "mae", "samples"}
nlohmann::json evaluationToJson(const EvaluationMetrics& metrics);
EvaluationMetrics evaluationFromJson(const nlohmann::json& json);

/// Every field of a trial (history included when `withHistory`).
nlohmann::json trialToJson(const Trial& trial, bool withHistory = true);
/// The inverse of trialToJson (missing fields keep their defaults).
Trial trialFromJson(const nlohmann::json& json);

}  // namespace hyperlab
