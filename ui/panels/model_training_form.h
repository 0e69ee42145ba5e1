#pragma once

#include <QHash>
#include <QString>
#include <QWidget>
#include <optional>

#include "common/tensor.h"
#include "data/dataset.h"
#include "train/run_config.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hyperlab::ui {

class ConvLayersEditor;
class HiddenLayersEditor;
class IntegerSpinBox;
class LogScaleEdit;
class NumberSpinBox;

/// The Model & Training form: every field of ModelConfig and TrainingConfig
/// (docs/config.md), each with a tooltip from HyperparameterHelp. Settings
/// that only one optimizer, loss, activation or schedule uses are shown only
/// when it is chosen. The form round-trips exactly: setConfig(c) then
/// config() == c for any valid config.
///
/// Validation is the core's: after every change the whole config goes
/// through hyperlab::validate (and validateAgainstInput once the dataset's
/// shape is known); the first problem is shown in a message line and the
/// widget of the field it names is outlined in red.
class ModelTrainingForm : public QWidget {
    Q_OBJECT

public:
    explicit ModelTrainingForm(QWidget* parent = nullptr);

    /// Model and training from `config`; its dataset part is kept and
    /// returned by config() until setDatasetConfig replaces it.
    void setConfig(const RunConfig& config);
    RunConfig config() const;

    /// The dataset the config will train on (validation of the split and of
    /// early stopping depends on it).
    void setDatasetConfig(const DatasetConfig& dataset);
    /// What the loaded data looks like, for validateAgainstInput; nullopt
    /// when not loaded yet.
    struct InputInfo {
        Shape shape;
        Task task = Task::Classification;
        int classCount = 0;
    };
    void setInputInfo(std::optional<InputInfo> info);

    /// Empty when the config is valid; else the core's message.
    QString validationMessage() const { return m_message; }
    /// The dotted field path of the current problem (empty when valid).
    QString invalidField() const { return m_invalidField; }
    bool isValid() const { return m_message.isEmpty(); }
    /// The widget that edits a dotted config path (list items map to their
    /// editor), or null.
    QWidget* editorFor(const QString& path) const;

public Q_SLOTS:
    void revalidate();

Q_SIGNALS:
    /// Any field changed (after revalidation).
    void configChanged();
    void validityChanged(bool valid);
    /// The "Find…" button beside the learning rate (the range test).
    void findLearningRateRequested();

private:
    QWidget* buildModelGroup();
    QWidget* buildTrainingGroup();
    QWidget* buildScheduleGroup();
    void updateVisibility();
    void addRow(QFormLayout* form, const QString& path, QWidget* editor);
    void markInvalid(QWidget* editor, bool invalid);
    /// The text of a number field that is not a number yet; null otherwise.
    static QString unfinishedNumber(QWidget* editor);
    void onChanged();

    DatasetConfig m_dataset;
    std::optional<InputInfo> m_input;
    bool m_loading = false;
    QString m_message;
    QString m_invalidField;
    QWidget* m_marked = nullptr;
    QHash<QString, QWidget*> m_editors;  // generic path -> editor
    QHash<QWidget*, QFormLayout*> m_rowForms;

    HiddenLayersEditor* m_hidden = nullptr;
    ConvLayersEditor* m_conv = nullptr;
    QComboBox* m_activation = nullptr;
    NumberSpinBox* m_activationParameter = nullptr;
    NumberSpinBox* m_dropout = nullptr;
    QComboBox* m_init = nullptr;
    NumberSpinBox* m_initScale = nullptr;
    QCheckBox* m_batchNorm = nullptr;

    QComboBox* m_loss = nullptr;
    NumberSpinBox* m_huberDelta = nullptr;
    QComboBox* m_optimizer = nullptr;
    LogScaleEdit* m_learningRate = nullptr;
    NumberSpinBox* m_momentum = nullptr;
    QCheckBox* m_nesterov = nullptr;
    NumberSpinBox* m_beta1;
    NumberSpinBox* m_beta2;
    NumberSpinBox* m_epsilon = nullptr;
    NumberSpinBox* m_rho = nullptr;
    NumberSpinBox* m_weightDecay = nullptr;
    NumberSpinBox* m_gradientClip = nullptr;
    IntegerSpinBox* m_epochs = nullptr;
    IntegerSpinBox* m_batchSize = nullptr;
    QLineEdit* m_seed = nullptr;
    IntegerSpinBox* m_esPatience = nullptr;
    NumberSpinBox* m_esMinDelta = nullptr;
    QComboBox* m_esMonitor = nullptr;

    QComboBox* m_schedule = nullptr;
    IntegerSpinBox* m_stepSize = nullptr;
    NumberSpinBox* m_gamma = nullptr;
    QLineEdit* m_milestones = nullptr;
    NumberSpinBox* m_minLr = nullptr;
    IntegerSpinBox* m_warmup = nullptr;
    NumberSpinBox* m_factor = nullptr;
    IntegerSpinBox* m_plateauPatience = nullptr;
    NumberSpinBox* m_maxLr = nullptr;
    NumberSpinBox* m_pctStart = nullptr;

    QLabel* m_messageLabel = nullptr;
};

}  // namespace hyperlab::ui
