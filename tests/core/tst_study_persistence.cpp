// A study's directory: the journal replays to the same trials, a torn last
// line is tolerated and reported (and cut off before the next append) while
// any other damage is reported and left alone, a second opener is refused,
// trials that were running when a run stopped start again on resume while
// finished ones are kept, a journal that cannot be written stops the study
// with every trial either saved or reported unsaved, and copies never
// destroy the source.

#include <QtTest>

#include <QTemporaryDir>

#include <signal.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "io/journal.h"
#include "search/trial_state.h"
#include "study/execution/study_runner.h"
#include "study/storage/study_directory.h"
#include "study/storage/trial_json.h"

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

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeAll(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

/// Files this process writes may not grow beyond `bytes` while it lives: a
/// full disk for the journal, without a small file system (writes past the
/// limit fail with EFBIG; SIGXFSZ is ignored so they fail instead of killing).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_saved{};
    sighandler_t m_handler;
};

}  // namespace

class TestStudyPersistence : public QObject {
    Q_OBJECT

private slots:
    // Epoch lines keep the running training figures next to the
    // evaluation-mode ones; lines written before those existed still load,
    // their train_* values (the running figures then) filling both.
    void epochMetricsKeepRunningFiguresAndReadOldLines() {
        EpochMetrics m;
        m.epoch = 3;
        m.trainLoss = 0.2;
        m.trainAccuracy = 0.95;
        m.trainLossRunning = 0.4;
        m.trainAccuracyRunning = 0.85;
        m.trainR2 = m.trainR2Running = m.valR2 = m.valMae = Trial::kNaN;
        const EpochMetrics back = epochMetricsFromJson(epochMetricsToJson(m));
        QCOMPARE(back.trainLoss, 0.2);
        QCOMPARE(back.trainAccuracyRunning, 0.85);
        QCOMPARE(back.trainLossRunning, 0.4);
        QVERIFY(std::isnan(back.trainR2Running));

        const json old = json::parse(
            R"({"epoch": 1, "train_loss": 0.6, "train_accuracy": 0.7, "val_loss": 0.5,
                "val_accuracy": 0.75, "train_r2": null, "val_r2": null, "val_mae": null,
                "lr": 0.01, "seconds": 0.1})");
        const EpochMetrics read = epochMetricsFromJson(old);
        QCOMPARE(read.trainLoss, 0.6);
        QCOMPARE(read.trainLossRunning, 0.6);
        QCOMPARE(read.trainAccuracyRunning, 0.7);
        QVERIFY(std::isnan(read.trainR2Running));
    }

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
    void aValidLastEventWithoutItsNewlineIsKept() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        {
            auto directory = StudyDirectory::create(dir, functionStudy(3));
            StudyRunner(directory->study(), &directory->journal()).run();
        }
        const std::string path = StudyDirectory::journalPath(dir);
        std::string text = readAll(path);
        QCOMPARE(text.back(), '\n');
        const std::size_t events = journalLines(dir).size();
        text.pop_back();  // a crash between the event and its newline
        writeAll(path, text);
        const LoadedStudy loaded = StudyDirectory::load(dir);
        QVERIFY(loaded.warnings.empty());
        QCOMPARE(journalLines(dir).size(), events);
        QCOMPARE(loaded.trials.size(), std::size_t(3));
        QVERIFY(loaded.trials[2].state == TrialState::Completed);
        // The next event starts on a line of its own.
        {
            json bigger = functionStudy(4);
            writeAll(StudyDirectory::definitionPath(dir), bigger.dump());
            auto directory = StudyDirectory::open(dir);
            StudyRunner(directory->study(), &directory->journal()).run();
        }
        const JournalContents contents = Journal::read(path);
        QVERIFY(contents.warnings.empty());
        QCOMPARE(StudyDirectory::load(dir).trials.size(), std::size_t(4));
    }

    void damageOtherThanATornLineIsReportedNotRepaired_data() {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<bool>("withNewline");
        QTest::newRow("garbage last line") << QByteArray("this is not JSON") << false;
        QTest::newRow("invalid JSON cut off later")
            << QByteArray(R"({"event": tru, "trial":)") << false;
        QTest::newRow("complete bad last line") << QByteArray(R"({"event":"epoch",)") << true;
        QTest::newRow("an array") << QByteArray("[1, 2, 3]") << false;
        QTest::newRow("5 MB of zeros") << QByteArray(5 << 20, '\0') << false;
    }

    void damageOtherThanATornLineIsReportedNotRepaired() {
        QFETCH(QByteArray, tail);
        QFETCH(bool, withNewline);
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        {
            auto directory = StudyDirectory::create(dir, functionStudy(2));
            StudyRunner(directory->study(), &directory->journal()).run();
        }
        const std::string path = StudyDirectory::journalPath(dir);
        const std::string damaged = readAll(path) + tail.toStdString() + (withNewline ? "\n" : "");
        writeAll(path, damaged);
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                if (attempt == 0)
                    StudyDirectory::load(dir);
                else
                    StudyDirectory::open(dir);
                QFAIL("a damaged journal was read without an error");
            } catch (const InputError& e) {
                QVERIFY2(std::string(e.what()).find("journal.jsonl") != std::string::npos,
                         e.what());
                QVERIFY2(std::string(e.what()).find("corrupt") != std::string::npos, e.what());
            }
        }
        QVERIFY(readAll(path) == damaged);  // nothing "repaired" away
        // Damage in the middle is corruption as well.
        writeAll(path, std::string("garbage\n") + damaged);
        QVERIFY_THROWS_EXCEPTION(InputError, StudyDirectory::load(dir));
    }

    void aJournalThatCannotBeWrittenSaysSoEveryTime() {
        Journal journal("/dev/full");  // every write: ENOSPC
        for (int i = 0; i < 2; ++i) {
            try {
                journal.append({{"event", "trial_started"}, {"trial", i}}, true);
                QFAIL("a write to a full disk succeeded");
            } catch (const JournalError& e) {
                QVERIFY2(std::string(e.what()).find("/dev/full") != std::string::npos, e.what());
                QVERIFY2(std::string(e.what()).find(std::strerror(ENOSPC)) != std::string::npos,
                         e.what());
            }
        }
        QVERIFY(!journal.error().empty());
        QVERIFY_THROWS_EXCEPTION(JournalError, journal.sync());
    }

    void aFullDiskStopsTheStudyAndLosesNoTrialSilently_data() {
        QTest::addColumn<int>("limit");
        // Limits from a few events to half the study: the failure lands on
        // every kind of event (creation, start, epoch, end).
        for (int limit = 500; limit <= 7000; limit += 350)
            QTest::newRow(std::to_string(limit).c_str()) << limit;
    }

    void aFullDiskStopsTheStudyAndLosesNoTrialSilently() {
        QFETCH(int, limit);
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        std::vector<TrialSnapshot> inMemory;
        StudySummary summary;
        {
            auto directory = StudyDirectory::create(dir, functionStudy(12, 3));
            StudyRunner runner(directory->study(), &directory->journal());
            {
                FileSizeLimit full(rlim_t(limit) +
                                   std::filesystem::file_size(StudyDirectory::journalPath(dir)));
                summary = runner.run();
            }
            inMemory = directory->study().trials();
        }
        QCOMPARE(summary.reason, std::string("error"));
        QVERIFY2(summary.error.find("journal.jsonl") != std::string::npos, summary.error.c_str());
        QVERIFY2(summary.error.find(std::strerror(EFBIG)) != std::string::npos,
                 summary.error.c_str());
        const LoadedStudy onDisk = StudyDirectory::load(dir);
        const std::set<int> unsaved(summary.unsavedTrials.begin(), summary.unsavedTrials.end());
        for (const TrialSnapshot& t : inMemory) {
            QVERIFY2(t->state != TrialState::Running, "a trial was left running");
            if (unsaved.count(t->number)) {
                QVERIFY(isFinal(t->state));
                continue;
            }
            if (std::size_t(t->number) >= onDisk.trials.size()) {
                // Its creation was never written: it never ran.
                QVERIFY(t->state == TrialState::Queued);
                continue;
            }
            const Trial& saved = onDisk.trials[std::size_t(t->number)];
            QVERIFY2(saved.state == t->state,
                     ("trial " + std::to_string(t->number) + ": " +
                      std::string(trialStateName(t->state)) + " in memory, " +
                      std::string(trialStateName(saved.state)) + " on disk")
                         .c_str());
            if (t->state == TrialState::Completed)
                QCOMPARE(saved.value, t->value);
        }
        // With room again, resume finishes the study.
        auto directory = StudyDirectory::open(dir);
        const StudySummary resumed = StudyRunner(directory->study(), &directory->journal()).run();
        QVERIFY2(resumed.reason != "error", resumed.error.c_str());
        QCOMPARE(directory->study().counts().completed, 12);
    }

    void copyKeepsTheSourceAndRefusesToOverwrite() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        {
            auto directory = StudyDirectory::create(dir, functionStudy(3));
            StudyRunner(directory->study(), &directory->journal()).run();
        }
        const std::string journal = readAll(StudyDirectory::journalPath(dir));
        // Onto itself, by its own name and through another spelling.
        for (const std::string& target : {dir, dir + "/.", dir + "/../study/"}) {
            try {
                StudyDirectory::copy(dir, target);
                QFAIL(("copied a study onto itself: " + target).c_str());
            } catch (const InputError& e) {
                QVERIFY2(std::string(e.what()).find("being saved") != std::string::npos, e.what());
            }
            QVERIFY(readAll(StudyDirectory::journalPath(dir)) == journal);
            QCOMPARE(StudyDirectory::load(dir).trials.size(), std::size_t(3));
        }
        // A copy is a whole study; a second copy onto it is refused.
        const std::string copy = dirOf(temp, "copy");
        StudyDirectory::copy(dir, copy);
        QCOMPARE(StudyDirectory::load(copy).trials.size(), std::size_t(3));
        QVERIFY(readAll(StudyDirectory::journalPath(copy)) == journal);
        QVERIFY_THROWS_EXCEPTION(InputError, StudyDirectory::copy(dir, copy));
        // A study that is open (locked) can be copied; its copy opens.
        auto open = StudyDirectory::open(dir);
        StudyDirectory::copy(dir, dirOf(temp, "copy2"));
        QVERIFY(StudyDirectory::open(dirOf(temp, "copy2")));
    }

    void exportsRefuseToOverwriteAStudysFiles() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        StudyDirectory::create(dir, functionStudy(2));
        for (const char* name : {"study.json", "journal.jsonl", "lock"})
            QVERIFY_THROWS_EXCEPTION(InputError, StudyDirectory::refuseOverwrite(dir + "/" + name));
        // Through a link to the journal.
        const std::string link = dirOf(temp, "link.json");
        std::filesystem::create_symlink(StudyDirectory::journalPath(dir), link);
        QVERIFY_THROWS_EXCEPTION(InputError, StudyDirectory::refuseOverwrite(link));
        // Anything else is fine, also a new file inside the study's folder.
        StudyDirectory::refuseOverwrite(dir + "/best.json");
        StudyDirectory::refuseOverwrite(dirOf(temp, "study.json"));  // not in a study directory
        StudyDirectory::refuseOverwrite("-");
    }

    void aDefinitionThatIsNotAFileIsSaidSo() {
        QTemporaryDir temp;
        const std::string dir = dirOf(temp);
        std::filesystem::create_directories(StudyDirectory::definitionPath(dir));
        try {
            StudyDirectory::load(dir);
            QFAIL("a directory was read as study.json");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("is not a file") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestStudyPersistence)
#include "tst_study_persistence.moc"
