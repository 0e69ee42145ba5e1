#include "study/execution/trial_diagnosis.h"

namespace hyperlab {

std::vector<Finding> diagnoseTrial(const Trial& t) {
    if (t.config.is_null() || (t.state != TrialState::Completed && t.state != TrialState::Failed))
        return {};
    return diagnose({t.history, t.divergence, t.classification});
}

}  // namespace hyperlab
