#include "dialogs/lr_finder_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "charts/lr_range_chart.h"
#include "dialogs/lr_range_test_task.h"

namespace hyperlab::ui {

namespace {

QString rateText(double rate) {
    return QString::number(rate, 'g', 3);
}

}  // namespace

LrFinderDialog::LrFinderDialog(const RunConfig& config, QWidget* parent)
    : QDialog(parent), m_config(config) {
    setWindowTitle(tr("Find learning rate"));
    m_result.cancelled = true;
    const LrRangeTestOptions options;
    auto* intro = new QLabel(
        tr("Trains %1 batches while the learning rate grows from %2 to %3 and plots the "
           "smoothed training loss (Smith's range test, 2017). Good rates lie where the loss "
           "falls fastest, before it turns up.")
            .arg(options.batches)
            .arg(rateText(options.startRate), rateText(options.endRate)));
    intro->setWordWrap(true);
    m_chart = new LrRangeChart(this);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lrFinderStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_runButton = new QPushButton(tr("Run again"), this);
    m_useButton = new QPushButton(this);
    m_useButton->setToolTip(tr("Put the suggested rate into the form's learning rate"));
    m_searchButton = new QPushButton(this);
    m_searchButton->setToolTip(
        tr("Search the learning rate over the suggested range on a log scale"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);
    progressRow->addWidget(m_runButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_useButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_searchButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_chart, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_task = new LrRangeTestTask(this);
    connect(m_task, &LrRangeTestTask::progress, this,
            [this](int done, int total, const std::vector<LrRangePoint>& points) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_chart->setPoints(points);
                if (!points.empty())
                    m_status->setText(tr("Batch %1 of %2: learning rate %3")
                                          .arg(done)
                                          .arg(total)
                                          .arg(rateText(points.back().learningRate)));
            });
    connect(m_task, &LrRangeTestTask::finished, this, &LrFinderDialog::showResult);
    connect(m_task, &LrRangeTestTask::failed, this, [this](const QString& why) {
        setRunning(false);
        m_status->setText(tr("The range test failed: %1").arg(why));
    });
    connect(m_task, &LrRangeTestTask::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Stopped."));
    });
    connect(m_stopButton, &QPushButton::clicked, this, &LrFinderDialog::stop);
    connect(m_runButton, &QPushButton::clicked, this, &LrFinderDialog::start);
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        Q_EMIT learningRateChosen(m_result.suggested);
        m_status->setText(tr("Learning rate set to %1.").arg(rateText(m_result.suggested)));
    });
    connect(m_searchButton, &QPushButton::clicked, this, [this] {
        Q_EMIT searchRangeChosen(m_result.low, m_result.high);
        m_status->setText(tr("The search setup now searches the learning rate from %1 to %2.")
                              .arg(rateText(m_result.low), rateText(m_result.high)));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
    start();
}

LrFinderDialog::~LrFinderDialog() = default;

void LrFinderDialog::start() {
    m_result = {};
    m_result.cancelled = true;
    m_chart->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Loading the dataset…"));
    setRunning(true);
    m_task->start(m_config);
}

void LrFinderDialog::stop() {
    m_task->cancel();
}

void LrFinderDialog::setRunning(bool running) {
    m_stopButton->setEnabled(running);
    m_runButton->setEnabled(!running);
    const bool haveResult = !running && !m_result.cancelled;
    m_useButton->setEnabled(haveResult);
    m_searchButton->setEnabled(haveResult);
    if (!haveResult) {
        m_useButton->setText(tr("Use as learning rate"));
        m_searchButton->setText(tr("Search this range"));
    }
}

void LrFinderDialog::showResult(const LrRangeTestResult& result) {
    m_result = result;
    m_chart->setResult(result);
    m_progress->setValue(m_progress->maximum());
    setRunning(false);
    m_useButton->setText(tr("Use %1").arg(rateText(result.suggested)));
    m_searchButton->setText(
        tr("Search %1 to %2 (log)").arg(rateText(result.low), rateText(result.high)));
    QString text =
        tr("Suggested learning rate: %1 (range %2 to %3).")
            .arg(rateText(result.suggested), rateText(result.low), rateText(result.high));
    if (result.exploded)
        text += QLatin1Char(' ') + tr("The loss exploded at %1, where the test stopped.")
                                       .arg(rateText(result.points.back().learningRate));
    m_status->setText(text);
}

}  // namespace hyperlab::ui
