#pragma once

#include <QWidget>
#include <memory>

#include "data/dataset.h"
#include "train/run_config.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace hyperlab::ui {

class DataPreview;
class NumberSpinBox;

/// The Dataset panel: choose a generated set (samples, noise, seed, with a
/// scatter preview), Fashion-MNIST (a thumbnail grid and the class names, or
/// how to install it), or import IDX or CSV files (preview table, label
/// column); then the validation and test shares. Edits DatasetConfig exactly
/// (round trip), and loads a small preview of the data through the core's
/// loadDataset, which MainWindow also uses to check the model against the
/// data's shape.
class DatasetPanel : public QWidget {
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget* parent = nullptr);

    DatasetConfig config() const;
    void setConfig(const DatasetConfig& config);

    /// The preview data (a capped sample of the chosen set); null when it
    /// could not be loaded (see previewError()).
    std::shared_ptr<const Dataset> previewDataset() const { return m_preview; }
    QString previewError() const { return m_previewError; }
    /// Loads the preview now instead of after the short typing pause.
    void refreshPreview();

Q_SIGNALS:
    void configChanged();
    /// The preview was reloaded (shape, task or class count may differ).
    void previewChanged();

private:
    void onChanged();
    void updatePage();
    void loadCsvHeader();
    QString browse(QLineEdit* target, const QString& filter, bool directory = false);

    bool m_loading = false;
    DatasetConfig m_extra;  // fields no widget shows for the current kind
    std::shared_ptr<const Dataset> m_preview;
    QString m_previewError;

    QComboBox* m_name = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSpinBox* m_samples = nullptr;
    NumberSpinBox* m_noise = nullptr;
    QLineEdit* m_seed = nullptr;
    QLineEdit* m_fashionPath = nullptr;
    QLabel* m_fashionStatus = nullptr;
    QLineEdit* m_idxImages = nullptr;
    QLineEdit* m_idxLabels = nullptr;
    QLineEdit* m_csvPath = nullptr;
    QComboBox* m_labelColumn = nullptr;
    QComboBox* m_csvTask = nullptr;
    QTableWidget* m_csvTable = nullptr;
    NumberSpinBox* m_testFraction = nullptr;
    NumberSpinBox* m_validationFraction = nullptr;
    QSpinBox* m_limit = nullptr;
    QLabel* m_summary = nullptr;
    DataPreview* m_previewWidget = nullptr;
    QTimer* m_previewTimer = nullptr;
};

}  // namespace hyperlab::ui
