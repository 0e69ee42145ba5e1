#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "study/execution/study_observer.h"
#include "study/model/study.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"
#include "train/training_result.h"

// Signal arguments are core types; Qt 6's moc records their QMetaType, and the
// constructor registers them by name for queued connections (no
// Q_DECLARE_METATYPE, which would clash with other headers' signals).

namespace hyperlab {
class StudyDirectory;
class StudyRunner;
}  // namespace hyperlab

namespace hyperlab::ui {

/// The one QObject between the GUI and the search engine: it runs a core
/// StudyRunner on a background thread (StudyRunner::run blocks) and turns the
/// StudyObserver callbacks, which arrive on worker threads, into queued Qt
/// signals carrying core types. The GUI thread never waits for training:
/// stop requests only ask, and the runner thread is joined once it has
/// reported that it ended.
///
/// A study runs either in a study directory (study.json + journal.jsonl, so
/// it can be reopened and resumed) or, with an empty directory, in memory.
class StudyController : public QObject {
    Q_OBJECT

public:
    explicit StudyController(QObject* parent = nullptr);
    /// Cancels a running study and waits for its thread (trials stop within a
    /// batch).
    ~StudyController() override;

    /// Starts a new study from its JSON (docs/study.md). Throws InputError
    /// when the study is invalid or the directory cannot be used; nothing
    /// runs then. Refused (false) while another study runs.
    bool start(const nlohmann::json& studyJson, const QString& directory = {});
    /// Continues the study in `directory`: finished trials are reported
    /// through studyStarted's snapshot list, interrupted ones run again.
    bool resume(const QString& directory);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    /// The study being (or last) run; null before the first start.
    const Study* study() const { return m_study; }
    const StudyDefinition* definition() const;
    QString directory() const { return m_directory; }
    /// Trials in each state right now.
    TrialCounts counts() const;
    /// Estimated seconds until the trial budget is spent (from the mean
    /// duration of finished trials and the workers); negative when unknown.
    double etaSeconds() const;
    /// Seconds since the study (re)started.
    double elapsedSeconds() const;

    /// An observer every study started from now on reports to as well (on
    /// worker threads; see StudyObserver), kept alive by the controller.
    void addObserver(std::shared_ptr<StudyObserver> observer) {
        m_extraObservers.push_back(std::move(observer));
    }

public Q_SLOTS:
    void pause();
    void resumeRunning();
    /// Stops the whole study; running trials become resumable.
    void stopAll();
    /// Cancels one running or queued trial.
    bool stopTrial(int number);

Q_SIGNALS:
    /// A study started (or resumed): its definition and the trials it
    /// already holds (empty for a new study).
    void studyStarted(const hyperlab::StudyDefinition& definition,
                      const std::vector<hyperlab::TrialSnapshot>& existing);
    void trialStarted(const hyperlab::TrialSnapshot& trial);
    /// An epoch of one repeat (seed) of a trial ended; repeat 0 is the run
    /// the pruner watches and the trial's history.
    void epochFinished(int trial, int repeat, const hyperlab::EpochMetrics& metrics);
    /// Progress inside an epoch, emitted on the WORKER thread for every batch:
    /// connect only thread-safe, buffering receivers with Qt::DirectConnection.
    void batchFinished(int trial, const hyperlab::BatchProgress& progress);
    void trialFinished(const hyperlab::TrialSnapshot& trial);
    /// The runner thread has ended; the study can be inspected or restarted.
    void studyFinished(const hyperlab::StudySummary& summary);
    void pausedChanged(bool paused);
    void runningChanged(bool running);

private:
    class Observer;
    /// Makes a newly created or opened study the current one.
    void commit(std::unique_ptr<StudyDirectory> studyDirectory, std::unique_ptr<Study> memoryStudy,
                const QString& directory);
    void launch(std::vector<TrialSnapshot> existing);
    void onThreadDone(const StudySummary& summary);

    std::unique_ptr<StudyDirectory> m_studyDirectory;
    std::unique_ptr<Study> m_memoryStudy;
    Study* m_study = nullptr;
    std::unique_ptr<StudyRunner> m_runner;
    std::unique_ptr<Observer> m_observer;
    std::vector<std::shared_ptr<StudyObserver>> m_extraObservers;
    std::thread m_thread;
    QString m_directory;
    bool m_running = false;
    bool m_paused = false;
    int m_initialFinished = 0;
    std::chrono::steady_clock::time_point m_started;
};

}  // namespace hyperlab::ui
