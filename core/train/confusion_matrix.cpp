#include "train/confusion_matrix.h"

#include <cmath>
#include <limits>
#include <string>

#include "common/errors.h"
#include "train/trainer.h"

namespace hyperlab {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

std::int64_t ConfusionMatrix::total() const {
    std::int64_t sum = 0;
    for (std::int64_t c : counts)
        sum += c;
    return sum;
}

std::int64_t ConfusionMatrix::rowTotal(int trueClass) const {
    std::int64_t sum = 0;
    for (int p = 0; p < classCount; ++p)
        sum += at(trueClass, p);
    return sum;
}

std::int64_t ConfusionMatrix::columnTotal(int predictedClass) const {
    std::int64_t sum = 0;
    for (int t = 0; t < classCount; ++t)
        sum += at(t, predictedClass);
    return sum;
}

double ConfusionMatrix::accuracy() const {
    const std::int64_t all = total();
    if (all == 0)
        return kNaN;
    std::int64_t diagonal = 0;
    for (int c = 0; c < classCount; ++c)
        diagonal += at(c, c);
    return double(diagonal) / double(all);
}

double ConfusionMatrix::recall(int c) const {
    const std::int64_t row = rowTotal(c);
    return row == 0 ? kNaN : double(at(c, c)) / double(row);
}

double ConfusionMatrix::precision(int c) const {
    const std::int64_t column = columnTotal(c);
    return column == 0 ? kNaN : double(at(c, c)) / double(column);
}

std::vector<int> predictedClasses(const Matrix& outputs) {
    std::vector<int> classes(std::size_t(outputs.cols()));
    for (Eigen::Index j = 0; j < outputs.cols(); ++j) {
        if (outputs.rows() == 1) {
            classes[std::size_t(j)] = outputs(0, j) > Scalar(0) ? 1 : 0;
            continue;
        }
        Eigen::Index best = 0;
        for (Eigen::Index i = 1; i < outputs.rows(); ++i) {
            // Strictly greater, so ties keep the lower class.
            if (outputs(i, j) > outputs(best, j))
                best = i;
        }
        classes[std::size_t(j)] = int(best);
    }
    return classes;
}

ConfusionMatrix confusionMatrix(const std::vector<int>& trueLabels,
                                const std::vector<int>& predicted, int classCount) {
    if (classCount < 1)
        throw InputError("confusion_matrix.classes",
                         "need at least one class, got " + std::to_string(classCount));
    if (trueLabels.size() != predicted.size())
        throw InputError("confusion_matrix", std::to_string(trueLabels.size()) +
                                                 " true labels but " +
                                                 std::to_string(predicted.size()) + " predictions");
    ConfusionMatrix matrix;
    matrix.classCount = classCount;
    matrix.counts.assign(std::size_t(classCount) * std::size_t(classCount), 0);
    for (std::size_t i = 0; i < trueLabels.size(); ++i) {
        const int t = trueLabels[i];
        const int p = predicted[i];
        if (t < 0 || t >= classCount || p < 0 || p >= classCount)
            throw InputError("confusion_matrix",
                             "label out of range at sample " + std::to_string(i) + " (true " +
                                 std::to_string(t) + ", predicted " + std::to_string(p) +
                                 ", allowed: 0.." + std::to_string(classCount - 1) + ")");
        ++matrix.counts[std::size_t(t) * std::size_t(classCount) + std::size_t(p)];
    }
    return matrix;
}

ConfusionMatrix confusionMatrixOf(Trainer& trainer, const std::vector<int>& samples) {
    const Dataset& data = *trainer.split().data;
    if (data.task != Task::Classification)
        throw InputError("dataset", "a confusion matrix needs a classification dataset");
    const Matrix outputs = trainer.predict(samples);
    std::vector<int> truth;
    truth.reserve(samples.size());
    for (int index : samples)
        truth.push_back(data.labels[std::size_t(index)]);
    return confusionMatrix(truth, predictedClasses(outputs), data.classCount());
}

}  // namespace hyperlab
