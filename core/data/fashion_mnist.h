#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace hyperlab {

/// Where the Debian package dataset-fashion-mnist installs the data.
inline constexpr const char* kFashionMnistDefaultPath = "/usr/share/datasets/fashion-mnist";

/// The ten Fashion-MNIST classes in label order (T-shirt/top ... Ankle boot).
const std::vector<std::string>& fashionMnistClassNames();

/// True when `directory` holds the four Fashion-MNIST IDX files
/// (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte,
/// t10k-labels-idx1-ubyte, each optionally with .gz). Checks presence only.
bool fashionMnistAvailable(const std::string& directory = kFashionMnistDefaultPath);

/// Fashion-MNIST (Xiao, Rasul & Vollgraf, 2017): 28x28 grey images of
/// clothing in 10 classes, from `directory` (empty = the default path).
/// One Dataset holds the 60,000 training images first and then the 10,000
/// t10k test images; predefinedTestBegin marks where the test part starts,
/// so splitDataset keeps the official test set.
///
/// `limit` > 0 caps the total sample count and is shared between the two
/// parts in proportion to their sizes (60:10), taking the first images of
/// each, so a limited load still has its own test part: limit 7000 keeps
/// 6000 training and 1000 test images.
///
/// Missing directory or files throw an InputError on dataset.path that says
/// how to install the data ("apt-get install dataset-fashion-mnist").
std::shared_ptr<const Dataset> loadFashionMnist(const std::string& directory = {},
                                                std::ptrdiff_t limit = 0);

}  // namespace hyperlab
