#include "database/database_study_session.h"

#include <QTimer>

#include <chrono>

#include "database/background_call.h"
#include "i18n/core_message.h"
#include "study/storage/postgres/pg_conninfo.h"
#include "study/storage/postgres/pg_study_reader.h"

namespace hyperlab::ui {

namespace {

struct Opening {
    std::shared_ptr<PgStudyReader> reader;
    PgStudyChanges changes;
    double ms = 0;
};

struct Poll {
    PgStudyChanges changes;
    double ms = 0;
};

QString messageOf(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return translateError(e);
    } catch (...) {
        return QStringLiteral("?");
    }
}

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

}  // namespace

DatabaseStudySession::DatabaseStudySession(const QString& conninfo, const QString& study,
                                           QObject* parent)
    : QObject(parent),
      m_conninfo(conninfo),
      m_study(study),
      m_target(QString::fromStdString(pgTargetName(conninfo.toStdString()))) {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DatabaseStudySession::startPoll);
    m_busy = true;
    const std::string info = conninfo.toStdString(), name = study.toStdString();
    runInBackground<Opening>(
        this,
        [info, name] {
            const auto start = std::chrono::steady_clock::now();
            Opening o;
            o.reader = std::make_shared<PgStudyReader>(info, name);
            o.changes = o.reader->poll();
            o.ms = msSince(start);
            return o;
        },
        [this](Opening o) {
            m_busy = false;
            m_reader = std::move(o.reader);
            m_lastPollMs = o.ms;
            ++m_polls;
            apply(o.changes, true);
            schedule();
        },
        [this](std::exception_ptr error) {
            m_busy = false;
            Q_EMIT openFailed(tr("Cannot open study \"%1\" in the database %2: %3")
                                  .arg(m_study, m_target, messageOf(error)));
        });
}

DatabaseStudySession::~DatabaseStudySession() = default;

QString DatabaseStudySession::displayName() const {
    return m_target + QLatin1Char('/') + m_study;
}

const StudyDefinition* DatabaseStudySession::definition() const {
    return m_reader ? &m_reader->definition() : nullptr;
}

TrialCounts DatabaseStudySession::counts() const {
    return countTrials(trials());
}

std::vector<TrialSnapshot> DatabaseStudySession::trials() const {
    std::vector<TrialSnapshot> out;
    out.reserve(m_trials.size());
    for (const auto& [number, t] : m_trials)
        out.push_back(t);
    return out;
}

void DatabaseStudySession::setState(PgStudyState state) {
    if (!m_reader)
        return;
    m_pendingState = state;
    pollNow();
}

void DatabaseStudySession::pollNow() {
    if (!m_reader)
        return;
    if (m_busy) {
        m_again = true;  // right after the poll under way
        return;
    }
    m_timer->stop();
    startPoll();
}

void DatabaseStudySession::schedule() {
    if (m_again) {
        m_again = false;
        startPoll();
    } else {
        m_timer->start(m_pollMs);
    }
}

void DatabaseStudySession::startPoll() {
    if (m_busy || !m_reader)
        return;
    m_busy = true;
    const std::optional<PgStudyState> state = std::exchange(m_pendingState, std::nullopt);
    runInBackground<Poll>(
        this,
        [reader = m_reader, state] {
            const auto start = std::chrono::steady_clock::now();
            if (state)
                reader->setState(*state);
            Poll p;
            p.changes = reader->poll();
            p.ms = msSince(start);
            return p;
        },
        [this](Poll p) {
            m_busy = false;
            m_lastPollMs = p.ms;
            ++m_polls;
            if (std::exchange(m_failing, false))
                Q_EMIT pollSucceeded();
            apply(p.changes, false);
            schedule();
        },
        [this, state](std::exception_ptr error) {
            m_busy = false;
            if (state && !m_pendingState)
                m_pendingState = state;  // asked again with the next poll
            m_failing = true;
            Q_EMIT pollFailed(tr("Lost the connection to the database %1 (trying again every "
                                 "%2 s): %3")
                                  .arg(m_target)
                                  .arg(m_pollMs / 1000.0)
                                  .arg(messageOf(error)));
            schedule();
        });
}

void DatabaseStudySession::apply(const PgStudyChanges& changes, bool first) {
    std::map<int, const std::vector<EpochMetrics>*> epochsOf;
    for (const PgTrialEpochs& e : changes.epochs)
        epochsOf[e.trial] = &e.epochs;
    auto newEpochs = [&](int number) -> const std::vector<EpochMetrics>& {
        static const std::vector<EpochMetrics> none;
        auto it = epochsOf.find(number);
        return it == epochsOf.end() ? none : *it->second;
    };
    if (first) {
        for (const Trial& t : changes.trials) {
            Trial trial = t;
            trial.history = newEpochs(t.number);
            m_trials[t.number] = std::make_shared<const Trial>(std::move(trial));
        }
        m_state = changes.state;
        Q_EMIT opened(m_reader->definition(), m_reader->record().source, trials());
        Q_EMIT stateChanged(m_state);
        Q_EMIT polled();
        return;
    }
    for (const Trial& t : changes.trials) {
        auto it = m_trials.find(t.number);
        const TrialSnapshot before = it == m_trials.end() ? nullptr : it->second;
        const std::vector<EpochMetrics>& added = newEpochs(t.number);
        Trial trial = t;
        if (before)
            trial.history = before->history;
        trial.history.insert(trial.history.end(), added.begin(), added.end());
        const auto snapshot = std::make_shared<const Trial>(std::move(trial));
        m_trials[t.number] = snapshot;
        if (isFinal(t.state)) {
            // Its whole curve comes with the final snapshot.
            Q_EMIT trialFinished(snapshot);
            continue;
        }
        if (t.state == TrialState::Running && (!before || before->state != TrialState::Running))
            Q_EMIT trialStarted(snapshot);
        else if (!before || before->state != t.state)
            Q_EMIT trialChanged(snapshot);
        for (const EpochMetrics& m : added)
            Q_EMIT epochFinished(t.number, m);
    }
    if (changes.state != m_state) {
        m_state = changes.state;
        Q_EMIT stateChanged(m_state);
    }
    Q_EMIT polled();
}

}  // namespace hyperlab::ui
