#pragma once

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "study/model/study.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"
#include "study/storage/postgres/pg_study_state.h"

class QTimer;

namespace hyperlab {
class PgStudyReader;
struct PgStudyChanges;
}  // namespace hyperlab

namespace hyperlab::ui {

/// A study in a PostgreSQL database, shown in the window: it follows the
/// study by polling the database on a background thread (PgStudyReader,
/// one poll at a time, the next kPollMs after the previous one ended) and
/// turns what changed into the signals the live views already take from
/// StudyController: a trial started, an epoch of it ended, it finished. It
/// also sets the study's state (pause / resume / stop, which every worker
/// obeys before its next claim). The GUI thread never waits on the network.
class DatabaseStudySession : public QObject {
    Q_OBJECT

public:
    static constexpr int kPollMs = 1000;

    /// Connects and reads the study in the background: opened() or
    /// openFailed() follows. `conninfo` may hold a password; it is kept in
    /// memory only.
    DatabaseStudySession(const QString& conninfo, const QString& study, QObject* parent = nullptr);
    ~DatabaseStudySession() override;

    QString conninfo() const { return m_conninfo; }
    QString studyName() const { return m_study; }
    /// "host/database/study", for the window title and the status bar.
    QString displayName() const;
    bool isOpen() const { return m_reader != nullptr; }
    /// The study's definition once opened (null before).
    const StudyDefinition* definition() const;
    PgStudyState state() const { return m_state; }
    TrialCounts counts() const;
    /// Every trial as last read, in number order, with its curve.
    std::vector<TrialSnapshot> trials() const;
    /// Polls so far, and the duration of the last one (ms, on its thread).
    int pollCount() const { return m_polls; }
    double lastPollMs() const { return m_lastPollMs; }
    void setPollInterval(int ms) { m_pollMs = ms; }

public Q_SLOTS:
    /// Sets the study's state in the database (then polls at once).
    void setState(hyperlab::PgStudyState state);
    /// Polls now if no poll is under way (else right after it).
    void pollNow();

Q_SIGNALS:
    /// The study was read: its definition, its file and every trial so far.
    void opened(const hyperlab::StudyDefinition& definition, const nlohmann::json& source,
                const std::vector<hyperlab::TrialSnapshot>& trials);
    void openFailed(const QString& message);
    void trialStarted(const hyperlab::TrialSnapshot& trial);
    /// A queued or running trial changed otherwise (claimed again, new).
    void trialChanged(const hyperlab::TrialSnapshot& trial);
    void epochFinished(int trial, const hyperlab::EpochMetrics& metrics);
    void trialFinished(const hyperlab::TrialSnapshot& trial);
    void stateChanged(hyperlab::PgStudyState state);
    /// After every poll (counts for the status bar).
    void polled();
    /// A poll or a state change failed (the server went away...); polling
    /// goes on, and pollSucceeded() follows once it works again.
    void pollFailed(const QString& message);
    void pollSucceeded();

private:
    void schedule();
    void startPoll();
    void apply(const PgStudyChanges& changes, bool first);

    QString m_conninfo;
    QString m_study;
    QString m_target;
    std::shared_ptr<PgStudyReader> m_reader;  // shared with the poll under way
    std::optional<PgStudyState> m_pendingState;
    PgStudyState m_state = PgStudyState::Running;
    std::map<int, TrialSnapshot> m_trials;  // as last read, with their curves
    QTimer* m_timer = nullptr;
    bool m_busy = false;
    bool m_again = false;
    bool m_failing = false;
    int m_pollMs = kPollMs;
    int m_polls = 0;
    double m_lastPollMs = 0;
};

}  // namespace hyperlab::ui
