#include "dialogs/trial_details_dialog.h"

#include <cmath>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "charts/chart_export.h"
#include "charts/chart_palette.h"
#include "charts/trial_curves_chart.h"
#include "dialogs/confusion_matrix_task.h"
#include "dialogs/confusion_matrix_view.h"
#include "i18n/core_message.h"
#include "i18n/finding_text.h"
#include "io/config_json.h"
#include "models/boundary_store.h"
#include "models/diagnosis_icon.h"
#include "models/leaderboard_model.h"
#include "models/trial_labels.h"
#include "panels/boundary_panel.h"
#include "study/execution/trial_diagnosis.h"

namespace hyperlab::ui {

namespace {

QString fmtMetric(double v, int decimals = 4) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString stateName(TrialState state) {
    return LeaderboardModel::stateText(state);
}

}  // namespace

TrialDetailsDialog::TrialDetailsDialog(TrialSnapshot trial, QWidget* parent,
                                       BoundaryStore* boundaries)
    : QDialog(parent), m_trial(std::move(trial)) {
    setWindowTitle(tr("Trial %1").arg(m_trial ? m_trial->number : -1));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildSummaryTab(), tr("Summary"));
    m_tabs->addTab(buildConfigTab(), tr("Config"));
    m_tabs->addTab(buildCurvesTab(), tr("Curves"));
    m_tabs->addTab(buildConfusionTab(), tr("Confusion matrix"));
    if (boundaries) {
        m_boundary = new BoundaryPanel(boundaries, m_tabs);
        m_boundary->setTrial(m_trial);
        m_tabs->addTab(m_boundary, m_trial && trainsOnImages(m_trial->config)
                                       ? tr("Predictions")
                                       : tr("Decision boundary"));
        // The scrubber's epoch on the curves too, as on the boundary.
        m_curves->setCursorEpoch(boundaries->epoch());
        connect(boundaries, &BoundaryStore::epochChanged, m_curves,
                &TrialCurvesChart::setCursorEpoch);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(820, 620);
}

TrialDetailsDialog::~TrialDetailsDialog() = default;

QWidget* TrialDetailsDialog::buildSummaryTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!m_trial)
        return page;
    const Trial& t = *m_trial;
    const auto add = [&](const QString& label, const QString& value) {
        auto* field = new QLabel(value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
        return field;
    };
    add(tr("State:"), stateName(t.state));
    addDiagnosis(form);
    QString objective = fmtMetric(t.value);
    if (std::isfinite(t.valueStd))
        objective += QStringLiteral(" ± ") + fmtMetric(t.valueStd) +
                     tr(" (over %n repeats)", nullptr, int(t.repeatValues.size()));
    add(tr("Objective:"), objective);
    if (t.test.samples > 0) {
        if (t.classification)
            add(tr("Test accuracy:"), fmtMetric(t.test.accuracy));
        else
            add(tr("Test R² / MAE:"),
                fmtMetric(t.test.r2) + QStringLiteral(" / ") + fmtMetric(t.test.mae));
        add(tr("Test loss:"), fmtMetric(t.test.loss));
        add(tr("Test samples:"), QString::number(t.test.samples));
    }
    if (!t.history.empty()) {
        const EpochMetrics& e = t.history.back();
        add(tr("Last epoch:"),
            t.classification
                ? tr("epoch %1: train loss %2, val loss %3, val accuracy %4")
                      .arg(e.epoch)
                      .arg(fmtMetric(e.trainLoss), fmtMetric(e.valLoss), fmtMetric(e.valAccuracy))
                : tr("epoch %1: train loss %2, val loss %3, val R² %4")
                      .arg(e.epoch)
                      .arg(fmtMetric(e.trainLoss), fmtMetric(e.valLoss), fmtMetric(e.valR2)));
    }
    add(tr("Duration:"), tr("%1 s").arg(t.seconds, 0, 'f', 1));
    if (t.parameterCount > 0)
        add(tr("Parameters:"), QLocale().toString(qlonglong(t.parameterCount)));
    add(tr("Seed:"), QString::number(t.seed));
    QStringList params;
    for (const auto& [path, value] : t.params)
        params << QString::fromStdString(path) + QStringLiteral(" = ") + formatParamValue(value);
    add(tr("Searched values:"), params.isEmpty() ? tr("(none)") : params.join(QLatin1Char('\n')));
    if (!t.reason.empty()) {
        QLabel* reason = add(tr("Reason:"), translateProblem(t.reasonProblem));
        if (t.state == TrialState::Failed)
            reason->setStyleSheet(QStringLiteral("color: #c02020;"));
    }
    return page;
}

void TrialDetailsDialog::addDiagnosis(QFormLayout* form) {
    if (m_trial->config.is_null() ||
        (m_trial->state != TrialState::Completed && m_trial->state != TrialState::Failed))
        return;  // no verdict on a function, or on curves cut short
    const std::vector<Finding> findings = diagnoseTrial(*m_trial);
    if (findings.empty()) {
        auto* fine = new QLabel(tr("The curves show no problem."));
        fine->setObjectName(QStringLiteral("diagnosisNone"));
        form->addRow(tr("Diagnosis:"), fine);
        return;
    }
    auto* list = new QListWidget;
    list->setObjectName(QStringLiteral("diagnosisList"));
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->setIconSize(QSize(20, 20));
    for (const Finding& f : findings) {
        auto* item = new QListWidgetItem(
            diagnosisIcon({f}), tr("%1: %2\nChange: %3")
                                    .arg(FindingText::title(f.code), FindingText::message(f),
                                         FindingText::hyperparameters(f)));
        item->setData(Qt::UserRole, QString::fromUtf8(toString(f.code)));
        list->addItem(item);
    }
    // Three lines per finding (its message may wrap once, then what to
    // change): no scroll bar for the few there are, no empty space below.
    list->setFixedHeight(int(findings.size()) * (3 * list->fontMetrics().lineSpacing() + 8) + 8);
    form->addRow(tr("Diagnosis:"), list);
}

QWidget* TrialDetailsDialog::buildConfigTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* text = new QPlainTextEdit(page);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    const bool hasConfig = m_trial && !m_trial->config.is_null();
    text->setPlainText(hasConfig ? QString::fromStdString(m_trial->config.dump(2))
                                 : tr("This trial evaluates a test function; it has no "
                                      "network config."));
    layout->addWidget(text, 1);
    auto* buttons = new QHBoxLayout;
    auto* copy = new QPushButton(tr("Copy"), page);
    copy->setToolTip(tr("Copy the config JSON to the clipboard"));
    auto* save = new QPushButton(tr("Save as…"), page);
    save->setToolTip(tr("Save the config as a file `hyperlab-cli train` and the form can load"));
    copy->setEnabled(hasConfig);
    save->setEnabled(hasConfig);
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(save, &QPushButton::clicked, this, [this] {
        QString path = QFileDialog::getSaveFileName(
            this, tr("Save config"),
            QStringLiteral("trial_%1.json").arg(m_trial->number, 4, 10, QLatin1Char('0')),
            tr("Config JSON (*.json)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
        try {
            saveRunConfig(runConfigFromJson(m_trial->config), path.toStdString());
        } catch (const std::exception& e) {
            QMessageBox::warning(this, tr("Save config"), translateError(e));
        }
    });
    return page;
}

QWidget* TrialDetailsDialog::buildCurvesTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_curves = new TrialCurvesChart(page);
    if (m_trial) {
        m_curves->setClassification(m_trial->classification);
        m_curves->setTrial(m_trial->number, tr("trial %1").arg(m_trial->number), seriesColor(0));
        m_curves->setHistory(m_trial->number, m_trial->history);
        m_curves->setRepeatHistories(m_trial->number, m_trial->repeatHistories);
    }
    layout->addWidget(m_curves, 1);
    auto* exportButton = new QPushButton(tr("Export…"), page);
    exportButton->setToolTip(tr("Save the curves as a PNG image or an SVG vector drawing"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        exportWidgetImageInteractive(m_curves, this,
                                     QStringLiteral("trial_%1_curves").arg(m_trial->number));
    });
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(exportButton);
    layout->addLayout(row);
    return page;
}

bool TrialDetailsDialog::canComputeMatrix(QString* why) const {
    if (!m_trial || m_trial->config.is_null()) {
        *why = tr("This trial trains no network, so there are no predictions to count.");
        return false;
    }
    if (!m_trial->classification) {
        *why = tr("A confusion matrix counts class predictions; this trial is a regression.");
        return false;
    }
    if (m_trial->state != TrialState::Completed) {
        *why = tr("Only completed trials can be reproduced: this one is %1.")
                   .arg(stateName(m_trial->state));
        return false;
    }
    return true;
}

QWidget* TrialDetailsDialog::buildConfusionTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    QString why;
    const bool possible = canComputeMatrix(&why);
    auto* intro = new QLabel(
        possible ? tr("The study keeps metrics, not predictions. To count which test samples of "
                      "each class were predicted as which class, HyperLab trains this trial's "
                      "config again with the same seed (this gives the same network) and "
                      "classifies the test set.")
                 : why,
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_computeButton = new QPushButton(tr("Compute"), page);
    m_computeButton->setToolTip(tr("Retrain the trial in the background and build the matrix"));
    m_cancelButton = new QPushButton(tr("Cancel"), page);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_matrixStatus = new QLabel(page);
    m_matrixStatus->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export…"), page);
    exportButton->setToolTip(tr("Save the matrix as a PNG image or an SVG vector drawing"));
    exportButton->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_computeButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_progress, 1);
    row->addWidget(exportButton);
    layout->addLayout(row);
    layout->addWidget(m_matrixStatus);

    m_matrixView = new ConfusionMatrixView(page);
    layout->addWidget(m_matrixView, 1);

    m_computeButton->setEnabled(possible);
    m_progress->setVisible(false);
    m_task = new ConfusionMatrixTask(this);
    connect(m_computeButton, &QPushButton::clicked, this,
            &TrialDetailsDialog::computeConfusionMatrix);
    connect(m_cancelButton, &QPushButton::clicked, m_task, &ConfusionMatrixTask::cancel);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        exportWidgetImageInteractive(m_matrixView, this,
                                     QStringLiteral("trial_%1_confusion").arg(m_trial->number));
    });
    const auto idle = [this] {
        m_computeButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        m_progress->setVisible(false);
    };
    connect(m_task, &ConfusionMatrixTask::progress, this,
            [this](double fraction, const QString& text) {
                m_progress->setValue(int(std::lround(1000 * fraction)));
                m_matrixStatus->setText(text);
            });
    connect(m_task, &ConfusionMatrixTask::finished, this,
            [this, idle, exportButton](const ConfusionMatrix& matrix, const QStringList& names,
                                       double accuracy) {
                idle();
                exportButton->setEnabled(true);
                m_matrixView->setMatrix(matrix, names);
                QString text =
                    tr("Test set: %n sample(s), accuracy %1.", nullptr, int(matrix.total()))
                        .arg(fmtMetric(matrix.accuracy()));
                // The retrained network should be the trial's own: say so when it is not.
                if (m_trial->test.samples > 0 && std::abs(m_trial->test.accuracy - accuracy) > 1e-9)
                    text += QLatin1Char(' ') +
                            tr("Note: the trial reported test accuracy %1; the retrained "
                               "network reached %2 (the data or the build changed since).")
                                .arg(fmtMetric(m_trial->test.accuracy), fmtMetric(accuracy));
                else
                    text += QLatin1Char(' ') + tr("Same result as the trial.");
                m_matrixStatus->setText(text);
            });
    connect(m_task, &ConfusionMatrixTask::failed, this, [this, idle](const QString& reason) {
        idle();
        m_matrixStatus->setText(tr("Could not compute the matrix: %1").arg(reason));
    });
    connect(m_task, &ConfusionMatrixTask::cancelled, this, [this, idle] {
        idle();
        m_matrixStatus->setText(tr("Cancelled."));
    });
    return page;
}

void TrialDetailsDialog::computeConfusionMatrix() {
    QString why;
    if (!canComputeMatrix(&why))
        return;
    m_computeButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_matrixView->clear();
    m_task->start(m_trial->config);
}

}  // namespace hyperlab::ui
