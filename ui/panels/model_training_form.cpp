#include "panels/model_training_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "common/errors.h"
#include "i18n/core_message.h"
#include "i18n/hyperparameter_help.h"
#include "io/config_validation.h"
#include "nn/activations/activation.h"
#include "nn/initializers/initializer.h"
#include "nn/losses/loss.h"
#include "nn/optimizers/optimizer.h"
#include "nn/schedules/lr_schedule.h"
#include "widgets/conv_layers_editor.h"
#include "widgets/hidden_layers_editor.h"
#include "widgets/integer_spin_box.h"
#include "widgets/log_scale_edit.h"
#include "widgets/number_spin_box.h"

namespace hyperlab::ui {

namespace {

/// Display names for config values; the value itself when there is none.
QString choiceLabel(const QString& name) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("relu"), QT_TRANSLATE_NOOP("ModelTrainingForm", "ReLU")},
        {QStringLiteral("leaky_relu"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Leaky ReLU")},
        {QStringLiteral("elu"), QT_TRANSLATE_NOOP("ModelTrainingForm", "ELU")},
        {QStringLiteral("gelu"), QT_TRANSLATE_NOOP("ModelTrainingForm", "GELU")},
        {QStringLiteral("sigmoid"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Sigmoid")},
        {QStringLiteral("tanh"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Tanh")},
        {QStringLiteral("linear"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Linear (none)")},
        {QStringLiteral("kaiming_uniform"),
         QT_TRANSLATE_NOOP("ModelTrainingForm", "Kaiming/He uniform")},
        {QStringLiteral("kaiming_normal"),
         QT_TRANSLATE_NOOP("ModelTrainingForm", "Kaiming/He normal")},
        {QStringLiteral("xavier_uniform"),
         QT_TRANSLATE_NOOP("ModelTrainingForm", "Xavier/Glorot uniform")},
        {QStringLiteral("xavier_normal"),
         QT_TRANSLATE_NOOP("ModelTrainingForm", "Xavier/Glorot normal")},
        {QStringLiteral("lecun_normal"), QT_TRANSLATE_NOOP("ModelTrainingForm", "LeCun normal")},
        {QStringLiteral("uniform"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Uniform")},
        {QStringLiteral("normal"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Normal")},
        {QStringLiteral("cross_entropy"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Cross-entropy")},
        {QStringLiteral("binary_cross_entropy"),
         QT_TRANSLATE_NOOP("ModelTrainingForm", "Binary cross-entropy")},
        {QStringLiteral("mse"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Mean squared error")},
        {QStringLiteral("huber"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Huber")},
        {QStringLiteral("l1"), QT_TRANSLATE_NOOP("ModelTrainingForm", "L1 (mean absolute error)")},
        {QStringLiteral("sgd"), QT_TRANSLATE_NOOP("ModelTrainingForm", "SGD")},
        {QStringLiteral("adam"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Adam")},
        {QStringLiteral("adamw"), QT_TRANSLATE_NOOP("ModelTrainingForm", "AdamW")},
        {QStringLiteral("rmsprop"), QT_TRANSLATE_NOOP("ModelTrainingForm", "RMSProp")},
        {QStringLiteral("adagrad"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Adagrad")},
        {QStringLiteral("constant"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Constant")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Step")},
        {QStringLiteral("multi_step"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Multi-step")},
        {QStringLiteral("exponential"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Exponential")},
        {QStringLiteral("cosine"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Cosine annealing")},
        {QStringLiteral("plateau"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Reduce on plateau")},
        {QStringLiteral("one_cycle"), QT_TRANSLATE_NOOP("ModelTrainingForm", "One-cycle")},
        {QStringLiteral("val_loss"), QT_TRANSLATE_NOOP("ModelTrainingForm", "Validation loss")},
        {QStringLiteral("val_accuracy"),
         QT_TRANSLATE_NOOP("ModelTrainingForm", "Validation accuracy")},
    };
    const auto it = labels.find(name);
    return it == labels.end() ? name : QCoreApplication::translate("ModelTrainingForm", *it);
}

/// Curated order first, then anything else the registry knows.
QComboBox* makeCombo(QStringList order, const std::vector<std::string>& registered) {
    auto* combo = new QComboBox;
    for (const std::string& name : registered)
        if (!order.contains(QString::fromStdString(name)))
            order << QString::fromStdString(name);
    for (const QString& name : order)
        if (registered.empty() ||
            std::find(registered.begin(), registered.end(), name.toStdString()) != registered.end())
            combo->addItem(choiceLabel(name), name);
    return combo;
}

void setChoice(QComboBox* combo, const std::string& value) {
    const QString v = QString::fromStdString(value);
    int index = combo->findData(v);
    if (index < 0) {  // keep an unknown value visible so validation can name it
        combo->addItem(v, v);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

std::string choice(const QComboBox* combo) {
    return combo->currentData().toString().toStdString();
}

NumberSpinBox* number(double lo, double hi, double step, bool log = false) {
    auto* spin = new NumberSpinBox;
    spin->setRange(lo, hi);
    spin->setStep(step, log);
    return spin;
}

IntegerSpinBox* integer(int lo, int hi) {
    return new IntegerSpinBox(lo, hi);
}

}  // namespace

ModelTrainingForm::ModelTrainingForm(QWidget* parent) : QWidget(parent) {
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(buildModelGroup());
    column->addWidget(buildTrainingGroup());
    column->addWidget(buildScheduleGroup());
    column->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("validationMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(
        QStringLiteral("QLabel { color: #a40000; background: #fde7e7; border: 1px solid #e6a0a0; "
                       "padding: 4px; }"));
    m_messageLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageLabel);
    layout->addWidget(scroll, 1);

    // Every editor reports through onChanged.
    for (QWidget* w : m_editors) {
        if (auto* c = qobject_cast<QComboBox*>(w))
            connect(c, &QComboBox::currentIndexChanged, this, &ModelTrainingForm::onChanged);
        else if (auto* i = qobject_cast<IntegerSpinBox*>(w)) {
            connect(i, &QSpinBox::valueChanged, this, &ModelTrainingForm::onChanged);
            connect(i, &IntegerSpinBox::textEdited, this, &ModelTrainingForm::onChanged);
        } else if (auto* n = qobject_cast<NumberSpinBox*>(w)) {
            connect(n, &NumberSpinBox::valueChanged, this, &ModelTrainingForm::onChanged);
            connect(n, &NumberSpinBox::textValidityChanged, this, &ModelTrainingForm::onChanged);
        } else if (auto* b = qobject_cast<QCheckBox*>(w))
            connect(b, &QCheckBox::toggled, this, &ModelTrainingForm::onChanged);
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            connect(e, &QLineEdit::textChanged, this, &ModelTrainingForm::onChanged);
    }
    connect(m_learningRate, &LogScaleEdit::valueChanged, this, &ModelTrainingForm::onChanged);
    connect(m_learningRate->spinBox(), &NumberSpinBox::textValidityChanged, this,
            &ModelTrainingForm::onChanged);
    connect(m_hidden, &HiddenLayersEditor::changed, this, &ModelTrainingForm::onChanged);
    connect(m_conv, &ConvLayersEditor::changed, this, &ModelTrainingForm::onChanged);

    setConfig(RunConfig{});
}

void ModelTrainingForm::addRow(QFormLayout* form, const QString& path, QWidget* editor) {
    editor->setObjectName(path);
    editor->setToolTip(HyperparameterHelp::tooltip(path));
    auto* label = new QLabel(HyperparameterHelp::label(path));
    label->setToolTip(editor->toolTip());
    form->addRow(label, editor);
    m_editors.insert(path, editor);
    m_rowForms.insert(editor, form);
}

QWidget* ModelTrainingForm::buildModelGroup() {
    auto* group = new QGroupBox(tr("Model"));
    auto* form = new QFormLayout(group);
    m_hidden = new HiddenLayersEditor;
    addRow(form, QStringLiteral("model.hidden_layers"), m_hidden);
    m_conv = new ConvLayersEditor;
    addRow(form, QStringLiteral("model.conv_layers"), m_conv);
    m_activation = makeCombo({"relu", "leaky_relu", "elu", "gelu", "tanh", "sigmoid", "linear"},
                             activationRegistry().names());
    addRow(form, QStringLiteral("model.activation"), m_activation);
    m_activationParameter = number(0.0, 10.0, 0.01);
    addRow(form, QStringLiteral("model.activation_parameter"), m_activationParameter);
    m_dropout = number(0.0, 0.99, 0.05);
    addRow(form, QStringLiteral("model.dropout"), m_dropout);
    m_init = makeCombo({"kaiming_uniform", "kaiming_normal", "xavier_uniform", "xavier_normal",
                        "lecun_normal", "uniform", "normal"},
                       initializerRegistry().names());
    addRow(form, QStringLiteral("model.init"), m_init);
    m_initScale = number(1e-6, 10.0, std::sqrt(10.0), true);
    addRow(form, QStringLiteral("model.init_scale"), m_initScale);
    m_batchNorm = new QCheckBox(tr("after each layer, before the activation"));
    addRow(form, QStringLiteral("model.batch_norm"), m_batchNorm);
    return group;
}

QWidget* ModelTrainingForm::buildTrainingGroup() {
    auto* group = new QGroupBox(tr("Training"));
    auto* form = new QFormLayout(group);
    m_loss = makeCombo({"cross_entropy", "binary_cross_entropy", "mse", "huber", "l1"},
                       lossRegistry().names());
    addRow(form, QStringLiteral("training.loss"), m_loss);
    m_huberDelta = number(1e-6, 1e6, 0.1);
    addRow(form, QStringLiteral("training.huber_delta"), m_huberDelta);
    m_optimizer =
        makeCombo({"sgd", "adam", "adamw", "rmsprop", "adagrad"}, optimizerRegistry().names());
    addRow(form, QStringLiteral("training.optimizer"), m_optimizer);
    m_learningRate = new LogScaleEdit(1e-7, 10.0);
    addRow(form, QStringLiteral("training.learning_rate"), m_learningRate);
    {
        // The range test, where the rate is chosen (the Tools menu has it too).
        auto* find = new QToolButton(m_learningRate);
        find->setObjectName(QStringLiteral("findLearningRate"));
        find->setText(tr("Find…"));
        find->setToolTip(
            tr("Learning-rate range test: try rates from 1e-7 to 10 in a few "
               "hundred batches and get a suggestion"));
        m_learningRate->layout()->addWidget(find);
        connect(find, &QToolButton::clicked, this, &ModelTrainingForm::findLearningRateRequested);
    }
    m_momentum = number(0.0, 0.999, 0.05);
    addRow(form, QStringLiteral("training.momentum"), m_momentum);
    m_nesterov = new QCheckBox(tr("look-ahead gradient"));
    addRow(form, QStringLiteral("training.nesterov"), m_nesterov);
    m_beta1 = number(0.0, 0.9999, 0.01);
    addRow(form, QStringLiteral("training.beta1"), m_beta1);
    m_beta2 = number(0.0, 0.99999, 0.001);
    addRow(form, QStringLiteral("training.beta2"), m_beta2);
    m_epsilon = number(1e-12, 1.0, 10.0, true);
    addRow(form, QStringLiteral("training.epsilon"), m_epsilon);
    m_rho = number(0.0, 0.9999, 0.01);
    addRow(form, QStringLiteral("training.rho"), m_rho);
    m_weightDecay = number(0.0, 1.0, 1e-4);
    addRow(form, QStringLiteral("training.weight_decay"), m_weightDecay);
    m_gradientClip = number(0.0, 1e6, 0.5);
    addRow(form, QStringLiteral("training.gradient_clip"), m_gradientClip);
    m_epochs = integer(1, 10000);
    addRow(form, QStringLiteral("training.epochs"), m_epochs);
    m_batchSize = integer(1, 65536);
    addRow(form, QStringLiteral("training.batch_size"), m_batchSize);
    m_seed = new QLineEdit;
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
    addRow(form, QStringLiteral("training.seed"), m_seed);
    m_esPatience = integer(0, 10000);
    m_esPatience->setLowestValueText(tr("off"));
    addRow(form, QStringLiteral("training.early_stopping.patience"), m_esPatience);
    m_esMinDelta = number(0.0, 1e6, 1e-4);
    addRow(form, QStringLiteral("training.early_stopping.min_delta"), m_esMinDelta);
    m_esMonitor = makeCombo({"val_loss", "val_accuracy"}, {});
    addRow(form, QStringLiteral("training.early_stopping.monitor"), m_esMonitor);
    return group;
}

QWidget* ModelTrainingForm::buildScheduleGroup() {
    auto* group = new QGroupBox(tr("Learning-rate schedule"));
    auto* form = new QFormLayout(group);
    m_schedule = makeCombo(
        {"constant", "step", "multi_step", "exponential", "cosine", "plateau", "one_cycle"},
        scheduleRegistry().names());
    addRow(form, QStringLiteral("training.lr_schedule.type"), m_schedule);
    m_stepSize = integer(1, 10000);
    addRow(form, QStringLiteral("training.lr_schedule.step_size"), m_stepSize);
    m_gamma = number(1e-6, 1.0, 0.05);
    addRow(form, QStringLiteral("training.lr_schedule.gamma"), m_gamma);
    m_milestones = new QLineEdit;
    m_milestones->setPlaceholderText(tr("e.g. 30, 60"));
    m_milestones->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ,]*")), m_milestones));
    addRow(form, QStringLiteral("training.lr_schedule.milestones"), m_milestones);
    m_minLr = number(0.0, 10.0, 1e-5);
    addRow(form, QStringLiteral("training.lr_schedule.min_lr"), m_minLr);
    m_warmup = integer(0, 10000);
    addRow(form, QStringLiteral("training.lr_schedule.warmup_epochs"), m_warmup);
    m_factor = number(1e-6, 0.999, 0.05);
    addRow(form, QStringLiteral("training.lr_schedule.factor"), m_factor);
    m_plateauPatience = integer(0, 10000);
    addRow(form, QStringLiteral("training.lr_schedule.patience"), m_plateauPatience);
    m_maxLr = number(0.0, 10.0, std::sqrt(10.0), true);
    addRow(form, QStringLiteral("training.lr_schedule.max_lr"), m_maxLr);
    m_pctStart = number(0.01, 0.99, 0.05);
    addRow(form, QStringLiteral("training.lr_schedule.pct_start"), m_pctStart);
    return group;
}

void ModelTrainingForm::setConfig(const RunConfig& config) {
    m_loading = true;
    m_dataset = config.dataset;
    const ModelConfig& m = config.model;
    const TrainingConfig& t = config.training;
    const ScheduleConfig& s = t.schedule;
    m_hidden->setLayers(m.hiddenLayers);
    m_conv->setLayers(m.convLayers);
    setChoice(m_activation, m.activation);
    m_activationParameter->setValue(m.activationParameter);
    m_dropout->setValue(m.dropout);
    setChoice(m_init, m.init);
    m_initScale->setValue(m.initScale);
    m_batchNorm->setChecked(m.batchNorm);
    setChoice(m_loss, t.loss);
    m_huberDelta->setValue(t.huberDelta);
    setChoice(m_optimizer, t.optimizer);
    m_learningRate->setValue(t.learningRate);
    m_momentum->setValue(t.momentum);
    m_nesterov->setChecked(t.nesterov);
    m_beta1->setValue(t.beta1);
    m_beta2->setValue(t.beta2);
    m_epsilon->setValue(t.epsilon);
    m_rho->setValue(t.rho);
    m_weightDecay->setValue(t.weightDecay);
    m_gradientClip->setValue(t.gradientClip);
    m_epochs->setValue(t.epochs);
    m_batchSize->setValue(t.batchSize);
    m_seed->setText(QString::number(t.seed));
    m_esPatience->setValue(t.earlyStopping.patience);
    m_esMinDelta->setValue(t.earlyStopping.minDelta);
    setChoice(m_esMonitor, t.earlyStopping.monitor);
    setChoice(m_schedule, s.type);
    m_stepSize->setValue(s.stepSize);
    m_gamma->setValue(s.gamma);
    QStringList milestones;
    for (int epoch : s.milestones)
        milestones << QString::number(epoch);
    m_milestones->setText(milestones.join(QStringLiteral(", ")));
    m_minLr->setValue(s.minLr);
    m_warmup->setValue(s.warmupEpochs);
    m_factor->setValue(s.factor);
    m_plateauPatience->setValue(s.patience);
    m_maxLr->setValue(s.maxLr);
    m_pctStart->setValue(s.pctStart);
    m_loading = false;
    onChanged();
}

RunConfig ModelTrainingForm::config() const {
    RunConfig c;
    c.dataset = m_dataset;
    ModelConfig& m = c.model;
    TrainingConfig& t = c.training;
    ScheduleConfig& s = t.schedule;
    m.hiddenLayers = m_hidden->layers();
    m.convLayers = m_conv->layers();
    m.activation = choice(m_activation);
    m.activationParameter = m_activationParameter->value();
    m.dropout = m_dropout->value();
    m.init = choice(m_init);
    m.initScale = m_initScale->value();
    m.batchNorm = m_batchNorm->isChecked();
    t.loss = choice(m_loss);
    t.huberDelta = m_huberDelta->value();
    t.optimizer = choice(m_optimizer);
    t.learningRate = m_learningRate->value();
    t.momentum = m_momentum->value();
    t.nesterov = m_nesterov->isChecked();
    t.beta1 = m_beta1->value();
    t.beta2 = m_beta2->value();
    t.epsilon = m_epsilon->value();
    t.rho = m_rho->value();
    t.weightDecay = m_weightDecay->value();
    t.gradientClip = m_gradientClip->value();
    t.epochs = m_epochs->value();
    t.batchSize = m_batchSize->value();
    t.seed = m_seed->text().toULongLong();
    t.earlyStopping.patience = m_esPatience->value();
    t.earlyStopping.minDelta = m_esMinDelta->value();
    t.earlyStopping.monitor = choice(m_esMonitor);
    s.type = choice(m_schedule);
    s.stepSize = m_stepSize->value();
    s.gamma = m_gamma->value();
    s.milestones.clear();
    for (const QString& part : m_milestones->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            s.milestones.push_back(part.trimmed().toInt());
    s.minLr = m_minLr->value();
    s.warmupEpochs = m_warmup->value();
    s.factor = m_factor->value();
    s.patience = m_plateauPatience->value();
    s.maxLr = m_maxLr->value();
    s.pctStart = m_pctStart->value();
    return c;
}

void ModelTrainingForm::setDatasetConfig(const DatasetConfig& dataset) {
    m_dataset = dataset;
    revalidate();
}

void ModelTrainingForm::setInputInfo(std::optional<InputInfo> info) {
    m_input = std::move(info);
    revalidate();
}

QWidget* ModelTrainingForm::editorFor(const QString& path) const {
    QString generic = HyperparameterHelp::genericPath(path);
    if (generic.startsWith(QLatin1String("model.hidden_layers")))
        return m_hidden;
    if (generic.startsWith(QLatin1String("model.conv_layers")))
        return m_conv;
    if (generic.startsWith(QLatin1String("dataset.")))
        return nullptr;
    // A list item ("...milestones.1") is edited by the list's editor.
    while (generic.endsWith(QLatin1String(".*")))
        generic.chop(2);
    return m_editors.value(generic, nullptr);
}

void ModelTrainingForm::updateVisibility() {
    const QString activation = m_activation->currentData().toString();
    const QString init = m_init->currentData().toString();
    const QString loss = m_loss->currentData().toString();
    const QString opt = m_optimizer->currentData().toString();
    const QString sched = m_schedule->currentData().toString();
    const bool adamLike = opt == QLatin1String("adam") || opt == QLatin1String("adamw");
    const bool es = m_esPatience->value() > 0;
    const std::pair<QWidget*, bool> rows[] = {
        {m_activationParameter,
         activation == QLatin1String("leaky_relu") || activation == QLatin1String("elu")},
        {m_initScale, init == QLatin1String("uniform") || init == QLatin1String("normal")},
        {m_huberDelta, loss == QLatin1String("huber")},
        {m_momentum, opt == QLatin1String("sgd") || opt == QLatin1String("rmsprop")},
        {m_nesterov, opt == QLatin1String("sgd")},
        {m_beta1, adamLike},
        {m_beta2, adamLike},
        {m_epsilon, opt != QLatin1String("sgd")},
        {m_rho, opt == QLatin1String("rmsprop")},
        {m_esMinDelta, es},
        {m_esMonitor, es},
        {m_stepSize, sched == QLatin1String("step")},
        {m_gamma, sched == QLatin1String("step") || sched == QLatin1String("multi_step") ||
                      sched == QLatin1String("exponential")},
        {m_milestones, sched == QLatin1String("multi_step")},
        {m_minLr, sched == QLatin1String("cosine") || sched == QLatin1String("plateau")},
        {m_warmup, sched != QLatin1String("one_cycle")},
        {m_factor, sched == QLatin1String("plateau")},
        {m_plateauPatience, sched == QLatin1String("plateau")},
        {m_maxLr, sched == QLatin1String("one_cycle")},
        {m_pctStart, sched == QLatin1String("one_cycle")},
    };
    for (const auto& [editor, visible] : rows) {
        // Never hide the field a problem is reported on.
        const bool show = visible || editor == m_marked;
        m_rowForms.value(editor)->setRowVisible(editor, show);
    }
}

QString ModelTrainingForm::unfinishedNumber(QWidget* editor) {
    if (auto* log = qobject_cast<LogScaleEdit*>(editor))
        editor = log->spinBox();
    if (auto* number = qobject_cast<NumberSpinBox*>(editor))
        return number->hasValidText() ? QString() : number->text();
    if (auto* integer = qobject_cast<IntegerSpinBox*>(editor))
        return integer->hasAcceptableInput() ? QString() : integer->text();
    return QString();
}

void ModelTrainingForm::markInvalid(QWidget* editor, bool invalid) {
    if (!editor)
        return;
    editor->setProperty("invalid", invalid);
    editor->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #cc0000;") : QString());
}

void ModelTrainingForm::onChanged() {
    if (m_loading)
        return;
    revalidate();
    Q_EMIT configChanged();
}

void ModelTrainingForm::revalidate() {
    if (m_loading)
        return;
    const bool wasValid = isValid();
    QString message, field;
    try {
        // Text that is not a number yet: the config would still hold the
        // last number, which is not what the form shows.
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            const QString text = unfinishedNumber(it.value());
            if (!text.isNull()) {
                field = it.key();
                throw std::runtime_error(tr("%1 (%2): \"%3\" is not a number")
                                             .arg(HyperparameterHelp::label(field), field, text)
                                             .toStdString());
            }
        }
        const RunConfig c = config();
        validate(c);
        if (m_input)
            validateAgainstInput(c, m_input->shape, m_input->task, m_input->classCount);
    } catch (const InputError& e) {
        message = translateError(e);
        field = QString::fromStdString(e.field());
    } catch (const std::exception& e) {
        message = field.isEmpty() ? translateError(e) : QString::fromStdString(e.what());
    }
    markInvalid(m_marked, false);
    m_marked = field.isEmpty() ? nullptr : editorFor(field);
    markInvalid(m_marked, true);
    m_message = message;
    m_invalidField = field;
    m_messageLabel->setText(message.isEmpty() ? QString() : tr("Cannot run: %1").arg(message));
    m_messageLabel->setVisible(!message.isEmpty());
    updateVisibility();
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

}  // namespace hyperlab::ui
