// A study's directory: the journal replays to the same trials, a torn last
// line is tolerated and reported (and cut off before the next append), a
// second opener is refused, and trials that were running when a run stopped
// start again on resume while finished ones are kept.

#include <QtTest>

#include <QTemporaryDir>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "io/journal.h"
#include "search/study/study_directory.h"
#include "search/study/study_runner.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

json functionStudy(int trials, int epochs = 0) {
    return {{"objective", {{"function", "branin"}, {"epochs", epochs}}},
            {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 3}}},
            {"workers", 2}};
}

std::string dirOf(const QTemporaryDir& temp, const char* name = "study") {
    return (temp.path() + "/" + name).toStdString();
}

std::vector<json> journalLines(const std::string& dir) {
    return Journal::read(StudyDirectory::journalPath(dir)).events;
}

}  // namespace

class TestStudyPersistence : public QObject {
    Q_OBJECT

private slots:
    void journalReplaysTheStudy() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        std::vector<TrialSnapshot> before;
        {
            auto directory = StudyDirectory::create(dir, functionStudy(12, 3));
            StudyRunner runner(directory->study(), &directory->journal());
            QCOMPARE(runner.run().counts.completed, 12);
            before = directory->study().trials();
        }
        const LoadedStudy loaded = StudyDirectory::load(dir);
        QVERIFY(loaded.warnings.empty());
        QCOMPARE(loaded.trials.size(), before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            const Trial& t = loaded.trials[i];
            QCOMPARE(t.number, before[i]->number);
            QVERIFY(t.state == before[i]->state);
            QCOMPARE(t.params, before[i]->params);  // exact doubles survive JSON
            QCOMPARE(t.value, before[i]->value);
            QCOMPARE(t.history.size(), std::size_t(3));
            QCOMPARE(t.history[2].valLoss, before[i]->history[2].valLoss);
        }
        // Events in the documented order for each trial.
        const auto events = journalLines(dir);
        QCOMPARE(events.front()["event"].get<std::string>(), std::string("study_started"));
        QCOMPARE(events.back()["event"].get<std::string>(), std::string("study_finished"));
        std::map<int, std::vector<std::string>> perTrial;
        for (const auto& e : events)
            if (e.contains("trial"))
                perTrial[e["trial"].get<int>()].push_back(e["event"].get<std::string>());
        for (const auto& [number, kinds] : perTrial) {
            const std::vector<std::string> expected{
                "trial_created", "trial_started", "epoch", "epoch", "epoch", "trial_finished"};
            QCOMPARE(kinds, expected);
        }
        // trial_created lines come in number order even with two workers.
        int next = 0;
        for (const auto& e : events)
            if (e["event"] == "trial_created")
                QCOMPARE(e["trial"].get<int>(), next++);
    }

    void aDirectoryHoldsOneStudy() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        StudyDirectory::create(dir, functionStudy(2));
        QVERIFY_THROWS_EXCEPTION(InputError, StudyDirectory::create(dir, functionStudy(2)));
        // A bad definition never creates the directory.
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 StudyDirectory::create(dirOf(temp, "bad"), json{{"workers", 1}}));
        QVERIFY(!QDir(temp.path() + "/bad").exists());
        QVERIFY_THROWS_EXCEPTION(InputError, StudyDirectory::open(dirOf(temp, "missing")));
    }

    void aSecondOpenerIsRefused() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        auto first = StudyDirectory::create(dir, functionStudy(3));
        try {
            StudyDirectory::open(dir);
            QFAIL("a locked study was opened twice");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("another process") != std::string::npos, e.what());
        }
        first.reset();  // released: now it opens
        QVERIFY(StudyDirectory::open(dir));
    }

    void tornLastLineIsReportedAndRepaired() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        {
            auto directory = StudyDirectory::create(dir, functionStudy(4));
            StudyRunner(directory->study(), &directory->journal()).run();
        }
        {
            std::ofstream out(StudyDirectory::journalPath(dir), std::ios::app | std::ios::binary);
            out << R"({"event":"trial_created","trial":4,"params":{"x0":1.)";  // a crash mid-write
        }
        const LoadedStudy loaded = StudyDirectory::load(dir);
        QCOMPARE(loaded.warnings.size(), std::size_t(1));
        QVERIFY2(loaded.warnings[0].find("incomplete") != std::string::npos,
                 loaded.warnings[0].c_str());
        QCOMPARE(loaded.trials.size(), std::size_t(4));

        // Raise the budget and continue: the torn line is cut off, and the
        // journal is whole JSON lines again.
        json bigger = functionStudy(6);
        {
            std::ofstream out(StudyDirectory::definitionPath(dir), std::ios::binary);
            out << bigger.dump();
        }
        {
            auto directory = StudyDirectory::open(dir);
            QCOMPARE(directory->warnings().size(), std::size_t(1));
            StudyRunner(directory->study(), &directory->journal()).run();
            QCOMPARE(directory->study().counts().completed, 6);
        }
        const JournalContents contents = Journal::read(StudyDirectory::journalPath(dir));
        QVERIFY(contents.warnings.empty());
        QCOMPARE(StudyDirectory::load(dir).trials.size(), std::size_t(6));
    }

    void runningTrialsStartAgainOnResume() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        {
            auto directory = StudyDirectory::create(dir, functionStudy(8, 2));
            Study& study = directory->study();
            StudyJournal& journal = directory->journal();
            study.setCreationHook([&](const Trial& t) { journal.trialCreated(t); });
            // Trial 0 finished, trial 1 was running (one epoch in), trial 2
            // created only: the state a crash leaves behind.
            for (int i = 0; i < 3; ++i)
                study.ask();
            study.markRunning(0);
            journal.trialStarted(0);
            TrialOutcome done;
            done.value = 12.5;
            journal.trialFinished(0, done);
            study.markRunning(1);
            journal.trialStarted(1);
            EpochMetrics m;
            m.epoch = 1;
            m.valLoss = 3;
            journal.epoch(1, 0, m);
        }
        const LoadedStudy crashed = StudyDirectory::load(dir);
        QVERIFY(crashed.trials[1].state == TrialState::Running);
        QCOMPARE(crashed.trials[1].history.size(), std::size_t(1));

        auto directory = StudyDirectory::open(dir);
        Study& study = directory->study();
        QVERIFY(study.trial(0)->state == TrialState::Completed);
        QVERIFY(study.trial(1)->state == TrialState::Queued);
        QVERIFY(study.trial(2)->state == TrialState::Queued);
        const Params params1 = study.trial(1)->params;
        StudyRunner runner(study, &directory->journal());
        runner.run();
        QCOMPARE(study.size(), std::size_t(8));
        QCOMPARE(study.counts().completed, 8);
        QCOMPARE(study.trial(0)->value, 12.5);      // kept, not run again
        QCOMPARE(study.trial(1)->params, params1);  // same params, run again
        QCOMPARE(study.trial(1)->history.size(), std::size_t(2));
        // The journal has one trial_finished per trial, and trial 0 was not started twice.
        std::map<int, int> finishedCount, startedCount;
        for (const auto& e : journalLines(dir)) {
            if (e["event"] == "trial_finished")
                ++finishedCount[e["trial"].get<int>()];
            if (e["event"] == "trial_started")
                ++startedCount[e["trial"].get<int>()];
        }
        for (int i = 0; i < 8; ++i)
            QCOMPARE(finishedCount[i], 1);
        QCOMPARE(startedCount[0], 1);
        QCOMPARE(startedCount[1], 2);
    }

    void stoppedStudyResumesItsInterruptedTrials() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        {
            json definition = functionStudy(6, 50);
            definition["objective"]["epoch_seconds"] = 0.002;
            auto directory = StudyDirectory::create(dir, definition);
            StudyRunner runner(directory->study(), &directory->journal());
            struct StopAtTrial3 : StudyObserver {
                StudyRunner* runner;
                void onTrialStarted(const TrialSnapshot& t) override {
                    if (t->number == 3)
                        runner->cancel();
                }
            } observer;
            observer.runner = &runner;
            runner.addObserver(&observer);
            const StudySummary summary = runner.run();
            QCOMPARE(summary.reason, std::string("cancelled"));
            QVERIFY(summary.counts.cancelled >= 1);
        }
        auto directory = StudyDirectory::open(dir);
        const TrialCounts restored = directory->study().counts();
        QCOMPARE(restored.cancelled, 0);  // study-level cancellations are resumable
        QVERIFY(restored.queued >= 1);
        StudyRunner(directory->study(), &directory->journal()).run();
        QCOMPARE(directory->study().counts().completed, 6);
    }
};

QTEST_APPLESS_MAIN(TestStudyPersistence)
#include "tst_study_persistence.moc"
