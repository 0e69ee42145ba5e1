#pragma once

namespace hyperlab::ui {

/// Whether HyperLab opens message boxes (errors, "exported", "restart now?",
/// "a study is running"). The tests and the screenshot tour turn them off:
/// a box would wait for a click nobody makes. What a box would say is still
/// shown in the status bar. On by default.
void setMessageBoxesEnabled(bool enabled);
bool messageBoxesEnabled();

}  // namespace hyperlab::ui
