#include "search/pruners/pruner.h"

#include "search/pruners/median_pruner.h"
#include "search/pruners/nop_pruner.h"
#include "search/pruners/successive_halving_pruner.h"

namespace hyperlab {

const Registry<Pruner, const PrunerSettings&>& prunerRegistry() {
    static const auto registry = [] {
        Registry<Pruner, const PrunerSettings&> r;
        r.add("none", [](const PrunerSettings&) { return std::make_unique<NopPruner>(); });
        r.add("median", [](const PrunerSettings& s) { return std::make_unique<MedianPruner>(s); });
        r.add("asha",
              [](const PrunerSettings& s) { return std::make_unique<SuccessiveHalvingPruner>(s); });
        return r;
    }();
    return registry;
}

}  // namespace hyperlab
