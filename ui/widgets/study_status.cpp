#include "widgets/study_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <algorithm>
#include <cmath>

#include "study_controller.h"

namespace hyperlab::ui {

StudyStatus::StudyStatus(const StudyController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("studyStatus"));
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);

    m_timer = new QTimer(this);
    m_timer->setInterval(500);  // the elapsed time and ETA tick while a study runs
    connect(m_timer, &QTimer::timeout, this, &StudyStatus::refresh);
    connect(controller, &StudyController::runningChanged, this, [this](bool running) {
        if (running) {
            m_note.clear();
            m_timer->start();
        } else {
            m_timer->stop();
        }
        refresh();
    });
    for (auto signal : {&StudyController::trialStarted, &StudyController::trialFinished})
        connect(controller, signal, this, &StudyStatus::refresh);
    connect(controller, &StudyController::pausedChanged, this, &StudyStatus::refresh);
    refresh();
}

void StudyStatus::setNote(const QString& note) {
    m_note = note;
    refresh();
}

QString StudyStatus::text() const {
    return m_label->text();
}

QString StudyStatus::formatDuration(double seconds) {
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

void StudyStatus::setOpenedStudy(const QString& name, const TrialCounts& counts, int budget) {
    m_openedName = name;
    m_openedCounts = counts;
    m_openedBudget = budget;
    refresh();
}

void StudyStatus::refresh() {
    if (!m_openedName.isEmpty() && !m_controller->isRunning()) {
        const TrialCounts& c = m_openedCounts;
        m_label->setText(tr("Study %1 (opened): %2 of %3 trials · done %4 · failed %5 · stopped %6")
                             .arg(m_openedName)
                             .arg(c.total())
                             .arg(m_openedBudget)
                             .arg(c.completed + c.pruned)
                             .arg(c.failed)
                             .arg(c.cancelled));
        m_progress->setVisible(false);
        return;
    }
    const StudyDefinition* d = m_controller->definition();
    if (!d) {
        m_label->setText(tr("Ready: press Run (Ctrl+R) to train the config, or Start search."));
        return;
    }
    const TrialCounts c = m_controller->counts();
    // The pruned count qualifies "done" (pruned trials are finished), so it
    // sits next to it rather than after "failed".
    QString text = tr("Done %1").arg(c.completed + c.pruned);
    if (c.pruned > 0)
        text += tr(" (pruned %1)").arg(c.pruned);
    text += tr(" · running %1 · failed %2").arg(c.running).arg(c.failed);
    if (c.cancelled > 0)
        text += tr(" · stopped %1").arg(c.cancelled);
    const bool running = m_controller->isRunning();
    if (running) {
        text += tr(" · elapsed %1").arg(formatDuration(m_controller->elapsedSeconds()));
        const double eta = m_controller->etaSeconds();
        if (eta >= 0)
            text += tr(" · ETA %1").arg(formatDuration(eta));
        if (m_controller->isPaused())
            text += tr(" · paused");
    }
    if (!running && !m_note.isEmpty())
        text += QStringLiteral(" · ") + m_note;
    m_label->setText(text);
    m_progress->setVisible(running);
    m_progress->setRange(0, std::max(1, d->trials));
    m_progress->setValue(std::min(c.finished(), d->trials));
    m_progress->setFormat(tr("%v / %m trials"));
}

}  // namespace hyperlab::ui
