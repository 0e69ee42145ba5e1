#include "train/model_builder.h"

#include <string>

#include "nn/activations/activation.h"
#include "nn/layers/activation_layer.h"
#include "nn/layers/avg_pool2d.h"
#include "nn/layers/batch_norm.h"
#include "nn/layers/conv2d.h"
#include "nn/layers/dense.h"
#include "nn/layers/dropout.h"
#include "nn/layers/flatten.h"
#include "nn/layers/global_avg_pool.h"
#include "nn/layers/max_pool2d.h"
#include "train/memory_estimate.h"

namespace hyperlab {

int outputCount(OutputKind kind, const Dataset& data) {
    switch (kind) {
        case OutputKind::ClassLogits:
            return data.classCount();
        case OutputKind::BinaryLogit:
            return 1;
        case OutputKind::Regression:
            return data.targetSize();
    }
    return 0;
}

Network buildNetwork(const ModelConfig& model, Shape inputShape, int outputs) {
    // Refuse before allocating: a network too large for memory would
    // otherwise die in std::bad_alloc (or be killed) halfway through.
    checkTrialMemory(model, inputShape, outputs, 1);
    Network network(inputShape);
    auto addActivation = [&](const std::string& field) {
        network.add(std::make_unique<ActivationLayer>(
            network.outputShape(),
            activationRegistry().create(model.activation, field, model.activationParameter)));
    };

    for (std::size_t i = 0; i < model.convLayers.size(); ++i) {
        const ConvLayerConfig& c = model.convLayers[i];
        const std::string field = "model.conv_layers." + std::to_string(i);
        network.add(std::make_unique<Conv2D>(network.outputShape(), c.filters, c.kernelSize,
                                             c.stride,
                                             paddingFromName(c.padding, field + ".padding")));
        if (model.batchNorm)
            network.add(std::make_unique<BatchNorm>(network.outputShape()));
        const int poolStride = c.poolStride > 0 ? c.poolStride : c.poolSize;
        // ReLU after max-pooling instead of before: max(relu(x)) = relu(max(x)),
        // and the gradients match too (the pool picks the same position, or
        // all of its window is <= 0 and the gradient is 0 either way), but
        // ReLU then touches a quarter of the values (2x2 pool): 2.4 of 50 ms
        // per step of the benchmark CNN at one thread. Only for ReLU: an
        // activation that maps two inputs to one float (a saturating sigmoid)
        // could make the pool pick another position.
        const bool reluAfterPool = c.pool == "max" && model.activation == "relu";
        if (!reluAfterPool)
            addActivation("model.activation");
        if (c.pool == "max")
            network.add(std::make_unique<MaxPool2D>(network.outputShape(), c.poolSize, poolStride));
        else if (c.pool == "avg")
            network.add(std::make_unique<AvgPool2D>(network.outputShape(), c.poolSize, poolStride));
        else if (c.pool == "global_avg")
            network.add(std::make_unique<GlobalAvgPool>(network.outputShape()));
        if (reluAfterPool)
            addActivation("model.activation");
    }
    if (!model.convLayers.empty())
        network.add(std::make_unique<Flatten>(network.outputShape()));

    for (int units : model.hiddenLayers) {
        network.add(std::make_unique<Dense>(network.outputShape(), units));
        if (model.batchNorm)
            network.add(std::make_unique<BatchNorm>(network.outputShape()));
        addActivation("model.activation");
        if (model.dropout > 0)
            network.add(std::make_unique<Dropout>(network.outputShape(), model.dropout));
    }
    network.add(std::make_unique<Dense>(network.outputShape(), outputs));
    network.finalize();
    return network;
}

}  // namespace hyperlab
