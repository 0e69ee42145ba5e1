#include "nn/initializers/initializer.h"
#include "nn/initializers/kaiming_normal.h"
#include "nn/initializers/kaiming_uniform.h"
#include "nn/initializers/lecun_normal.h"
#include "nn/initializers/normal.h"
#include "nn/initializers/uniform.h"
#include "nn/initializers/xavier_normal.h"
#include "nn/initializers/xavier_uniform.h"

namespace hyperlab {

namespace {

Registry<Initializer, double> buildInitializerRegistry() {
    Registry<Initializer, double> registry;
    registry.add("xavier_uniform", [](double) { return std::make_unique<XavierUniform>(); });
    registry.add("xavier_normal", [](double) { return std::make_unique<XavierNormal>(); });
    registry.add("kaiming_uniform", [](double) { return std::make_unique<KaimingUniform>(); });
    registry.add("kaiming_normal", [](double) { return std::make_unique<KaimingNormal>(); });
    registry.add("lecun_normal", [](double) { return std::make_unique<LecunNormal>(); });
    registry.add("uniform", [](double scale) { return std::make_unique<Uniform>(scale); });
    registry.add("normal", [](double scale) { return std::make_unique<Normal>(scale); });
    return registry;
}

}  // namespace

const Registry<Initializer, double>& initializerRegistry() {
    // Built once; function-static initialisation is thread-safe and the
    // registry is read-only afterwards.
    static const Registry<Initializer, double> registry = buildInitializerRegistry();
    return registry;
}

}  // namespace hyperlab
