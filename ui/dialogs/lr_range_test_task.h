#pragma once

#include "dialogs/background_task.h"
#include "train/lr_range_test.h"
#include "train/run_config.h"

namespace hyperlab::ui {

/// Runs the learning-rate range test (core/train/lr_range_test.h) on a
/// worker thread. Signals arrive on the GUI thread; progress carries the
/// curve so far (at most ~20 times a second). cancel() returns at once; the
/// destructor stops and joins the worker, so the dialog may close mid-run.
class LrRangeTestTask : public BackgroundTask {
    Q_OBJECT
public:
    using BackgroundTask::BackgroundTask;

    void start(const RunConfig& config);

Q_SIGNALS:
    void progress(int done, int total, const std::vector<hyperlab::LrRangePoint>& points);
    void finished(const hyperlab::LrRangeTestResult& result);
    void failed(const QString& reason);
};

}  // namespace hyperlab::ui
