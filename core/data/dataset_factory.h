#pragma once

#include <memory>
#include <string>
#include <vector>

#include "data/dataset.h"
#include "train/run_config.h"

namespace hyperlab {

/// Names loadDataset accepts, in the order a combo box should list them:
/// circle, xor, gaussians, spiral, moons, plane, sine, fashion-mnist, idx, csv.
std::vector<std::string> datasetNames();

/// Whether a dataset name loads images (byte pixels: fashion-mnist, idx), so
/// a view can lay out image tiles before the data is loaded.
bool isImageDatasetName(const std::string& name);

/// Loads or generates the dataset a DatasetConfig names.
///
/// Generated sets use samples, noise and seed; fashion-mnist uses path (empty
/// = /usr/share/datasets/fashion-mnist); idx uses images and labels; csv uses
/// path, labelColumn and csvTask. `limit` > 0 caps the sample count: the
/// generators produce min(samples, limit) samples, idx and csv keep their
/// first `limit` samples, fashion-mnist shares the limit between its train
/// and test parts (see loadFashionMnist).
///
/// Throws InputError: on dataset.name for an unknown name (listing the valid
/// ones), on dataset.limit when it is negative, and whatever the chosen
/// loader reports.
std::shared_ptr<const Dataset> loadDataset(const DatasetConfig& config);

}  // namespace hyperlab
