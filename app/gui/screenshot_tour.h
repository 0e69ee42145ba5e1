#pragma once

#include <QString>

namespace hyperlab::ui {
class MainWindow;
}

/// Runs a short random search on the default spiral config in `window`,
/// then saves main_window.png (and charts.png, leaderboard.png) into
/// `outputDirectory` and quits the application. Used by
/// scripts/screenshots.sh with QT_QPA_PLATFORM=offscreen.
void runScreenshotTour(hyperlab::ui::MainWindow& window, const QString& outputDirectory);
