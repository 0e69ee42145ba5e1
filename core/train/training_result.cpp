#include "train/training_result.h"

namespace hyperlab {

const char* toString(RunStatus status) {
    switch (status) {
        case RunStatus::Completed:
            return "completed";
        case RunStatus::Failed:
            return "failed";
        case RunStatus::Stopped:
            return "stopped";
    }
    return "unknown";
}

}  // namespace hyperlab
