#include "panels/live_charts_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "charts/chart_export.h"
#include "charts/chart_palette.h"
#include "charts/optimization_history_chart.h"
#include "charts/trial_curves_chart.h"
#include "common/thread_handoff.h"
#include "models/trial_labels.h"
#include "study/model/leaderboard.h"
#include "study/model/trial_repeats.h"

namespace hyperlab::ui {

LiveChartsPanel::LiveChartsPanel(QWidget* parent) : QWidget(parent) {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kCoalesceMs);
    connect(m_timer, &QTimer::timeout, this, &LiveChartsPanel::flush);

    // Runs on producer threads: only post. QPointer-free because the buffer
    // dies with the panel and the destructor clears the notifier first.
    // (handedOver: the hand-off through Qt's event queue, for TSan; see
    // common/thread_handoff.h.)
    m_buffer.setNotifier([this] {
        QMetaObject::invokeMethod(this, handedOver([this] { scheduleFlush(); }),
                                  Qt::QueuedConnection);
    });

    m_curves = new TrialCurvesChart(this);
    m_history = new OptimizationHistoryChart(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_curves, tr("Learning curves"));
    m_tabs->addTab(m_history, tr("Optimisation history"));
    m_tabs->setTabToolTip(0, tr("Loss, accuracy and learning rate per epoch of the selected "
                                "trials (or of the running trial when none is selected)"));
    m_tabs->setTabToolTip(1, tr("The objective of every finished trial and the best value "
                                "found so far"));

    m_caption = new QLabel(this);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(false);

    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save a chart as a PNG image or an SVG vector drawing"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("Learning curves (all three)…"), this, &LiveChartsPanel::exportCurves);
    const auto addPart = [&](const QString& text, TrialCurvesChart::Part part,
                             const QString& name) {
        menu->addAction(text, this, [this, part, name] {
            flushNow();
            // Through a temporary file name chosen by the dialog, with the
            // chart's own legend (TrialCurvesChart::exportImage adds it).
            exportCurvesPart(int(part), name);
        });
    };
    addPart(tr("Loss chart…"), TrialCurvesChart::Part::Loss, QStringLiteral("loss"));
    addPart(tr("Accuracy chart…"), TrialCurvesChart::Part::Quality, QStringLiteral("accuracy"));
    addPart(tr("Learning-rate chart…"), TrialCurvesChart::Part::LearningRate,
            QStringLiteral("learning_rate"));
    menu->addAction(tr("Optimisation history…"), this, &LiveChartsPanel::exportHistory);
    exportButton->setMenu(menu);

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    rebuildShown();
}

LiveChartsPanel::~LiveChartsPanel() {
    // A producer may still push while the window closes; it must not post to
    // a half-destroyed panel.
    m_buffer.setNotifier({});
}

void LiveChartsPanel::setObjective(const Objective& objective) {
    m_objective = objective;
    m_history->setObjective(QString::fromStdString(objective.metric),
                            objective.direction == Direction::Maximize);
}

void LiveChartsPanel::clear() {
    m_buffer.take();
    m_timer->stop();
    m_trials.clear();
    m_selected.clear();
    m_followLive = true;
    m_latestStarted = -1;
    m_running.clear();
    m_bestFinished.clear();
    m_history->clear();
    rebuildShown();
}

void LiveChartsPanel::addView(QWidget* view, const QString& title, const QString& toolTip) {
    m_tabs->setTabToolTip(m_tabs->addTab(view, title), toolTip);
}

void LiveChartsPanel::setViewTitle(QWidget* view, const QString& title, const QString& toolTip) {
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    m_tabs->setTabText(index, title);
    m_tabs->setTabToolTip(index, toolTip);
}

QString LiveChartsPanel::viewTitle(QWidget* view) const {
    const int index = m_tabs->indexOf(view);
    return index < 0 ? QString() : m_tabs->tabText(index);
}

void LiveChartsPanel::onTrialStarted(const TrialSnapshot& trial) {
    if (!trial)
        return;
    TrialData& data = m_trials[trial->number];
    data.snapshot = trial;
    m_latestStarted = trial->number;
    m_running.insert(trial->number);
    if (m_followLive)
        rebuildShown();
}

void LiveChartsPanel::appendEpoch(int trial, const EpochMetrics& metrics, int repeat) {
    m_buffer.pushEpoch(trial, repeat, metrics);
}

void LiveChartsPanel::appendBatch(int trial, const BatchProgress& progress) {
    m_buffer.pushBatch(trial, progress);
}

void LiveChartsPanel::onTrialFinished(const TrialSnapshot& trial) {
    if (!trial)
        return;
    // Epochs still in the buffer belong before the final snapshot.
    flushNow();
    TrialData& data = m_trials[trial->number];
    data.snapshot = trial;
    if (!trial->history.empty() || data.history.empty())
        data.history = trial->history;
    if (!trial->repeatHistories.empty() || data.repeats.empty())
        data.repeats = trial->repeatHistories;
    m_running.erase(trial->number);
    if (trial->classification != m_curves->isClassification())
        m_curves->setClassification(trial->classification);
    m_history->setTrialValue(trial->number, trial->value, trial->state);
    m_history->refresh();
    if (m_shown.contains(trial->number)) {
        m_curves->setHistory(trial->number, data.history);
        m_curves->setRepeatHistories(trial->number, data.repeats);
    }
}

void LiveChartsPanel::setTrials(const std::vector<TrialSnapshot>& trials) {
    flushNow();
    for (const TrialSnapshot& t : trials) {
        if (!t)
            continue;
        TrialData& data = m_trials[t->number];
        data.snapshot = t;
        data.history = t->history;
        data.repeats = t->repeatHistories;
        m_history->setTrialValue(t->number, t->value, t->state);
        m_curves->setClassification(t->classification);
    }
    m_history->refresh();
    // An opened study: until a trial runs or the user picks some, show the
    // best finished ones (their curves come from the journal).
    m_bestFinished.clear();
    for (const TrialSnapshot& t : rankTrials(trials, m_objective))
        if (t && t->state == TrialState::Completed && !t->history.empty() &&
            m_bestFinished.size() < kBestShownOnOpen)
            m_bestFinished << t->number;
    rebuildShown();
}

void LiveChartsPanel::showTrials(const QList<int>& trials) {
    m_selected = trials;
    m_followLive = trials.isEmpty();
    rebuildShown();
}

QList<int> LiveChartsPanel::shownTrials() const {
    return m_shown;
}

int LiveChartsPanel::epochCount(int trial) const {
    auto it = m_trials.find(trial);
    return it == m_trials.end() ? 0 : int(it->second.history.size());
}

void LiveChartsPanel::flushNow() {
    m_timer->stop();
    flush();
}

void LiveChartsPanel::scheduleFlush() {
    // Single shot, not restarted by later data: the first point waits at most
    // kCoalesceMs and the charts repaint at most 1000 / kCoalesceMs times a second.
    if (!m_timer->isActive())
        m_timer->start();
}

void LiveChartsPanel::flush() {
    LiveMetricsBuffer::Pending pending = m_buffer.take();
    if (pending.empty())
        return;
    ++m_flushCount;
    std::map<int, std::vector<EpochMetrics>> added;
    std::set<int> otherRepeats;  // trials with epochs of repeats other than 0
    for (const auto& [trial, repeat, metrics] : pending.epochs) {
        TrialData& data = m_trials[trial];
        if (repeat != 0) {
            appendRepeatEpoch(data.repeats, repeat, metrics);
            otherRepeats.insert(trial);
            continue;
        }
        // Epochs are unique per trial; a late duplicate (after the final
        // snapshot replaced the history) is dropped.
        if (!data.history.empty() && metrics.epoch <= data.history.back().epoch)
            continue;
        data.history.push_back(metrics);
        added[trial].push_back(metrics);
    }
    const bool unknownLatest = m_followLive && m_shown.isEmpty() && !added.empty();
    if (unknownLatest && m_latestStarted < 0)
        m_latestStarted = added.rbegin()->first;  // epochs came before any start event
    if (unknownLatest) {
        rebuildShown();
        return;
    }
    for (const auto& [trial, epochs] : added)
        if (m_shown.contains(trial))
            m_curves->appendEpochs(trial, epochs);
    for (int trial : otherRepeats)
        if (m_shown.contains(trial))
            m_curves->setRepeatHistories(trial, m_trials[trial].repeats);
    for (const auto& [trial, progress] : pending.batches)
        if (m_shown.contains(trial))
            m_curves->setBatchProgress(trial, progress);
}

QList<int> LiveChartsPanel::targetTrials() const {
    if (!m_followLive)
        return m_selected;
    // Every trial that trains now (two workers, two curves); between two
    // trials the last one started stays.
    if (!m_running.empty())
        return QList<int>(m_running.begin(), m_running.end());
    if (m_latestStarted >= 0)
        return {m_latestStarted};
    return m_bestFinished;
}

void LiveChartsPanel::rebuildShown() {
    const QList<int> target = targetTrials();
    std::vector<Params> params;
    for (int number : target) {
        auto it = m_trials.find(number);
        params.push_back(it != m_trials.end() && it->second.snapshot ? it->second.snapshot->params
                                                                     : Params{});
    }
    const std::vector<std::string> differing = differingPaths(params);

    for (int number : m_curves->trials())
        if (!target.contains(number))
            m_curves->removeTrial(number);
    QStringList labels;
    for (int i = 0; i < target.size(); ++i) {
        const int number = target[i];
        QString label = target.size() == 1
                            ? tr("trial %1").arg(number)
                            : trialLegendLabel(number, params[std::size_t(i)], differing);
        if (labels.contains(label))  // identical configs (repeats, re-runs): tell them apart
            label += tr(" (trial %1)").arg(number);
        labels << label;
        const bool isNew = !m_curves->hasTrial(number);
        m_curves->setTrial(number, label, seriesColor(i));
        auto it = m_trials.find(number);
        if (isNew || it != m_trials.end()) {
            m_curves->setHistory(
                number, it != m_trials.end() ? it->second.history : std::vector<EpochMetrics>{});
            if (it != m_trials.end())
                m_curves->setRepeatHistories(number, it->second.repeats);
        }
    }
    m_shown = target;

    if (target.isEmpty()) {
        m_caption->setText(tr("No trial yet: run a training or a search to see its curves."));
    } else if (target.size() == 1) {
        auto it = m_trials.find(target.front());
        const Params p =
            it != m_trials.end() && it->second.snapshot ? it->second.snapshot->params : Params{};
        std::vector<std::string> all;
        for (const auto& [path, value] : p)
            all.push_back(path);
        const QString what = all.empty()
                                 ? QString()
                                 : QStringLiteral(": ") + trialLegendLabel(target.front(), p, all);
        const bool live = m_followLive && m_running.count(target.front());
        m_caption->setText(
            (live ? tr("Following trial %1 live") : tr("Trial %1")).arg(target.front()) + what);
    } else if (m_followLive && !m_running.empty()) {
        m_caption->setText(
            tr("Following %n running trials live; legends name the hyperparameters "
               "that differ",
               nullptr, int(target.size())));
    } else {
        m_caption->setText(tr("Comparing %n trials; legends name the hyperparameters that differ",
                              nullptr, int(target.size())));
    }
}

void LiveChartsPanel::exportCurves() {
    flushNow();
    exportWidgetImageInteractive(m_curves, this, QStringLiteral("learning_curves"));
}

void LiveChartsPanel::exportCurvesPart(int part, const QString& name) {
    const QString path = askImageExportPath(this, name);
    if (path.isEmpty())
        return;
    const auto which = TrialCurvesChart::Part(part);
    QString error;
    if (!m_curves->exportImage(path, &which, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void LiveChartsPanel::exportHistory() {
    flushNow();
    exportWidgetImageInteractive(m_history, this, QStringLiteral("optimisation_history"));
}

}  // namespace hyperlab::ui
