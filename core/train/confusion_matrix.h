#pragma once

#include <cstdint>
#include <vector>

#include "common/tensor.h"

namespace hyperlab {

class Trainer;

/// Counts of (true class, predicted class) pairs for a classifier on a set of
/// samples: row = true class, column = predicted class.
struct ConfusionMatrix {
    int classCount = 0;
    std::vector<std::int64_t> counts;  ///< classCount * classCount, row-major

    std::int64_t at(int trueClass, int predictedClass) const {
        return counts[std::size_t(trueClass) * std::size_t(classCount) +
                      std::size_t(predictedClass)];
    }
    std::int64_t total() const;
    std::int64_t rowTotal(int trueClass) const;  ///< samples of that class
    std::int64_t columnTotal(int predictedClass) const;
    /// Trace / total; NaN when empty.
    double accuracy() const;
    /// at(c, c) / rowTotal(c): the share of class c found; NaN for an absent class.
    double recall(int c) const;
    /// at(c, c) / columnTotal(c): how often a "c" prediction is right; NaN when never predicted.
    double precision(int c) const;
};

/// The predicted class of every column of a classifier's outputs: the arg max
/// of the logits (ties go to the lower class, as std::max_element does), or
/// for a single binary logit 1 when it is > 0, else 0.
std::vector<int> predictedClasses(const Matrix& outputs);

/// Builds the matrix from parallel label lists. Throws InputError when the
/// lists differ in length, classCount < 1, or a label is outside [0, classCount).
ConfusionMatrix confusionMatrix(const std::vector<int>& trueLabels,
                                const std::vector<int>& predicted, int classCount);

/// The confusion matrix of a trainer's current network on the given samples
/// of its split (typically split().test). Throws InputError when the dataset
/// is not a classification set.
ConfusionMatrix confusionMatrixOf(Trainer& trainer, const std::vector<int>& samples);

}  // namespace hyperlab
