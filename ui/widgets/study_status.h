#pragma once

#include <QWidget>

#include "study/model/study.h"

class QLabel;
class QProgressBar;
class QTimer;

namespace hyperlab::ui {

class StudyController;

/// The status-bar part that shows a study's progress: trials done, running
/// and failed, elapsed time and ETA, and a progress bar over the trial
/// budget. Follows the controller by itself (its signals, plus a 0.5 s tick
/// for the clock while a study runs).
class StudyStatus : public QWidget {
    Q_OBJECT

public:
    explicit StudyStatus(const StudyController* controller, QWidget* parent = nullptr);

    QString text() const;
    /// "42 s", "3 min 5 s", "2 h 10 min".
    static QString formatDuration(double seconds);

    /// A remark shown after the counts until the next study starts ("Study
    /// finished in 12 s.").
    void setNote(const QString& note);
    /// A study opened to look at (not run by the controller): its name and
    /// counts stand in the status bar until a study starts. An empty name
    /// clears it.
    void setOpenedStudy(const QString& name, const TrialCounts& counts, int budget);

public Q_SLOTS:
    void refresh();

private:
    const StudyController* m_controller;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_timer = nullptr;
    QString m_note;
    QString m_openedName;
    TrialCounts m_openedCounts;
    int m_openedBudget = 0;
};

}  // namespace hyperlab::ui
