#include "dialogs/message_boxes.h"

#include <atomic>

namespace hyperlab::ui {

namespace {
std::atomic<bool> g_enabled{true};
}

void setMessageBoxesEnabled(bool enabled) {
    g_enabled = enabled;
}

bool messageBoxesEnabled() {
    return g_enabled;
}

}  // namespace hyperlab::ui
