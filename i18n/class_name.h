#pragma once

#include <QString>

#include <string>

namespace hyperlab::ui {

/// A dataset's class name in the interface language: the Fashion-MNIST
/// garments and the generated sets' "class N". Names read from the user's
/// own files (CSV labels) are shown as written.
QString translateClassName(const std::string& name);

}  // namespace hyperlab::ui
