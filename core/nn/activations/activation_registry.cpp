#include "nn/activations/activation.h"
#include "nn/activations/elu.h"
#include "nn/activations/gelu.h"
#include "nn/activations/leaky_relu.h"
#include "nn/activations/linear.h"
#include "nn/activations/relu.h"
#include "nn/activations/sigmoid.h"
#include "nn/activations/tanh.h"

namespace hyperlab {

namespace {

Registry<Activation, double> buildActivationRegistry() {
    Registry<Activation, double> registry;
    registry.add("relu", [](double) { return std::make_unique<Relu>(); });
    registry.add("leaky_relu", [](double slope) { return std::make_unique<LeakyRelu>(slope); });
    registry.add("elu", [](double alpha) { return std::make_unique<Elu>(alpha); });
    registry.add("gelu", [](double) { return std::make_unique<Gelu>(); });
    registry.add("sigmoid", [](double) { return std::make_unique<Sigmoid>(); });
    registry.add("tanh", [](double) { return std::make_unique<Tanh>(); });
    registry.add("linear", [](double) { return std::make_unique<Linear>(); });
    return registry;
}

}  // namespace

const Registry<Activation, double>& activationRegistry() {
    // Built once; C++11 guarantees thread-safe initialisation of function
    // statics, and the registry is read-only afterwards.
    static const Registry<Activation, double> registry = buildActivationRegistry();
    return registry;
}

}  // namespace hyperlab
