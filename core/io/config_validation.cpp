#include "io/config_validation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "common/errors.h"
#include "data/dataset_factory.h"
#include "nn/activations/activation.h"
#include "nn/initializers/initializer.h"
#include "nn/losses/loss.h"
#include "nn/optimizers/optimizer.h"
#include "nn/schedules/lr_schedule.h"
#include "train/memory_estimate.h"

namespace hyperlab {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Numbers as printf's %g writes them ("1e+09", "0.001", "10"): short, and
/// the same on every platform.
std::string formatNumber(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) {
        if (!out.empty())
            out += ", ";
        out += name;
    }
    return out;
}

enum class Bound { Inclusive, Exclusive };

/// Describes [lo, hi] with either end open, or unbounded above when hi is
/// infinite: "1e-07 to 10", "0 to 1, excluding 1", "greater than 0".
Problem describeRange(double lo, Bound loBound, double hi, Bound hiBound) {
    if (std::isinf(hi))
        return problem(
            loBound == Bound::Inclusive ? ProblemCode::RangeAtLeast : ProblemCode::RangeAbove,
            {formatNumber(lo)});
    std::vector<std::string> ends{formatNumber(lo), formatNumber(hi)};
    if (loBound == Bound::Exclusive && hiBound == Bound::Exclusive)
        return problem(ProblemCode::RangeExcludingBoth, ends);
    if (loBound == Bound::Exclusive || hiBound == Bound::Exclusive) {
        ends.push_back(ends[loBound == Bound::Exclusive ? 0 : 1]);
        return problem(ProblemCode::RangeExcluding, ends);
    }
    return problem(ProblemCode::RangeBetween, ends);
}

/// Written so that NaN fails every check.
void checkNumber(const std::string& field, double value, double lo, Bound loBound, double hi,
                 Bound hiBound) {
    bool aboveLo = loBound == Bound::Inclusive ? value >= lo : value > lo;
    bool belowHi = hiBound == Bound::Inclusive ? value <= hi : value < hi;
    if (!(aboveLo && belowHi))
        throw InputError(field, problem(ProblemCode::OutOfRange, {formatNumber(value)},
                                        {describeRange(lo, loBound, hi, hiBound)}));
}

void checkClosed(const std::string& field, double value, double lo, double hi) {
    checkNumber(field, value, lo, Bound::Inclusive, hi, Bound::Inclusive);
}

/// [lo, hi): for fractions and decay rates where hi itself would stop
/// learning or leave nothing (dropout 1, momentum 1, test fraction 1).
void checkHalfOpen(const std::string& field, double value, double lo, double hi) {
    checkNumber(field, value, lo, Bound::Inclusive, hi, Bound::Exclusive);
}

void checkInt(const std::string& field, int value, int lo, int hi) {
    if (value >= lo && value <= hi)
        return;
    const Problem allowed =
        hi == std::numeric_limits<int>::max()
            ? problem(ProblemCode::RangeAtLeast, {std::to_string(lo)})
            : problem(ProblemCode::RangeBetween, {std::to_string(lo), std::to_string(hi)});
    throw InputError(field, problem(ProblemCode::OutOfRange, {std::to_string(value)}, {allowed}));
}

void checkChoice(const std::string& field, const std::string& value, const std::string& what,
                 const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
        throw InputError(field,
                         problem(ProblemCode::UnknownName, {what, elide(value), join(allowed)}));
}

template <typename RegistryType>
void checkRegistered(const std::string& field, const std::string& value, const std::string& what,
                     const RegistryType& registry) {
    if (!registry.contains(value))
        throw InputError(
            field, problem(ProblemCode::UnknownName, {what, elide(value), registry.joinedNames()}));
}

std::string indexed(const std::string& list, std::size_t index) {
    return list + "." + std::to_string(index);
}

// Upper limits that keep a run within what a desktop can train; generous so
// they only catch typos and runaway search spaces.
constexpr int kMaxSamples = 1000000;
constexpr int kMaxNeurons = 65536;
constexpr int kMaxFilters = 1024;
constexpr int kMaxKernel = 31;
constexpr int kMaxStride = 8;
constexpr int kMaxPool = 8;
constexpr int kMaxEpochs = 10000;
constexpr int kMaxBatch = 65536;
constexpr int kMaxPatience = 10000;
constexpr double kMinLearningRate = 1e-7;
constexpr double kMaxLearningRate = 10.0;

void validateDataset(const DatasetConfig& d) {
    checkChoice("dataset.name", d.name, "dataset", datasetNames());
    checkInt("dataset.samples", d.samples, 10, kMaxSamples);
    checkClosed("dataset.noise", d.noise, 0.0, 5.0);
    checkHalfOpen("dataset.test_fraction", d.testFraction, 0.0, 1.0);
    checkHalfOpen("dataset.validation_fraction", d.validationFraction, 0.0, 1.0);
    // Fashion-MNIST tests on its own t10k files, so only validation comes
    // out of the training part there.
    const bool ownTestSet = d.name == "fashion-mnist";
    const double heldOut = d.validationFraction + (ownTestSet ? 0.0 : d.testFraction);
    if (!(heldOut < 1.0))
        throw InputError("dataset.validation_fraction",
                         formatNumber(d.validationFraction) + " with test_fraction " +
                             formatNumber(d.testFraction) +
                             " leaves no training data (allowed: test_fraction + "
                             "validation_fraction below 1)");
    if (d.name == "idx") {
        if (d.images.empty())
            throw InputError("dataset.images",
                             "the idx dataset needs an images file (allowed: a path to an IDX "
                             "image file such as train-images-idx3-ubyte.gz)");
        if (d.labels.empty())
            throw InputError("dataset.labels",
                             "the idx dataset needs a labels file (allowed: a path to an IDX "
                             "label file such as train-labels-idx1-ubyte.gz)");
    }
    if (d.name == "csv" && d.path.empty())
        throw InputError("dataset.path",
                         "the csv dataset needs a file (allowed: a path to a .csv file)");
    checkChoice("dataset.task", d.csvTask, "task", {"auto", "classification", "regression"});
    checkInt("dataset.limit", d.limit, 0, std::numeric_limits<int>::max());
}

void validateModel(const ModelConfig& m) {
    for (std::size_t i = 0; i < m.convLayers.size(); ++i) {
        const ConvLayerConfig& c = m.convLayers[i];
        const std::string base = indexed("model.conv_layers", i);
        checkInt(base + ".filters", c.filters, 1, kMaxFilters);
        checkInt(base + ".kernel_size", c.kernelSize, 1, kMaxKernel);
        checkInt(base + ".stride", c.stride, 1, kMaxStride);
        checkChoice(base + ".padding", c.padding, "padding", {"same", "valid"});
        checkChoice(base + ".pool", c.pool, "pooling", {"none", "max", "avg", "global_avg"});
        checkInt(base + ".pool_size", c.poolSize, 1, kMaxPool);
        checkInt(base + ".pool_stride", c.poolStride, 0, kMaxPool);
    }
    for (std::size_t i = 0; i < m.hiddenLayers.size(); ++i)
        checkInt(indexed("model.hidden_layers", i), m.hiddenLayers[i], 1, kMaxNeurons);
    checkRegistered("model.activation", m.activation, "activation", activationRegistry());
    checkClosed("model.activation_parameter", m.activationParameter, 0.0, 10.0);
    checkHalfOpen("model.dropout", m.dropout, 0.0, 1.0);
    checkRegistered("model.init", m.init, "initializer", initializerRegistry());
    checkNumber("model.init_scale", m.initScale, 0.0, Bound::Exclusive, 10.0, Bound::Inclusive);
}

void validateSchedule(const ScheduleConfig& s, const TrainingConfig& t) {
    const std::string base = "training.lr_schedule";
    checkRegistered(base + ".type", s.type, "schedule", scheduleRegistry());
    checkInt(base + ".step_size", s.stepSize, 1, kMaxEpochs);
    checkNumber(base + ".gamma", s.gamma, 0.0, Bound::Exclusive, 1.0, Bound::Inclusive);
    for (std::size_t i = 0; i < s.milestones.size(); ++i) {
        const std::string field = indexed(base + ".milestones", i);
        checkInt(field, s.milestones[i], 1, kMaxEpochs);
        if (i > 0 && s.milestones[i] <= s.milestones[i - 1])
            throw InputError(field, problem(ProblemCode::MilestoneNotIncreasing,
                                            {std::to_string(s.milestones[i]),
                                             std::to_string(s.milestones[i - 1])}));
    }
    // min_lr is a floor below the base rate; only the schedules that decay
    // towards it care (a fixed min_lr must not fail a search over the rate
    // when the schedule ignores it).
    if (s.type == "cosine" || s.type == "plateau")
        checkNumber(base + ".min_lr", s.minLr, 0.0, Bound::Inclusive, t.learningRate,
                    Bound::Inclusive);
    else
        checkNumber(base + ".min_lr", s.minLr, 0.0, Bound::Inclusive, kInfinity, Bound::Inclusive);
    if (s.warmupEpochs < 0 || s.warmupEpochs >= t.epochs)
        throw InputError(base + ".warmup_epochs",
                         problem(ProblemCode::OutOfRange, {std::to_string(s.warmupEpochs)},
                                 {problem(ProblemCode::RangeFewerThanEpochs,
                                          {"0", std::to_string(std::max(t.epochs - 1, 0))})}));
    checkNumber(base + ".factor", s.factor, 0.0, Bound::Exclusive, 1.0, Bound::Exclusive);
    checkInt(base + ".patience", s.patience, 0, kMaxPatience);
    if (s.maxLr != 0.0 && !(s.maxLr >= kMinLearningRate && s.maxLr <= kMaxLearningRate))
        throw InputError(base + ".max_lr", formatNumber(s.maxLr) +
                                               " is out of range (allowed: 0 for the learning "
                                               "rate, or 1e-07 to 10)");
    checkNumber(base + ".pct_start", s.pctStart, 0.0, Bound::Exclusive, 1.0, Bound::Exclusive);
}

void validateTraining(const TrainingConfig& t, const DatasetConfig& d) {
    checkRegistered("training.loss", t.loss, "loss", lossRegistry());
    checkNumber("training.huber_delta", t.huberDelta, 0.0, Bound::Exclusive, kInfinity,
                Bound::Inclusive);
    checkRegistered("training.optimizer", t.optimizer, "optimizer", optimizerRegistry());
    checkClosed("training.learning_rate", t.learningRate, kMinLearningRate, kMaxLearningRate);
    checkHalfOpen("training.momentum", t.momentum, 0.0, 1.0);
    // As torch.optim.SGD: Nesterov's look-ahead is defined through momentum.
    if (t.nesterov && t.optimizer == "sgd" && t.momentum <= 0.0)
        throw InputError("training.nesterov", problem(ProblemCode::NesterovWithoutMomentum));
    checkHalfOpen("training.beta1", t.beta1, 0.0, 1.0);
    checkHalfOpen("training.beta2", t.beta2, 0.0, 1.0);
    checkNumber("training.epsilon", t.epsilon, 0.0, Bound::Exclusive, 1.0, Bound::Inclusive);
    checkHalfOpen("training.rho", t.rho, 0.0, 1.0);
    checkClosed("training.weight_decay", t.weightDecay, 0.0, 1.0);
    checkNumber("training.gradient_clip", t.gradientClip, 0.0, Bound::Inclusive, kInfinity,
                Bound::Inclusive);
    checkInt("training.epochs", t.epochs, 1, kMaxEpochs);
    checkInt("training.batch_size", t.batchSize, 1, kMaxBatch);
    validateSchedule(t.schedule, t);

    const EarlyStoppingConfig& e = t.earlyStopping;
    checkInt("training.early_stopping.patience", e.patience, 0, kMaxPatience);
    checkNumber("training.early_stopping.min_delta", e.minDelta, 0.0, Bound::Inclusive, kInfinity,
                Bound::Inclusive);
    checkChoice("training.early_stopping.monitor", e.monitor, "monitor",
                {"val_loss", "val_accuracy"});
    if (e.patience > 0 && d.validationFraction <= 0.0)
        throw InputError("training.early_stopping.patience",
                         problem(ProblemCode::EarlyStoppingWithoutValidation));
}

std::string sizeText(int height, int width) {
    return std::to_string(height) + "x" + std::to_string(width);
}

void checkFits(const std::string& field, int size, int height, int width) {
    int limit = std::min(height, width);
    if (size > limit)
        throw InputError(
            field,
            problem(ProblemCode::LargerThanInput, {std::to_string(size), sizeText(height, width)},
                    {problem(ProblemCode::RangeBetween, {"1", std::to_string(limit)})}));
}

void validateConvStack(const ModelConfig& m, Shape input) {
    if (m.convLayers.empty())
        return;
    if (input.height == 1 && input.width == 1)
        throw InputError("model.conv_layers", problem(ProblemCode::ConvolutionNeedsImages,
                                                      {std::to_string(input.size())}));
    int height = input.height;
    int width = input.width;
    for (std::size_t i = 0; i < m.convLayers.size(); ++i) {
        const ConvLayerConfig& c = m.convLayers[i];
        const std::string base = indexed("model.conv_layers", i);
        checkFits(base + ".kernel_size", c.kernelSize, height, width);
        // As Conv2D computes it: "same" pads (k-1)/2 before and the rest after
        // (TensorFlow's SAME), giving ceil(in / stride); for odd k that equals
        // floor((in + 2*pad - k) / stride) + 1 with pad = (k-1)/2 per side.
        if (c.padding == "same") {
            height = (height + c.stride - 1) / c.stride;
            width = (width + c.stride - 1) / c.stride;
        } else {
            height = (height - c.kernelSize) / c.stride + 1;
            width = (width - c.kernelSize) / c.stride + 1;
        }
        if (c.pool == "global_avg") {
            height = width = 1;
        } else if (c.pool != "none") {
            checkFits(base + ".pool_size", c.poolSize, height, width);
            const int stride = c.poolStride > 0 ? c.poolStride : c.poolSize;
            height = (height - c.poolSize) / stride + 1;
            width = (width - c.poolSize) / stride + 1;
        }
    }
}

/// Loss names whose output kind fits the data, for the "allowed" list.
std::vector<std::string> fittingLosses(Task task, int classCount) {
    std::vector<std::string> out;
    const auto& registry = lossRegistry();
    for (const auto& name : registry.names()) {
        OutputKind kind = registry.create(name, "training.loss", 1.0)->outputKind();
        bool fits = task == Task::Regression
                        ? kind == OutputKind::Regression
                        : kind == OutputKind::ClassLogits ||
                              (kind == OutputKind::BinaryLogit && classCount == 2);
        if (fits)
            out.push_back(name);
    }
    return out;
}

void validateLossForTask(const TrainingConfig& t, Task task, int classCount) {
    const OutputKind kind =
        lossRegistry().create(t.loss, "training.loss", t.huberDelta)->outputKind();
    const Problem data = task == Task::Regression ? problem(ProblemCode::RegressionDataset)
                                                  : problem(ProblemCode::ClassificationDataset,
                                                            {std::to_string(classCount)});
    // The data is wording (%2), the allowed losses are names (%3).
    auto mismatch = [&](ProblemCode code) {
        return InputError(
            "training.loss",
            problem(code, {t.loss}, {data, textProblem(join(fittingLosses(task, classCount)))}));
    };
    if (kind == OutputKind::Regression && task != Task::Regression)
        throw mismatch(ProblemCode::LossNeedsRegression);
    if (kind != OutputKind::Regression && task != Task::Classification)
        throw mismatch(ProblemCode::LossNeedsClassification);
    if (kind == OutputKind::BinaryLogit && classCount != 2)
        throw mismatch(ProblemCode::LossNeedsTwoClasses);
}

}  // namespace

void validate(const RunConfig& config) {
    validateDataset(config.dataset);
    validateModel(config.model);
    validateTraining(config.training, config.dataset);
}

void validateAgainstInput(const RunConfig& config, Shape inputShape, Task task, int classCount) {
    // The walk below divides by strides and trusts names: check those first.
    validate(config);
    validateConvStack(config.model, inputShape);
    validateLossForTask(config.training, task, classCount);
    checkTrialMemory(config.model, inputShape, task == Task::Classification ? classCount : 1,
                     config.training.batchSize);
    if (task == Task::Regression && config.training.earlyStopping.patience > 0 &&
        config.training.earlyStopping.monitor == "val_accuracy")
        throw InputError("training.early_stopping.monitor",
                         "val_accuracy needs a classification dataset, but this is a regression "
                         "dataset (allowed: val_loss)");
}

}  // namespace hyperlab
