#pragma once

#include <string>

namespace hyperlab {

/// This process's worker id in a shared study: "host:pid", unique among the
/// processes working on a study at one time (stored on the trials it runs).
std::string localPgWorkerId();

}  // namespace hyperlab
