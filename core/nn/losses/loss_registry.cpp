#include "nn/losses/binary_cross_entropy.h"
#include "nn/losses/cross_entropy.h"
#include "nn/losses/huber.h"
#include "nn/losses/l1.h"
#include "nn/losses/loss.h"
#include "nn/losses/mse.h"

namespace hyperlab {

namespace {

Registry<Loss, double> buildLossRegistry() {
    Registry<Loss, double> registry;
    registry.add("cross_entropy", [](double) { return std::make_unique<CrossEntropy>(); });
    registry.add("binary_cross_entropy",
                 [](double) { return std::make_unique<BinaryCrossEntropy>(); });
    registry.add("mse", [](double) { return std::make_unique<Mse>(); });
    registry.add("huber", [](double delta) { return std::make_unique<Huber>(delta); });
    registry.add("l1", [](double) { return std::make_unique<L1>(); });
    return registry;
}

}  // namespace

const Registry<Loss, double>& lossRegistry() {
    // Built once; function-static initialisation is thread-safe and the
    // registry is read-only afterwards.
    static const Registry<Loss, double> registry = buildLossRegistry();
    return registry;
}

}  // namespace hyperlab
