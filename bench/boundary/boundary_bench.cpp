// hyperlab-boundary-bench: what decision-boundary snapshots cost (issue 11).
// Prints one JSON document with
//  - per 2-D dataset, the time of one 64x64 boundary against the time of the
//    epoch it follows (target: well under 5%), training the default model;
//  - the memory of the snapshots a 200-trial x 100-epoch study keeps (the
//    bound and the measured figure), from real snapshots.
//  - for Fashion-MNIST (a subset, the fashion_mlp example's model), what the
//    image predictions that take the boundary's place cost per epoch (16
//    images + the validation confusion matrix; target: under 3%) and the
//    memory of a 200-trial x 100-epoch study's image-prediction histories.
// docs/performance.md, "Decision boundaries", quotes the figures.

#include <chrono>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/parallel.h"
#include "data/dataset_factory.h"
#include "data/fashion_mnist.h"
#include "data/split.h"
#include "train/boundary_history.h"
#include "train/default_config.h"
#include "train/gallery_images.h"
#include "train/image_predictions.h"
#include "train/trainer.h"

namespace hyperlab {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Json measureDataset(const std::string& name, int epochs) {
    RunConfig config = defaultRunConfig();
    config.dataset.name = name;
    config.training.epochs = epochs;
    auto data = loadDataset(config.dataset);
    DataSplit split = splitDataset(data, config.dataset.testFraction,
                                   config.dataset.validationFraction, config.dataset.seed);
    const BoundaryGrid grid = *boundaryGridFor(*data);
    Trainer trainer(config, split);
    double boundarySeconds = 0, epochSeconds = 0;
    int boundaryCount = 0;
    TrainingCallbacks callbacks;
    callbacks.boundaryGrid = grid;
    Clock::time_point boundaryStart;
    callbacks.onEpoch = [&](const EpochMetrics& m) {
        epochSeconds += m.seconds;
        boundaryStart = Clock::now();
    };
    callbacks.onBoundary = [&](BoundarySnapshot) {
        boundarySeconds += secondsSince(boundaryStart);
        ++boundaryCount;
    };
    trainer.run(callbacks);
    Json out;
    out["dataset"] = name;
    out["train_samples"] = split.train.size();
    out["hidden_layers"] = config.model.hiddenLayers;
    out["batch_size"] = config.training.batchSize;
    out["epochs"] = epochs;
    out["epoch_ms"] = 1000.0 * epochSeconds / epochs;
    out["boundaries"] = boundaryCount;
    out["ms_per_boundary"] = 1000.0 * boundarySeconds / boundaryCount;
    out["boundary_percent_of_epoch"] = 100.0 * boundarySeconds / epochSeconds;
    return out;
}

// 200 trials x 100 epochs, every epoch's snapshot offered to each trial's
// history (the snapshots are shared copies of one real spiral boundary per
// epoch, so building them costs one training run).
Json measureStudyMemory(int trials, int epochs) {
    RunConfig config = defaultRunConfig();
    config.training.epochs = epochs;
    auto data = loadDataset(config.dataset);
    DataSplit split = splitDataset(data, config.dataset.testFraction,
                                   config.dataset.validationFraction, config.dataset.seed);
    Trainer trainer(config, split);
    std::vector<BoundarySnapshot> perEpoch;
    TrainingCallbacks callbacks;
    callbacks.boundaryGrid = boundaryGridFor(*data);
    callbacks.boundaryTimeShare = 0;  // every epoch: the worst case for memory
    callbacks.onBoundary = [&](BoundarySnapshot s) { perEpoch.push_back(std::move(s)); };
    trainer.run(callbacks);
    std::vector<BoundaryHistory> histories(static_cast<std::size_t>(trials));
    for (BoundaryHistory& history : histories)
        for (const BoundarySnapshot& s : perEpoch)
            history.add(
                std::make_shared<const BoundarySnapshot>(s));  // a copy per trial, as in a study
    std::size_t bytes = 0;
    for (const BoundaryHistory& history : histories)
        bytes += history.bytes();
    const int classes = perEpoch.front().classes;
    const std::size_t boundPerTrial =
        kBoundaryHistoryCapacity *
        (sizeof(BoundarySnapshot) +
         std::size_t(kBoundaryResolution * kBoundaryResolution * classes));
    Json out;
    out["trials"] = trials;
    out["epochs"] = epochs;
    out["classes"] = classes;
    out["snapshots_per_trial"] = histories.front().snapshots().size();
    out["bound_bytes_per_trial"] = boundPerTrial;
    out["bound_mib_study"] = double(boundPerTrial) * trials / (1024.0 * 1024.0);
    out["measured_mib_study"] = double(bytes) / (1024.0 * 1024.0);
    return out;
}

// The image predictions of a Fashion-MNIST run: their own time (16 images
// through the network, the confusion matrix built) measured from onEpoch to
// onImagePredictions, plus what collecting the validation pass's predicted
// classes adds to that pass (timed apart, alternating with and without, as
// the difference is below the epoch-to-epoch noise); then the memory of
// `trials` histories fed `studyEpochs` snapshots each (real snapshots, reused
// round robin with new epoch numbers).
Json measureImagePredictions(int limit, int epochs, int trials, int studyEpochs) {
    RunConfig config = defaultRunConfig();
    config.dataset.name = "fashion-mnist";
    config.dataset.path = kFashionMnistDefaultPath;
    config.dataset.limit = limit;
    config.model.hiddenLayers = {256, 128};
    config.model.dropout = 0.2;
    config.training.batchSize = 64;
    config.training.epochs = epochs;
    const DataSplit split = loadSplit(config);
    Trainer trainer(config, split);
    TrainingCallbacks callbacks;
    callbacks.galleryImages = galleryImagesFor(split);
    double predictionSeconds = 0, epochSeconds = 0;
    Clock::time_point start;
    std::vector<ImagePredictions> perEpoch;
    callbacks.onEpoch = [&](const EpochMetrics& m) {
        epochSeconds += m.seconds;
        start = Clock::now();
    };
    callbacks.onImagePredictions = [&](ImagePredictions p) {
        predictionSeconds += secondsSince(start);
        perEpoch.push_back(std::move(p));
    };
    trainer.run(callbacks);

    constexpr int kRepeats = 20;
    double plainSeconds = 0, collectingSeconds = 0;
    std::vector<int> predicted;
    for (int r = 0; r < kRepeats; ++r) {
        auto t = Clock::now();
        trainer.evaluate(split.validation);
        plainSeconds += secondsSince(t);
        t = Clock::now();
        trainer.evaluate(split.validation, &predicted);
        collectingSeconds += secondsSince(t);
    }
    const double argmaxMs = std::max(0.0, 1000.0 * (collectingSeconds - plainSeconds) / kRepeats);
    const double epochMs = 1000.0 * epochSeconds / double(epochs);
    const double predictionMs = 1000.0 * predictionSeconds / double(perEpoch.size());

    std::vector<ImagePredictionHistory> histories(static_cast<std::size_t>(trials));
    for (ImagePredictionHistory& history : histories)
        for (int e = 1; e <= studyEpochs; ++e) {
            ImagePredictions copy = perEpoch[std::size_t(e - 1) % perEpoch.size()];
            copy.epoch = e;  // a copy per trial and epoch, as in a study
            history.add(std::make_shared<const ImagePredictions>(std::move(copy)));
        }
    std::size_t bytes = callbacks.galleryImages->bytes();  // shared by every trial
    for (const ImagePredictionHistory& history : histories)
        bytes += history.bytes();

    Json out;
    out["dataset"] = "fashion-mnist";
    out["limit"] = limit;
    out["train_samples"] = split.train.size();
    out["validation_samples"] = split.validation.size();
    out["hidden_layers"] = config.model.hiddenLayers;
    out["batch_size"] = config.training.batchSize;
    out["epochs"] = epochs;
    out["epoch_ms"] = epochMs;
    out["snapshots"] = perEpoch.size();
    out["ms_per_snapshot"] = predictionMs;
    out["validation_pass_ms"] = 1000.0 * plainSeconds / kRepeats;
    out["validation_pass_with_classes_ms"] = 1000.0 * collectingSeconds / kRepeats;
    out["validation_argmax_ms"] = argmaxMs;  // the difference, 0 when within noise
    out["percent_of_epoch"] = 100.0 * (predictionMs + argmaxMs) / epochMs;
    out["study_trials"] = trials;
    out["study_epochs"] = studyEpochs;
    out["snapshots_per_trial"] = histories.front().snapshots().size();
    out["bytes_per_snapshot"] = histories.front().latest()->bytes();
    out["images_bytes"] = callbacks.galleryImages->bytes();
    out["measured_mib_study"] = double(bytes) / (1024.0 * 1024.0);
    return out;
}

}  // namespace
}  // namespace hyperlab

int main(int argc, char** argv) {
    using namespace hyperlab;
    const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
    ThreadLimit limit(1);  // one worker's share, as in a 2-worker study on 2 cores
    Json report;
    report["benchmark"] = "decision boundary snapshots";
    report["grid"] =
        std::to_string(kBoundaryResolution) + "x" + std::to_string(kBoundaryResolution);
    report["target_percent_of_epoch"] = 5.0;
    Json datasets = Json::array();
    for (const char* name : {"spiral", "moons", "circle", "xor", "gaussians"})
        datasets.push_back(measureDataset(name, quick ? 10 : 100));
    report["datasets"] = datasets;
    report["study_memory"] = measureStudyMemory(quick ? 20 : 200, 100);
    // A small subset (where the fixed cost weighs most) and a larger one.
    Json images = Json::array();
    for (int limit : {3000, 20000})
        images.push_back(measureImagePredictions(limit, quick ? 2 : 5, quick ? 20 : 200, 100));
    report["image_predictions"] = images;
    std::cout << report.dump(2) << std::endl;
    return 0;
}
