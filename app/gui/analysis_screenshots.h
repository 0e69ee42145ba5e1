#pragma once

#include <QString>

namespace hyperlab::ui {
class MainWindow;
}

/// Runs a short Fashion-MNIST random search (48 trials of an MLP on 3,000
/// images, 2 epochs; learning rate, weight decay, dropout, layers, optimizer
/// and a momentum that only sgd uses) in `studiesRoot`, opens it in `window`
/// and saves its Analysis view into `outputDirectory`: analysis.png (the
/// window at 1600x1000, parallel coordinates), analysis_1280x720.png, and
/// the other tabs alone (analysis_slices.png, analysis_contour.png,
/// analysis_importance.png). Blocks while the search runs (the screenshot
/// tour is offscreen). False when a step failed.
bool saveAnalysisScreenshots(hyperlab::ui::MainWindow& window, const QString& studiesRoot,
                             const QString& outputDirectory);
