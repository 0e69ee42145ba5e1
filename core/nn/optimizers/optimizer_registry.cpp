#include "nn/optimizers/adagrad.h"
#include "nn/optimizers/adam.h"
#include "nn/optimizers/adamw.h"
#include "nn/optimizers/optimizer.h"
#include "nn/optimizers/rmsprop.h"
#include "nn/optimizers/sgd.h"

namespace hyperlab {

namespace {

using OptimizerRegistry = Registry<Optimizer, const OptimizerSettings&>;

OptimizerRegistry buildOptimizerRegistry() {
    OptimizerRegistry registry;
    registry.add("sgd", [](const OptimizerSettings& s) { return std::make_unique<Sgd>(s); });
    registry.add("adam", [](const OptimizerSettings& s) { return std::make_unique<Adam>(s); });
    registry.add("adamw", [](const OptimizerSettings& s) { return std::make_unique<AdamW>(s); });
    registry.add("rmsprop",
                 [](const OptimizerSettings& s) { return std::make_unique<RmsProp>(s); });
    registry.add("adagrad",
                 [](const OptimizerSettings& s) { return std::make_unique<Adagrad>(s); });
    return registry;
}

}  // namespace

const Registry<Optimizer, const OptimizerSettings&>& optimizerRegistry() {
    // Built once (function statics initialise thread-safely), read-only after.
    static const OptimizerRegistry registry = buildOptimizerRegistry();
    return registry;
}

}  // namespace hyperlab
