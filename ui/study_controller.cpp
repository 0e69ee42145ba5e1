#include "study_controller.h"

#include <QFileInfo>
#include <QMetaObject>

#include "common/thread_handoff.h"
#include "study/execution/study_runner.h"
#include "study/storage/study_directory.h"

namespace hyperlab::ui {

/// Forwards observer callbacks (worker threads) as signals of the
/// controller, emitted on the GUI thread: each callback posts a call to the
/// controller carrying its data, so no slot ever runs on a worker. The call
/// is wrapped in handedOver (common/thread_handoff.h) so that ThreadSanitizer
/// sees the hand-off Qt's uninstrumented event queue makes; a queued signal
/// would copy its arguments inside Qt, where no annotation can reach.
class StudyController::Observer : public StudyObserver {
public:
    explicit Observer(StudyController* controller) : m_controller(controller) {}
    void onTrialStarted(const TrialSnapshot& trial) override {
        post([c = m_controller, trial] { Q_EMIT c->trialStarted(trial); });
    }
    void onEpoch(int trial, int repeat, const EpochMetrics& metrics) override {
        // Every repeat: the curves draw the mean and band over the seeds.
        post([c = m_controller, trial, repeat, metrics] {
            Q_EMIT c->epochFinished(trial, repeat, metrics);
        });
    }
    void onBatch(int trial, const BatchProgress& progress) override {
        // Delivered on the worker thread (the receiver only buffers; see
        // MainWindow), so a batch costs no event-loop round trip.
        Q_EMIT m_controller->batchFinished(trial, progress);
    }
    void onTrialFinished(const TrialSnapshot& trial) override {
        post([c = m_controller, trial] { Q_EMIT c->trialFinished(trial); });
    }

private:
    template <typename F>
    void post(F&& call) {
        QMetaObject::invokeMethod(m_controller, handedOver(std::forward<F>(call)),
                                  Qt::QueuedConnection);
    }

    StudyController* m_controller;
};

StudyController::StudyController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<hyperlab::TrialSnapshot>("hyperlab::TrialSnapshot");
    qRegisterMetaType<hyperlab::EpochMetrics>("hyperlab::EpochMetrics");
    qRegisterMetaType<hyperlab::StudySummary>("hyperlab::StudySummary");
    qRegisterMetaType<hyperlab::StudyDefinition>("hyperlab::StudyDefinition");
    qRegisterMetaType<std::vector<hyperlab::TrialSnapshot>>("std::vector<hyperlab::TrialSnapshot>");
}

StudyController::~StudyController() {
    if (m_runner)
        m_runner->cancel();
    if (m_thread.joinable())
        m_thread.join();
}

const StudyDefinition* StudyController::definition() const {
    return m_study ? &m_study->definition() : nullptr;
}

bool StudyController::start(const nlohmann::json& studyJson, const QString& directory) {
    if (m_running)
        return false;
    // Validate before touching the disk, so a bad study never creates a
    // directory. The new study is built in locals and committed only once it
    // exists: if creating it throws, the previous study stays whole and shown.
    StudyDefinition definition = StudyDefinition::fromJson(studyJson);
    std::unique_ptr<StudyDirectory> studyDirectory;
    std::unique_ptr<Study> memoryStudy;
    if (directory.isEmpty())
        memoryStudy = std::make_unique<Study>(std::move(definition));
    else
        studyDirectory = StudyDirectory::create(directory.toStdString(), studyJson);
    commit(std::move(studyDirectory), std::move(memoryStudy), directory);
    launch({});
    return true;
}

bool StudyController::resume(const QString& directory) {
    if (m_running)
        return false;
    // The study shown holds its directory's lock: resuming that same study
    // must let go of it first (then a failure leaves no study, never a
    // dangling one). Any other study stays until the new one is open.
    if (m_studyDirectory &&
        QFileInfo(directory).canonicalFilePath() == QFileInfo(m_directory).canonicalFilePath())
        commit(nullptr, nullptr, QString());
    auto studyDirectory = StudyDirectory::open(directory.toStdString());
    commit(std::move(studyDirectory), nullptr, directory);
    launch(m_study->trials());
    return true;
}

void StudyController::commit(std::unique_ptr<StudyDirectory> studyDirectory,
                             std::unique_ptr<Study> memoryStudy, const QString& directory) {
    // The runner refers to the old study: it goes first.
    m_runner.reset();
    m_observer.reset();
    m_studyDirectory = std::move(studyDirectory);
    m_memoryStudy = std::move(memoryStudy);
    m_study = m_studyDirectory ? &m_studyDirectory->study() : m_memoryStudy.get();
    m_directory = directory;
}

void StudyController::launch(std::vector<TrialSnapshot> existing) {
    m_runner = std::make_unique<StudyRunner>(
        *m_study, m_studyDirectory ? &m_studyDirectory->journal() : nullptr);
    // The window's threads (and those Qt's painter splits work over) run
    // before training: the GUI thread never waits behind a trial.
    m_runner->setBackgroundPriority(true);
    m_observer = std::make_unique<Observer>(this);
    m_runner->addObserver(m_observer.get());
    for (const auto& observer : m_extraObservers)
        m_runner->addObserver(observer.get());
    m_initialFinished = m_study->counts().finished();
    m_running = true;
    m_paused = false;
    m_started = std::chrono::steady_clock::now();
    Q_EMIT studyStarted(m_study->definition(), existing);
    Q_EMIT runningChanged(true);

    StudyRunner* runner = m_runner.get();
    m_thread = std::thread([runner, this] {
        StudySummary summary;
        try {
            summary = runner->run();
        } catch (const std::exception& e) {
            summary.reason = "error";
            summary.error = e.what();
        }
        // The controller joins this thread from the GUI thread; the
        // destructor joins it directly, so `this` outlives the call.
        QMetaObject::invokeMethod(this, handedOver([this, summary] { onThreadDone(summary); }),
                                  Qt::QueuedConnection);
    });
}

void StudyController::onThreadDone(const StudySummary& summary) {
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    m_paused = false;
    Q_EMIT runningChanged(false);
    Q_EMIT studyFinished(summary);
}

TrialCounts StudyController::counts() const {
    return m_study ? m_study->counts() : TrialCounts{};
}

double StudyController::elapsedSeconds() const {
    if (!m_study)
        return 0.0;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

double StudyController::etaSeconds() const {
    if (!m_study || !m_running)
        return -1.0;
    const TrialCounts c = counts();
    const int doneNow = c.finished() - m_initialFinished;
    const int budget = m_study->definition().trials;
    const int remaining = budget - c.finished();
    if (doneNow <= 0 || remaining <= 0)
        return remaining <= 0 ? 0.0 : -1.0;
    // Throughput so far already reflects the worker count.
    const double perTrial = elapsedSeconds() / doneNow;
    return perTrial * remaining;
}

void StudyController::pause() {
    if (!m_running || m_paused)
        return;
    m_runner->pause();
    m_paused = true;
    Q_EMIT pausedChanged(true);
}

void StudyController::resumeRunning() {
    if (!m_running || !m_paused)
        return;
    m_runner->resume();
    m_paused = false;
    Q_EMIT pausedChanged(false);
}

void StudyController::stopAll() {
    if (m_running && m_runner) {
        // A paused runner must wake up to notice the stop.
        m_runner->cancel();
        m_runner->resume();
    }
}

bool StudyController::stopTrial(int number) {
    return m_running && m_runner && m_runner->cancelTrial(number);
}

}  // namespace hyperlab::ui
