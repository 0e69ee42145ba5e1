#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

#include "data/dataset.h"
#include "nn/losses/loss.h"
#include "nn/network.h"
#include "train/decision_boundary.h"
#include "train/image_predictions.h"
#include "train/run_config.h"
#include "train/training_result.h"

namespace hyperlab {

/// How many training samples EpochMetrics' evaluation-mode training figures
/// are measured on after every epoch: a quarter of the training set, at
/// least kTrainingEvaluationMin (or all when there are fewer), at most
/// kTrainingEvaluationMax. A quarter keeps the pass under ~10% of an epoch
/// (a forward pass in large batches costs about a third of a training step
/// per sample); 256 samples give an accuracy to about +-3%.
inline constexpr std::size_t kTrainingEvaluationMin = 256;
inline constexpr std::size_t kTrainingEvaluationMax = 2000;
std::size_t trainingEvaluationSize(std::size_t trainSamples);

/// The training samples the evaluation-mode training metrics use:
/// trainingEvaluationSize(train.size()) of them drawn without replacement
/// from a stream of `seed` (the run's training.seed), in ascending order;
/// all of `train` when that is every sample. The same for every epoch.
std::vector<int> trainingEvaluationSample(const std::vector<int>& train, std::uint64_t seed);

/// The default share of training time decision boundaries may take (see
/// TrainingCallbacks::boundaryTimeShare).
inline constexpr double kBoundaryTimeShare = 0.03;

/// Callbacks a run reports through. Both are called on the thread that runs
/// the training; keep them cheap (post, don't draw).
struct TrainingCallbacks {
    std::function<void(const BatchProgress&)> onBatch;
    std::function<void(const EpochMetrics&)> onEpoch;
    /// The learning rate of step `step` (0-based over the run), in place of
    /// the config's schedule; empty = the schedule. The learning-rate range
    /// test (train/lr_range_test.h) sweeps the rate through it.
    std::function<double(long step)> learningRateAt;
    /// With a grid (see boundaryGridFor) and a classifying loss, receives the
    /// decision boundary at the end of epochs, right after onEpoch: always
    /// after the first and the last epoch (and, when early stopping ended the
    /// run, once more for the weights it kept), and after every other epoch
    /// while the time spent on boundaries stays within boundaryTimeShare of
    /// the training time so far. A 64x64 boundary costs about as much as a
    /// small epoch (a forward pass of 4,096 points against ~700 samples
    /// trained), so one per epoch would double a spiral run; the share keeps
    /// it well under 5% and spreads the snapshots over the run. 0 = every
    /// epoch (tests). Which epochs get one depends on timing; the
    /// probabilities of a given epoch do not.
    std::function<void(BoundarySnapshot)> onBoundary;
    std::optional<BoundaryGrid> boundaryGrid;
    double boundaryTimeShare = kBoundaryTimeShare;
    /// With gallery images (see galleryImagesFor) and a classifying loss,
    /// receives the predictions on them and the validation confusion matrix
    /// at the end of every epoch, right after onBoundary (and, when early
    /// stopping ended the run, once more for the weights it kept). Every
    /// epoch, unlike boundaries: the confusion matrix reuses the validation
    /// pass the epoch makes anyway, and 16 images cost a fraction of a batch
    /// (docs/performance.md gives the measured share).
    std::function<void(ImagePredictions)> onImagePredictions;
    std::shared_ptr<const GalleryImages> galleryImages;
};

/// Trains one network on one data split as a RunConfig describes.
///
/// Construction builds and initialises the network (throws InputError when
/// the config does not fit the data). run() does the epochs: a seeded shuffle
/// per epoch, mini-batches, the schedule's rate before every step, gradient
/// clipping, validation after every epoch, optional early stopping, and test
/// metrics at the end. After every epoch the training metrics are measured
/// again in evaluation mode on trainingSample() (see EpochMetrics). A NaN or infinite loss ends the
/// run as Failed with the epoch and batch where it happened; the stop token is checked every batch.
///
/// All randomness comes from streams derived from training.seed, and every
/// parallel reduction uses fixed chunks, so the same config and seed give
/// bit-identical results whatever the thread count.
class Trainer {
public:
    Trainer(const RunConfig& config, DataSplit split);
    ~Trainer();

    TrainingResult run(const TrainingCallbacks& callbacks = {}, std::stop_token stop = {});

    Network& network() { return m_network; }
    const DataSplit& split() const { return m_split; }
    const Loss& loss() const { return *m_loss; }
    /// The training samples the evaluation-mode training metrics use.
    const std::vector<int>& trainingSample() const { return m_trainingSample; }

    /// Loss and accuracy (or R^2/MAE) of the current weights on the given
    /// samples, in evaluation mode, in batches. With `predicted` (and a
    /// classifying loss), also the predicted class of every sample.
    EvaluationMetrics evaluate(const std::vector<int>& samples,
                               std::vector<int>* predicted = nullptr);
    /// Network outputs (one column per sample) for the given samples.
    Matrix predict(const std::vector<int>& samples);
    /// Class probabilities of the current weights on every cell of `grid`;
    /// throws InputError when the loss does not classify.
    BoundarySnapshot boundary(const BoundaryGrid& grid, int epoch);
    /// The current weights' predictions on `images` with the confusion
    /// matrix of `validationPredicted` (the predicted class of every
    /// validation sample, as evaluate gives it); throws InputError when the
    /// loss does not classify.
    ImagePredictions imagePredictions(std::shared_ptr<const GalleryImages> images,
                                      const std::vector<int>& validationPredicted, int epoch);

private:
    void buildTargets(const int* indices, std::ptrdiff_t count, Matrix& out) const;

    RunConfig m_config;
    DataSplit m_split;
    std::unique_ptr<Loss> m_loss;
    Network m_network;
    std::vector<int> m_trainingSample;
};

/// Validates the config, loads the dataset it names and splits it. Throws
/// InputError on bad input.
DataSplit loadSplit(const RunConfig& config);

/// loadSplit, then trains: the one-call entry point of the CLI. Throws
/// InputError on bad input.
TrainingResult trainFromConfig(const RunConfig& config, const TrainingCallbacks& callbacks = {},
                               std::stop_token stop = {});

}  // namespace hyperlab
