#include "study/execution/study_runner.h"

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_group.h>

#include <algorithm>
#include <thread>

#include "common/background_priority.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/thread_handoff.h"
#include "study/execution/function_evaluator.h"
#include "study/execution/training_evaluator.h"
#include "study/execution/trial_runner.h"
#include "study/storage/directory_study_storage.h"

namespace hyperlab {

StudyRunner::StudyRunner(Study& study, StudyJournal* journal,
                         std::shared_ptr<ObjectiveEvaluator> evaluator)
    : m_study(study),
      m_ownedStorage(std::make_unique<DirectoryStudyStorage>(study, journal)),
      m_storage(m_ownedStorage.get()),
      m_evaluator(evaluator ? std::move(evaluator) : defaultEvaluator(study.definition())),
      m_workers(study.definition().effectiveWorkers()) {}

StudyRunner::StudyRunner(Study& study, StudyStorage& storage,
                         std::shared_ptr<ObjectiveEvaluator> evaluator)
    : m_study(study),
      m_storage(&storage),
      m_evaluator(evaluator ? std::move(evaluator) : defaultEvaluator(study.definition())),
      m_workers(study.definition().effectiveWorkers()) {}

StudyRunner::~StudyRunner() = default;

std::shared_ptr<ObjectiveEvaluator> StudyRunner::defaultEvaluator(
    const StudyDefinition& definition) {
    if (definition.isFunction())
        return std::make_shared<FunctionEvaluator>(definition.objective);
    return std::make_shared<TrainingEvaluator>();
}

void StudyRunner::setWorkers(int workers) {
    m_workers = std::max(1, workers);
}

void StudyRunner::addObserver(StudyObserver* observer) {
    m_observers.push_back(observer);
}

template <typename F>
void StudyRunner::notify(F&& call) {
    for (StudyObserver* o : m_observers) {
        try {
            call(*o);
        } catch (...) {
            // An observer's failure must not take a trial or the pool down.
        }
    }
}

void StudyRunner::cancel() {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    if (m_stopReason.empty())
        m_stopReason = "cancelled";
    for (auto& [_, control] : m_running)
        control->requestStop(StopCause::StudyStopped);
    m_wake.notify_all();
}

bool StudyRunner::cancelTrial(int number) {
    {
        std::lock_guard lock(m_mutex);
        auto it = m_running.find(number);
        if (it != m_running.end()) {
            it->second->requestStop(StopCause::Cancelled);
            return true;
        }
    }
    TrialSnapshot cancelled = m_study.cancelQueued(number, problem(ProblemCode::Cancelled));
    if (!cancelled)
        return false;
    TrialOutcome outcome;
    outcome.state = TrialState::Cancelled;
    outcome.reason = cancelled->reason;
    outcome.reasonProblem = cancelled->reasonProblem;
    outcome.classification = cancelled->classification;
    journalFinished(number, outcome);
    notify([&](StudyObserver& o) { o.onTrialFinished(cancelled); });
    return true;
}

void StudyRunner::pause() {
    std::lock_guard lock(m_mutex);
    m_paused = true;
}

void StudyRunner::resume() {
    std::lock_guard lock(m_mutex);
    m_paused = false;
    m_wake.notify_all();
}

bool StudyRunner::isPaused() const {
    std::lock_guard lock(m_mutex);
    return m_paused;
}

bool StudyRunner::journalFinished(int number, const TrialOutcome& outcome) {
    try {
        m_storage->trialFinished(number, outcome);
        return true;
    } catch (const std::exception& e) {
        journalFailed(problemOf(e));
        std::lock_guard lock(m_mutex);
        m_unsaved.push_back(number);
        return false;
    }
}

void StudyRunner::stopWith(const std::string& reason, const Problem& error) {
    std::lock_guard lock(m_mutex);
    // The first reason wins, except that an error outranks a cancel or the
    // time budget: it must reach the caller.
    if (m_stopReason.empty() || (reason == "error" && m_stopReason != "error")) {
        m_stopReason = reason;
        m_error = error;
    }
    m_stopping = true;
    m_wake.notify_all();
}

void StudyRunner::journalFailed(const Problem& error) {
    stopWith("error", error);
    // Nothing more of theirs could be saved: running trials stop within a
    // batch and end as resumable.
    std::lock_guard lock(m_mutex);
    for (auto& [_, control] : m_running)
        control->requestStop(StopCause::StudyStopped);
}

StudySummary StudyRunner::run() {
    m_start = std::chrono::steady_clock::now();
    m_initialTrials = m_study.size();
    const double maxSeconds = m_study.definition().maxSeconds;
    try {
        m_storage->studyStarted(m_workers, m_initialTrials > 0);
    } catch (const std::exception& e) {
        journalFailed(problemOf(e));  // no trial starts
    }

    // TBB starts as many threads as cores. More workers than that need a
    // higher limit (this only raises the default: a smaller limit the user
    // set, e.g. the CLI's --threads, still wins because the minimum applies).
    std::unique_ptr<tbb::global_control> raise;
    if (m_workers > availableThreads())
        raise = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                      std::size_t(m_workers));
    // At least as many threads as the machine has, so that with fewer
    // workers than cores the engine's parallel loops inside a trial use the
    // rest.
    tbb::task_arena arena(std::max(m_workers, availableThreads()));
    const std::shared_ptr<void> lowered =
        m_backgroundPriority ? lowerPriorityIn(arena) : std::shared_ptr<void>();
    tbb::task_group group;

    // The wall-time budget: once it passes, no new trial starts (running
    // ones finish, as in Optuna's timeout).
    std::jthread timer;
    if (maxSeconds > 0)
        timer = std::jthread([this, maxSeconds](std::stop_token stop) {
            const auto deadline = m_start + std::chrono::duration<double>(maxSeconds);
            while (!stop.stop_requested()) {
                if (std::chrono::steady_clock::now() >= deadline) {
                    stopWith("time");
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });

    // The arena may run this on one of its own threads, and each worker loop
    // runs as a TBB task: handedOver / handOff / takeOver tell TSan the
    // ordering oneTBB provides (see common/thread_handoff.h).
    char done = 0;
    arena.execute(handedOver([&] {
        for (int i = 0; i < m_workers; ++i)
            group.run(handedOver([this, &done] {
                workerLoop();
                handOff(&done);
            }));
        group.wait();
        handOff(&done);
    }));
    takeOver(&done);
    if (timer.joinable()) {
        timer.request_stop();
        timer.join();
    }

    StudySummary summary;
    {
        std::lock_guard lock(m_mutex);
        summary.reason = !m_stopReason.empty()    ? m_stopReason
                         : !m_drainReason.empty() ? m_drainReason
                                                  : "budget";
        summary.error = problemMessage(m_error);
        summary.errorProblem = m_error;
        summary.unsavedTrials = m_unsaved;
    }
    std::sort(summary.unsavedTrials.begin(), summary.unsavedTrials.end());
    summary.counts = m_study.counts();
    summary.best = m_study.bestTrial();
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    try {
        m_storage->studyFinished(summary);
    } catch (const std::exception& e) {
        // The trials are saved, but not that the study ended: still an
        // error, or the caller would report a success that is not on disk.
        summary.reason = "error";
        if (summary.error.empty()) {
            summary.errorProblem = problemOf(e);
            summary.error = problemMessage(summary.errorProblem);
        }
    }
    notify([&](StudyObserver& o) { o.onStudyFinished(summary); });
    return summary;
}

void StudyRunner::workerLoop() {
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_paused || m_stopping; });
            if (m_stopping)
                return;
        }
        TrialSnapshot trial;
        try {
            trial = m_storage->claim([this] {
                std::lock_guard lock(m_mutex);
                return m_stopping;
            });
        } catch (const JournalError& e) {  // from the creation hook
            journalFailed(e.problem());
            return;
        } catch (const std::exception& e) {
            stopWith("error", textProblem(std::string("cannot create a trial: ") + e.what()));
            return;
        }
        if (!trial) {
            // Nothing left for this slot; the others finish what they run.
            std::lock_guard lock(m_mutex);
            if (m_drainReason.empty())
                m_drainReason = m_study.exhausted() ? "exhausted" : "budget";
            return;
        }
        runTrial(trial);
    }
}

void StudyRunner::runTrial(const TrialSnapshot& asked) {
    const int number = asked->number;
    auto control = std::make_shared<TrialControl>();
    {
        std::lock_guard lock(m_mutex);
        // Checked again here, under the lock, so that no trial starts once
        // pause() or cancel() has returned. A trial given back stays queued:
        // the next ask() (after resume(), or a later run) hands it out again.
        if (m_stopping || m_paused) {
            try {
                m_storage->release(number);
            } catch (const std::exception&) {
                // Shared storage: the trial stays claimed; once this process
                // is gone the reaper gives it to another worker.
            }
            return;
        }
        m_running[number] = control;
    }
    struct Unregister {
        StudyRunner* runner;
        int number;
        ~Unregister() {
            std::lock_guard lock(runner->m_mutex);
            runner->m_running.erase(number);
        }
    } unregister{this, number};

    if (!m_study.markRunning(number))
        return;  // cancelled while it waited
    try {
        m_storage->trialStarted(number);
    } catch (const std::exception& e) {
        // Without a durable start the trial is, on disk, still queued:
        // so it is in memory too, and the study stops.
        m_study.requeue(number);
        journalFailed(problemOf(e));
        return;
    }
    const TrialSnapshot started = m_study.trial(number);
    notify([&](StudyObserver& o) { o.onTrialStarted(started); });

    const TrialRunner runner(m_study.objective(), m_study.definition().repeats, *m_evaluator);
    TrialRunner::BoundaryHook boundaryHook;  // empty: no boundaries are computed
    if (std::any_of(m_observers.begin(), m_observers.end(),
                    [](const StudyObserver* o) { return o->wantsBoundaries(); }))
        boundaryHook = [&](BoundarySnapshot b) {
            const auto shared = std::make_shared<const BoundarySnapshot>(std::move(b));
            notify([&](StudyObserver& o) { o.onBoundary(number, shared); });
        };
    TrialRunner::ImagePredictionsHook imageHook;  // empty: none are computed
    if (std::any_of(m_observers.begin(), m_observers.end(),
                    [](const StudyObserver* o) { return o->wantsImagePredictions(); }))
        imageHook = [&](ImagePredictions p) {
            const auto shared = std::make_shared<const ImagePredictions>(std::move(p));
            notify([&](StudyObserver& o) { o.onImagePredictions(number, shared); });
        };
    TrialOutcome outcome;
    // Isolated: while this trial waits for its own parallel loops, its
    // thread must not pick up another slot's whole trial loop.
    tbb::this_task_arena::isolate([&] {
        outcome = runner.run(
            *started, *control,
            [&](int repeat, const EpochMetrics& m) {
                try {
                    m_storage->epoch(number, repeat, m);
                } catch (const std::exception& e) {
                    // Not the trial's fault: the study stops, this trial
                    // ends as resumable (its end is then unsaved as well).
                    journalFailed(problemOf(e));
                    return;
                }
                if (m_study.reportEpoch(number, repeat, m))
                    control->requestStop(StopCause::Pruned);
                notify([&](StudyObserver& o) { o.onEpoch(number, repeat, m); });
            },
            [&](const BatchProgress& p) {
                notify([&](StudyObserver& o) { o.onBatch(number, p); });
            },
            boundaryHook, imageHook);
    });
    journalFinished(number, outcome);  // durable before anyone hears of it
    const TrialSnapshot finished = m_study.tell(number, outcome);
    notify([&](StudyObserver& o) { o.onTrialFinished(finished); });
}

}  // namespace hyperlab
