#pragma once

#include <string>
#include <string_view>

namespace hyperlab {

/// Life cycle of a trial (Optuna's TrialState): Queued -> Running -> one of
/// Completed, Pruned, Failed, Cancelled. The last four are final.
enum class TrialState { Queued, Running, Completed, Pruned, Failed, Cancelled };

/// "queued", "running", "completed", "pruned", "failed", "cancelled".
std::string_view trialStateName(TrialState state);

/// Parses a name written by trialStateName; throws InputError(field, ...)
/// listing the allowed names otherwise.
TrialState trialStateFromName(std::string_view name, const std::string& field);

/// Completed, pruned, failed or cancelled: the trial will not change again.
inline bool isFinal(TrialState state) {
    return state != TrialState::Queued && state != TrialState::Running;
}

}  // namespace hyperlab
