#pragma once

#include <QDialog>

#include "train/run_config.h"
#include "train/seed_spread.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace hyperlab::ui {

class BackgroundTask;
class SeedBandChart;

/// "How much does the seed matter?": trains one config with k training
/// seeds off the GUI thread (progress, Stop) and shows the validation
/// quality per epoch as the mean with its min..max band, and the final
/// value as mean ± standard deviation.
class SeedSpreadDialog : public QDialog {
    Q_OBJECT
public:
    SeedSpreadDialog(const RunConfig& config, int seeds, QWidget* parent = nullptr);
    ~SeedSpreadDialog() override;

    /// Asks for k (2 to 20, default 5) in a small dialog; 0 when cancelled.
    static int askSeedCount(QWidget* parent);

    void stop();
    bool isRunning() const;
    /// The result once finished (empty runs before).
    const SeedSpreadResult& result() const { return m_result; }
    SeedBandChart* chart() const { return m_chart; }

private:
    void showResult(const SeedSpreadResult& result);

    SeedSpreadResult m_result;
    BackgroundTask* m_task = nullptr;
    SeedBandChart* m_chart = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_stopButton = nullptr;
};

}  // namespace hyperlab::ui
