#include "search/trial_state.h"

#include <array>

#include "common/errors.h"

namespace hyperlab {

namespace {
constexpr std::array<std::string_view, 6> kNames{"queued", "running", "completed",
                                                 "pruned", "failed",  "cancelled"};
}

std::string_view trialStateName(TrialState state) {
    return kNames[static_cast<std::size_t>(state)];
}

TrialState trialStateFromName(std::string_view name, const std::string& field) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return static_cast<TrialState>(i);
    throw InputError(field, problem(ProblemCode::UnknownName,
                                    {"trial state", std::string(name),
                                     "queued, running, completed, pruned, failed, cancelled"}));
}

}  // namespace hyperlab
