#pragma once

#include <QDialog>

#include "train/lr_range_test.h"
#include "train/run_config.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace hyperlab::ui {

class LrRangeChart;
class LrRangeTestTask;

/// "Find learning rate": runs the learning-rate range test (Smith 2017) on
/// the form's config off the GUI thread, with progress and Stop, draws the
/// smoothed loss against the rate and offers the suggestion in one click:
/// as the form's learning rate, or as a log range for the search.
class LrFinderDialog : public QDialog {
    Q_OBJECT
public:
    explicit LrFinderDialog(const RunConfig& config, QWidget* parent = nullptr);
    ~LrFinderDialog() override;

    /// Starts (again); the constructor already does.
    void start();
    void stop();

    LrRangeTestTask* task() const { return m_task; }
    LrRangeChart* chart() const { return m_chart; }
    /// The result once finished (cancelled = true before).
    const LrRangeTestResult& result() const { return m_result; }

Q_SIGNALS:
    /// "Use as learning rate" was clicked.
    void learningRateChosen(double rate);
    /// "Search this range" was clicked: low..high on a log scale.
    void searchRangeChosen(double low, double high);

private:
    void showResult(const LrRangeTestResult& result);
    void setRunning(bool running);

    RunConfig m_config;
    LrRangeTestResult m_result;
    LrRangeTestTask* m_task = nullptr;
    LrRangeChart* m_chart = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_useButton = nullptr;
    QPushButton* m_searchButton = nullptr;
};

}  // namespace hyperlab::ui
