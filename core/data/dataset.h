#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/tensor.h"

namespace hyperlab {

enum class Task { Classification, Regression };

/// An immutable set of samples, loaded once and shared by every run through
/// std::shared_ptr<const Dataset>; runs refer to samples by index and copy
/// only the current batch.
///
/// Inputs are stored either as floats (`features`, one column per sample) or,
/// for images, as bytes (`pixels`, sample-major, inputShape.size() bytes per
/// sample) that gatherInputs scales to [0, 1] per batch; exactly one of the
/// two is non-empty.
class Dataset {
public:
    std::string name;
    Task task = Task::Classification;
    Shape inputShape;
    std::vector<std::string> classNames;    ///< classification: one name per class
    std::vector<std::string> featureNames;  ///< optional (CSV headers)

    Matrix features;                   ///< float inputs, features x samples
    std::vector<std::uint8_t> pixels;  ///< byte inputs, sample-major
    std::vector<int> labels;           ///< classification: class index per sample
    Matrix targets;                    ///< regression: outputs x samples

    /// Samples from this index on are the file set's own test part (e.g.
    /// Fashion-MNIST's t10k files); -1 when there is none.
    std::ptrdiff_t predefinedTestBegin = -1;

    std::ptrdiff_t sampleCount() const;
    int classCount() const { return int(classNames.size()); }
    /// Regression outputs per sample (targets.rows()); 0 for classification.
    int targetSize() const { return task == Task::Regression ? int(targets.rows()) : 0; }

    /// out = inputs of the given samples, one column each.
    void gatherInputs(const int* indices, std::ptrdiff_t count, Matrix& out) const;
};

/// Which samples of a dataset train, validate and test a run.
struct DataSplit {
    std::shared_ptr<const Dataset> data;
    std::vector<int> train;
    std::vector<int> validation;
    std::vector<int> test;
};

}  // namespace hyperlab
