#pragma once

#include <functional>
#include <memory>
#include <stop_token>

#include "data/dataset.h"
#include "nn/losses/loss.h"
#include "nn/network.h"
#include "train/run_config.h"
#include "train/training_result.h"

namespace hyperlab {

/// Callbacks a run reports through. Both are called on the thread that runs
/// the training; keep them cheap (post, don't draw).
struct TrainingCallbacks {
    std::function<void(const BatchProgress&)> onBatch;
    std::function<void(const EpochMetrics&)> onEpoch;
};

/// Trains one network on one data split as a RunConfig describes.
///
/// Construction builds and initialises the network (throws InputError when
/// the config does not fit the data). run() does the epochs: a seeded shuffle
/// per epoch, mini-batches, the schedule's rate before every step, gradient
/// clipping, validation after every epoch, optional early stopping, and test
/// metrics at the end. A NaN or infinite loss ends the run as Failed with the
/// epoch and batch where it happened; the stop token is checked every batch.
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

    /// Loss and accuracy (or R^2/MAE) of the current weights on the given
    /// samples, in evaluation mode, in batches.
    EvaluationMetrics evaluate(const std::vector<int>& samples);
    /// Network outputs (one column per sample) for the given samples.
    Matrix predict(const std::vector<int>& samples);

private:
    void buildTargets(const int* indices, std::ptrdiff_t count, Matrix& out) const;

    RunConfig m_config;
    DataSplit m_split;
    std::unique_ptr<Loss> m_loss;
    Network m_network;
};

/// Loads the dataset a config names, splits it and trains: the one-call
/// entry point of the CLI. Throws InputError on bad input.
TrainingResult trainFromConfig(const RunConfig& config, const TrainingCallbacks& callbacks = {},
                               std::stop_token stop = {});

}  // namespace hyperlab
