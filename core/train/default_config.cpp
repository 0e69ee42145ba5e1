#include "train/default_config.h"

namespace hyperlab {

RunConfig defaultRunConfig() {
    // The defaults live in one place, the member initialisers of RunConfig,
    // so `{}` in a config file is exactly this run.
    return RunConfig{};
}

}  // namespace hyperlab
