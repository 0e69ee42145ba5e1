#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hyperlab {

/// Everything that defines one training run. Mirrors the config JSON
/// (docs/config.md); core/io/config_json.h reads, validates and writes it.
/// Defaults are the values a field takes when the JSON leaves it out.

struct DatasetConfig {
    /// circle, xor, gaussians, spiral, moons, plane, sine, fashion-mnist, idx, csv
    std::string name = "spiral";
    int samples = 1000;      ///< generated sets
    double noise = 0.1;      ///< generated sets
    std::uint64_t seed = 1;  ///< generation and split
    double testFraction = 0.2;
    double validationFraction = 0.1;
    std::string path;              ///< fashion-mnist directory, csv file
    std::string images;            ///< idx images file
    std::string labels;            ///< idx labels file
    std::string labelColumn;       ///< csv: header name or 0-based index
    std::string csvTask = "auto";  ///< csv: auto, classification, regression
    int limit = 0;                 ///< use only the first N samples (0 = all)

    bool operator==(const DatasetConfig&) const = default;
};

struct ConvLayerConfig {
    int filters = 16;
    int kernelSize = 3;
    int stride = 1;
    std::string padding = "same";  ///< same, valid
    std::string pool = "none";     ///< none, max, avg, global_avg
    int poolSize = 2;
    int poolStride = 0;  ///< 0 = poolSize

    bool operator==(const ConvLayerConfig&) const = default;
};

struct ModelConfig {
    std::vector<ConvLayerConfig> convLayers;
    std::vector<int> hiddenLayers{64, 64};
    std::string activation = "relu";
    double activationParameter = 0.01;  ///< leaky_relu slope, elu alpha
    double dropout = 0.0;
    std::string init = "kaiming_uniform";
    double initScale = 0.05;  ///< plain uniform/normal
    bool batchNorm = false;

    bool operator==(const ModelConfig&) const = default;
};

struct ScheduleConfig {
    std::string type =
        "constant";  ///< constant, step, multi_step, exponential, cosine, plateau, one_cycle
    int stepSize = 10;
    double gamma = 0.5;
    std::vector<int> milestones;
    double minLr = 0.0;
    int warmupEpochs = 0;
    double factor = 0.5;
    int patience = 5;
    double maxLr = 0.0;
    double pctStart = 0.3;

    bool operator==(const ScheduleConfig&) const = default;
};

struct EarlyStoppingConfig {
    int patience = 0;  ///< 0 = off
    double minDelta = 0.0;
    std::string monitor = "val_loss";  ///< val_loss, val_accuracy

    bool operator==(const EarlyStoppingConfig&) const = default;
};

struct TrainingConfig {
    std::string loss = "cross_entropy";
    double huberDelta = 1.0;
    std::string optimizer = "adam";
    double learningRate = 0.01;
    double momentum = 0.0;
    bool nesterov = false;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double rho = 0.99;
    double weightDecay = 0.0;
    double gradientClip = 0.0;  ///< max global gradient norm, 0 = off
    ScheduleConfig schedule;
    int epochs = 60;
    int batchSize = 32;
    std::uint64_t seed = 42;
    EarlyStoppingConfig earlyStopping;

    bool operator==(const TrainingConfig&) const = default;
};

struct RunConfig {
    DatasetConfig dataset;
    ModelConfig model;
    TrainingConfig training;

    bool operator==(const RunConfig&) const = default;
};

}  // namespace hyperlab
