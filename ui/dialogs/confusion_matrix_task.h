#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

#include "dialogs/background_task.h"
#include "train/confusion_matrix.h"

namespace hyperlab::ui {

/// Trains a config again on a worker thread and computes the confusion
/// matrix of the resulting network on the split's test samples (core
/// Trainer + confusionMatrixOf). Signals arrive on the GUI thread; the
/// destructor cancels and joins, so it is safe to close the dialog mid-run.
class ConfusionMatrixTask : public BackgroundTask {
    Q_OBJECT
public:
    using BackgroundTask::BackgroundTask;

    /// Starts (or restarts) the computation for a full config JSON.
    void start(const nlohmann::json& config);

Q_SIGNALS:
    /// Fraction done in [0, 1] and a short status text.
    void progress(double fraction, const QString& text);
    /// The matrix, the class names and the test accuracy the retrained
    /// network reached.
    void finished(const hyperlab::ConfusionMatrix& matrix, const QStringList& classNames,
                  double testAccuracy);
    void failed(const QString& reason);
};

}  // namespace hyperlab::ui
