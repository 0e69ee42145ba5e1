#include "train/default_config.h"

namespace hyperlab {

RunConfig defaultRunConfig() {
    RunConfig config;
    config.dataset.name = "spiral";
    config.dataset.samples = 1000;
    config.dataset.noise = 0.1;
    config.dataset.seed = 1;
    config.dataset.testFraction = 0.2;
    config.dataset.validationFraction = 0.1;
    config.model.hiddenLayers = {64, 64};
    config.model.activation = "relu";
    config.model.init = "kaiming_uniform";
    config.training.loss = "cross_entropy";
    config.training.optimizer = "adam";
    config.training.learningRate = 0.01;
    config.training.epochs = 60;
    config.training.batchSize = 32;
    config.training.seed = 42;
    return config;
}

}  // namespace hyperlab
