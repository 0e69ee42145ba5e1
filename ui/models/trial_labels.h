#pragma once

#include <string>
#include <vector>

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "search/params.h"

namespace hyperlab::ui {

/// Short, familiar name of a dotted config path for legends and column
/// headers: "training.learning_rate" -> "lr", "model.dropout" -> "dropout",
/// "training.batch_size" -> "batch", other paths -> their last one or two
/// components ("model.conv_layers.0.filters" -> "conv0.filters"). The
/// familiar ones are translated (学习率 in Chinese).
QString shortParamName(const std::string& path);

/// The English abbreviation of shortParamName, whatever the interface
/// language: what a filter typed as "lr=0.1" matches.
QString paramAbbreviation(const std::string& path);

/// A parameter value as a person reads it: numbers with up to 4 significant
/// digits (0.1, 3e-4, 128), strings unquoted, booleans on/off (translated),
/// arrays as [64, 32].
QString formatParamValue(const nlohmann::json& value);

/// The paths whose values differ among the given params (a path missing in
/// some of them counts as differing): the learning rate first, then in path order.
std::vector<std::string> differingPaths(const std::vector<Params>& params);

/// Legend label of one trial among several: "lr=0.1 · dropout=0.3" naming
/// only `paths`; "trial 7" when `paths` is empty or the trial has none of them.
QString trialLegendLabel(int trialNumber, const Params& params,
                         const std::vector<std::string>& paths);

/// Whether a trial's config (its canonical JSON) trains on an image dataset
/// (isImageDatasetName of its dataset.name): its views show image
/// predictions where other trials show a decision boundary.
bool trainsOnImages(const nlohmann::json& trialConfig);

}  // namespace hyperlab::ui
