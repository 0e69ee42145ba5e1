#include "train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "common/errors.h"
#include "common/float_mode.h"
#include "data/dataset_factory.h"
#include "data/split.h"
#include "io/config_json.h"
#include "io/config_validation.h"
#include "nn/initializers/initializer.h"
#include "nn/optimizers/optimizer.h"
#include "nn/schedules/lr_schedule.h"
#include "train/confusion_matrix.h"
#include "train/model_builder.h"

namespace hyperlab {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Stream numbers for Random::deriveSeed: each use of randomness gets its own
// stream so changing e.g. the epoch count does not change the initial weights.
constexpr std::uint64_t kInitStream = 1;
constexpr std::uint64_t kDropoutStream = 2;
constexpr std::uint64_t kTrainingSampleStream = 3;
constexpr std::uint64_t kShuffleStreamBase = 1000;

// Batch size for evaluation passes: large enough to amortise per-batch
// overhead, small enough to keep activations of a CNN modest.
constexpr std::ptrdiff_t kEvaluationBatch = 512;

OptimizerSettings optimizerSettings(const TrainingConfig& t) {
    OptimizerSettings s;
    s.momentum = t.momentum;
    s.nesterov = t.nesterov;
    s.beta1 = t.beta1;
    s.beta2 = t.beta2;
    s.epsilon = t.epsilon;
    s.rho = t.rho;
    s.weightDecay = t.weightDecay;
    return s;
}

ScheduleSettings scheduleSettings(const TrainingConfig& t, long stepsPerEpoch) {
    ScheduleSettings s;
    s.baseLr = t.learningRate;
    s.epochs = t.epochs;
    s.stepsPerEpoch = stepsPerEpoch;
    s.stepSize = t.schedule.stepSize;
    s.gamma = t.schedule.gamma;
    s.milestones = t.schedule.milestones;
    s.minLr = t.schedule.minLr;
    s.warmupEpochs = t.schedule.warmupEpochs;
    s.factor = t.schedule.factor;
    s.patience = t.schedule.patience;
    s.maxLr = t.schedule.maxLr;
    s.pctStart = t.schedule.pctStart;
    return s;
}

// Counts correct predictions in a batch of outputs.
std::int64_t countCorrect(OutputKind kind, const Matrix& outputs, const std::vector<int>& labels,
                          const int* indices, std::ptrdiff_t count) {
    std::int64_t correct = 0;
    for (std::ptrdiff_t j = 0; j < count; ++j) {
        const int label = labels[indices[j]];
        int predicted;
        if (kind == OutputKind::BinaryLogit) {
            predicted = outputs(0, j) > 0 ? 1 : 0;
        } else {
            Eigen::Index best;
            outputs.col(j).maxCoeff(&best);
            predicted = int(best);
        }
        correct += predicted == label;
    }
    return correct;
}

// Sums needed for R^2 and MAE, accumulated over batches.
struct RegressionSums {
    double sum = 0, sumSquares = 0, squaredError = 0, absoluteError = 0;
    std::int64_t count = 0;

    void add(const Matrix& outputs, const Matrix& targets) {
        const auto diff = (outputs - targets).array().cast<double>();
        squaredError += diff.square().sum();
        absoluteError += diff.abs().sum();
        sum += targets.cast<double>().sum();
        sumSquares += targets.cast<double>().array().square().sum();
        count += targets.size();
    }
    double r2() const {
        const double mean = sum / double(count);
        const double total = sumSquares - double(count) * mean * mean;
        return total > 0 ? 1.0 - squaredError / total : 0.0;
    }
    double mae() const { return absoluteError / double(count); }
};

std::string nonFiniteName(double value) {
    return std::isnan(value) ? "NaN" : "infinite";
}

}  // namespace

std::size_t trainingEvaluationSize(std::size_t trainSamples) {
    const std::size_t quarter = trainSamples / 4;
    return std::min(trainSamples,
                    std::clamp(quarter, kTrainingEvaluationMin, kTrainingEvaluationMax));
}

std::vector<int> trainingEvaluationSample(const std::vector<int>& train, std::uint64_t seed) {
    const std::size_t size = trainingEvaluationSize(train.size());
    if (size == train.size())
        return train;
    std::vector<int> sample = train;
    Random random(Random::deriveSeed(seed, kTrainingSampleStream));
    random.shuffle(sample);
    sample.resize(size);
    std::sort(sample.begin(), sample.end());  // memory order when gathering
    return sample;
}

Trainer::Trainer(const RunConfig& config, DataSplit split)
    : m_config(config), m_split(std::move(split)), m_network(Shape{}) {
    const Dataset& data = *m_split.data;
    validateAgainstInput(m_config, data.inputShape, data.task, data.classCount());
    m_loss =
        lossRegistry().create(config.training.loss, "training.loss", config.training.huberDelta);
    const int outputs = outputCount(m_loss->outputKind(), data);
    m_network = buildNetwork(config.model, data.inputShape, outputs);
    auto init =
        initializerRegistry().create(config.model.init, "model.init", config.model.initScale);
    Random random(Random::deriveSeed(config.training.seed, kInitStream));
    m_network.initialize(*init, random);
    m_trainingSample = trainingEvaluationSample(m_split.train, config.training.seed);
}

Trainer::~Trainer() = default;

void Trainer::buildTargets(const int* indices, std::ptrdiff_t count, Matrix& out) const {
    const Dataset& data = *m_split.data;
    switch (m_loss->outputKind()) {
        case OutputKind::ClassLogits:
            out.setZero(data.classCount(), count);
            for (std::ptrdiff_t j = 0; j < count; ++j)
                out(data.labels[indices[j]], j) = 1;
            break;
        case OutputKind::BinaryLogit:
            out.resize(1, count);
            for (std::ptrdiff_t j = 0; j < count; ++j)
                out(0, j) = Scalar(data.labels[indices[j]]);
            break;
        case OutputKind::Regression:
            out.resize(data.targets.rows(), count);
            for (std::ptrdiff_t j = 0; j < count; ++j)
                out.col(j) = data.targets.col(indices[j]);
            break;
    }
}

Matrix Trainer::predict(const std::vector<int>& samples) {
    FlushDenormals flush;  // the same float mode as during training
    const Dataset& data = *m_split.data;
    ForwardContext context;  // evaluation mode
    Matrix inputs;
    Matrix outputs(m_network.outputShape().size(), std::ptrdiff_t(samples.size()));
    for (std::ptrdiff_t begin = 0; begin < std::ptrdiff_t(samples.size());
         begin += kEvaluationBatch) {
        const std::ptrdiff_t count =
            std::min<std::ptrdiff_t>(kEvaluationBatch, std::ptrdiff_t(samples.size()) - begin);
        data.gatherInputs(samples.data() + begin, count, inputs);
        outputs.middleCols(begin, count) = m_network.forward(inputs, context);
    }
    return outputs;
}

BoundarySnapshot Trainer::boundary(const BoundaryGrid& grid, int epoch) {
    if (m_loss->outputKind() == OutputKind::Regression)
        throw InputError("training.loss",
                         "a decision boundary needs a classification loss "
                         "(allowed: cross_entropy, binary_cross_entropy)");
    return computeBoundary(m_network, m_loss->outputKind(), m_split.data->classCount(), grid,
                           epoch);
}

ImagePredictions Trainer::imagePredictions(std::shared_ptr<const GalleryImages> images,
                                           const std::vector<int>& validationPredicted, int epoch) {
    if (m_loss->outputKind() == OutputKind::Regression)
        throw InputError("training.loss",
                         "image predictions need a classification loss "
                         "(allowed: cross_entropy, binary_cross_entropy)");
    const Dataset& data = *m_split.data;
    std::vector<int> truth;
    truth.reserve(m_split.validation.size());
    for (int index : m_split.validation)
        truth.push_back(data.labels[std::size_t(index)]);
    const Matrix outputs = predict(images->samples);
    return imagePredictionsFrom(outputs, std::move(images),
                                confusionMatrix(truth, validationPredicted, data.classCount()),
                                epoch);
}

EvaluationMetrics Trainer::evaluate(const std::vector<int>& samples, std::vector<int>* predicted) {
    EvaluationMetrics metrics;
    if (predicted)
        predicted->clear();
    metrics.samples = std::int64_t(samples.size());
    if (samples.empty())
        return metrics;
    FlushDenormals flush;  // the same float mode as during training
    const Dataset& data = *m_split.data;
    const OutputKind kind = m_loss->outputKind();
    ForwardContext context;  // evaluation mode
    Matrix inputs, targets;
    double lossSum = 0;
    std::int64_t correct = 0;
    RegressionSums regression;
    for (std::ptrdiff_t begin = 0; begin < std::ptrdiff_t(samples.size());
         begin += kEvaluationBatch) {
        const std::ptrdiff_t count =
            std::min<std::ptrdiff_t>(kEvaluationBatch, std::ptrdiff_t(samples.size()) - begin);
        const int* indices = samples.data() + begin;
        data.gatherInputs(indices, count, inputs);
        buildTargets(indices, count, targets);
        const Matrix& outputs = m_network.forward(inputs, context);
        lossSum += m_loss->evaluate(outputs, targets, nullptr) * double(count);
        if (kind == OutputKind::Regression)
            regression.add(outputs, targets);
        else
            correct += countCorrect(kind, outputs, data.labels, indices, count);
        if (predicted && kind != OutputKind::Regression) {
            const std::vector<int> classes = predictedClasses(outputs);
            predicted->insert(predicted->end(), classes.begin(), classes.end());
        }
    }
    metrics.loss = lossSum / double(samples.size());
    if (kind == OutputKind::Regression) {
        metrics.r2 = regression.r2();
        metrics.mae = regression.mae();
        metrics.accuracy = std::numeric_limits<double>::quiet_NaN();
    } else {
        metrics.accuracy = double(correct) / double(samples.size());
        metrics.r2 = metrics.mae = std::numeric_limits<double>::quiet_NaN();
    }
    return metrics;
}

TrainingResult Trainer::run(const TrainingCallbacks& callbacks, std::stop_token stop) {
    const auto runStart = Clock::now();
    FlushDenormals flush;
    const TrainingConfig& t = m_config.training;
    const Dataset& data = *m_split.data;
    const OutputKind kind = m_loss->outputKind();

    TrainingResult result;
    result.parameterCount = m_network.parameterCount();
    result.classification = kind != OutputKind::Regression;

    const std::ptrdiff_t trainCount = std::ptrdiff_t(m_split.train.size());
    const std::ptrdiff_t batchSize = std::min<std::ptrdiff_t>(t.batchSize, trainCount);
    const long batchesPerEpoch = long((trainCount + batchSize - 1) / batchSize);

    auto optimizer =
        optimizerRegistry().create(t.optimizer, "training.optimizer", optimizerSettings(t));
    auto schedule = scheduleRegistry().create(t.schedule.type, "training.lr_schedule.type",
                                              scheduleSettings(t, batchesPerEpoch));
    Random dropoutRandom(Random::deriveSeed(t.seed, kDropoutStream));
    ForwardContext trainContext{true, &dropoutRandom};

    // Early stopping keeps a copy of the best weights (one flat vector).
    const bool earlyStopping = t.earlyStopping.patience > 0;
    const bool monitorAccuracy = t.earlyStopping.monitor == "val_accuracy" && result.classification;
    double bestMonitored = std::numeric_limits<double>::infinity();
    int epochsWithoutImprovement = 0;
    Vector bestParameters;

    std::vector<int> order = m_split.train;
    Matrix inputs, targets, gradient;
    long step = 0;

    // Decision boundaries (see TrainingCallbacks::boundaryTimeShare).
    const bool boundaries =
        callbacks.onBoundary && callbacks.boundaryGrid && kind != OutputKind::Regression;
    double boundarySeconds = 0, trainingSeconds = 0, lastBoundarySeconds = 0;
    int lastBoundaryEpoch = 0;
    auto recordBoundary = [&](int epoch) {
        const auto start = Clock::now();
        callbacks.onBoundary(boundary(*callbacks.boundaryGrid, epoch));
        lastBoundarySeconds = secondsSince(start);
        boundarySeconds += lastBoundarySeconds;
        lastBoundaryEpoch = epoch;
    };

    // Image predictions (see TrainingCallbacks::onImagePredictions).
    const bool imagePredictionsWanted =
        callbacks.onImagePredictions && callbacks.galleryImages && kind != OutputKind::Regression;
    std::vector<int> validationPredicted;
    int lastImagePredictionsEpoch = 0;
    auto recordImagePredictions = [&](int epoch) {
        callbacks.onImagePredictions(
            imagePredictions(callbacks.galleryImages, validationPredicted, epoch));
        lastImagePredictionsEpoch = epoch;
    };

    auto finish = [&](RunStatus status, Problem reason) {
        result.status = status;
        result.setReason(std::move(reason));
        result.epochsRun = int(result.history.size());
        if (status != RunStatus::Failed) {
            if (earlyStopping && bestParameters.size() == m_network.parameterCount())
                m_network.parameters() = bestParameters;
            if (boundaries && status == RunStatus::Completed && !result.history.empty() &&
                (lastBoundaryEpoch != result.epochsRun || result.earlyStopped))
                recordBoundary(result.epochsRun);  // the weights the run ends with
            if (imagePredictionsWanted && status == RunStatus::Completed &&
                !result.history.empty() &&
                (lastImagePredictionsEpoch != result.epochsRun || result.earlyStopped)) {
                evaluate(m_split.validation, &validationPredicted);
                recordImagePredictions(result.epochsRun);
            }
            result.test = evaluate(m_split.test);
            if (result.test.samples > 0 && !std::isfinite(result.test.loss)) {
                result.status = RunStatus::Failed;
                result.setReason(
                    problem(ProblemCode::TestLossNotFinite, {nonFiniteName(result.test.loss)}));
            }
        }
        result.seconds = secondsSince(runStart);
        return result;
    };

    for (int epoch = 1; epoch <= t.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        Random shuffle(Random::deriveSeed(t.seed, kShuffleStreamBase + std::uint64_t(epoch)));
        shuffle.shuffle(order);

        double lossSum = 0;
        std::int64_t correct = 0;
        RegressionSums regression;
        double lr = 0;
        for (long batch = 0; batch < batchesPerEpoch; ++batch) {
            if (stop.stop_requested()) {
                return finish(RunStatus::Stopped,
                              problem(ProblemCode::StoppedInBatch,
                                      {std::to_string(epoch), std::to_string(batch + 1)}));
            }
            const std::ptrdiff_t begin = std::ptrdiff_t(batch) * batchSize;
            const std::ptrdiff_t count = std::min(batchSize, trainCount - begin);
            const int* indices = order.data() + begin;
            data.gatherInputs(indices, count, inputs);
            buildTargets(indices, count, targets);

            const Matrix& outputs = m_network.forward(inputs, trainContext);
            const double loss = m_loss->evaluate(outputs, targets, &gradient);
            if (!std::isfinite(loss)) {
                result.divergence = {epoch, int(batch + 1)};
                return finish(RunStatus::Failed,
                              problem(ProblemCode::DivergedInBatch,
                                      {std::to_string(epoch), std::to_string(batch + 1),
                                       nonFiniteName(loss)}));
            }
            lossSum += loss * double(count);
            if (kind == OutputKind::Regression)
                regression.add(outputs, targets);
            else
                correct += countCorrect(kind, outputs, data.labels, indices, count);

            m_network.backward(gradient);
            if (t.gradientClip > 0)
                clipGradientNorm(m_network.gradients(), t.gradientClip);
            lr = callbacks.learningRateAt ? callbacks.learningRateAt(step) : schedule->rateAt(step);
            ++step;
            optimizer->step(m_network.parameters(), m_network.gradients(), lr);

            if (callbacks.onBatch)
                callbacks.onBatch({epoch, int(batch + 1), int(batchesPerEpoch), loss, lr});
        }

        EpochMetrics metrics;
        metrics.epoch = epoch;
        metrics.trainLossRunning = lossSum / double(trainCount);
        metrics.learningRate = lr;
        // Measured like validation (dropout off, batch norm on its running
        // statistics), so the two curves compare; the running figures above
        // mix every weight state of the epoch and dropout's noise.
        const EvaluationMetrics training = evaluate(m_trainingSample);
        metrics.trainLoss = training.loss;
        const EvaluationMetrics validation =
            evaluate(m_split.validation, imagePredictionsWanted ? &validationPredicted : nullptr);
        metrics.valLoss =
            validation.samples > 0 ? validation.loss : std::numeric_limits<double>::quiet_NaN();
        constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
        if (result.classification) {
            metrics.trainAccuracy = training.accuracy;
            metrics.trainAccuracyRunning = double(correct) / double(trainCount);
            metrics.valAccuracy = validation.accuracy;
            metrics.trainR2 = metrics.trainR2Running = metrics.valR2 = metrics.valMae = kNaN;
        } else {
            metrics.trainR2 = training.r2;
            metrics.trainR2Running = regression.r2();
            metrics.valR2 = validation.r2;
            metrics.valMae = validation.mae;
            metrics.trainAccuracy = metrics.trainAccuracyRunning = metrics.valAccuracy = kNaN;
        }
        metrics.seconds = secondsSince(epochStart);
        result.history.push_back(metrics);
        if (callbacks.onEpoch)
            callbacks.onEpoch(metrics);
        trainingSeconds += metrics.seconds;
        if (boundaries && (epoch == 1 || epoch == t.epochs || callbacks.boundaryTimeShare <= 0 ||
                           // the next one included, as it will cost about the last
                           boundarySeconds + lastBoundarySeconds <=
                               callbacks.boundaryTimeShare * trainingSeconds))
            recordBoundary(epoch);
        if (imagePredictionsWanted)
            recordImagePredictions(epoch);

        if (validation.samples > 0 && !std::isfinite(validation.loss)) {
            result.divergence = {epoch, 0};
            return finish(RunStatus::Failed,
                          problem(ProblemCode::DivergedOnValidation,
                                  {std::to_string(epoch), nonFiniteName(validation.loss)}));
        }
        schedule->epochEnded(epoch - 1,
                             validation.samples > 0 ? validation.loss : metrics.trainLoss);

        if (earlyStopping) {
            // Lower is better for the monitored value (accuracy is negated).
            const double monitored = validation.samples == 0 ? metrics.trainLoss
                                     : monitorAccuracy       ? -validation.accuracy
                                                             : validation.loss;
            if (monitored < bestMonitored - t.earlyStopping.minDelta) {
                bestMonitored = monitored;
                epochsWithoutImprovement = 0;
                result.bestEpoch = epoch;
                bestParameters = m_network.parameters();
            } else if (++epochsWithoutImprovement >= t.earlyStopping.patience) {
                result.earlyStopped = true;
                return finish(
                    RunStatus::Completed,
                    problem(ProblemCode::EarlyStopped, {std::to_string(t.earlyStopping.patience),
                                                        std::to_string(result.bestEpoch)}));
            }
        } else {
            result.bestEpoch = epoch;
        }
    }
    return finish(RunStatus::Completed, {});
}

TrainingResult trainFromConfig(const RunConfig& config, const TrainingCallbacks& callbacks,
                               std::stop_token stop) {
    Trainer trainer(config, loadSplit(config));
    return trainer.run(callbacks, stop);
}

DataSplit loadSplit(const RunConfig& config) {
    validate(config);
    auto data = loadDataset(config.dataset);
    return splitDataset(data, config.dataset.testFraction, config.dataset.validationFraction,
                        config.dataset.seed);
}

}  // namespace hyperlab
