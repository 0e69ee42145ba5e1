// The QObject between the GUI and the search engine: its signals arrive on
// the GUI thread in order (started, trials, finished), stop requests return
// at once and end the study with resumable trials, a study that cannot be
// created leaves the previous one whole (a use after free before; run the
// asan preset to see it), resume continues a study, and destroying the
// controller mid-run stops and joins its thread.

#include <QtTest>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <fstream>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "study_controller.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using nlohmann::json;

namespace {

json functionStudy(int trials, int epochs, double epochSeconds) {
    return {{"objective",
             {{"function", "branin"}, {"epochs", epochs}, {"epoch_seconds", epochSeconds}}},
            {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 7}}},
            {"workers", 2}};
}

}  // namespace

class TestStudyController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signalsArriveOnTheGuiThreadInOrder() {
        StudyController controller;
        QThread* gui = QThread::currentThread();
        QStringList order;
        bool allOnGui = true;
        auto note = [&](const QString& what) {
            allOnGui = allOnGui && QThread::currentThread() == gui;
            order << what;
        };
        connect(&controller, &StudyController::studyStarted, this,
                [&](const StudyDefinition&, const std::vector<TrialSnapshot>& existing) {
                    note(QStringLiteral("study %1").arg(existing.size()));
                });
        connect(&controller, &StudyController::trialStarted, this,
                [&](const TrialSnapshot&) { note(QStringLiteral("trial")); });
        connect(&controller, &StudyController::trialFinished, this, [&](const TrialSnapshot& t) {
            QVERIFY(isFinal(t->state));
            note(QStringLiteral("finished"));
        });
        QSignalSpy finished(&controller, &StudyController::studyFinished);
        QSignalSpy running(&controller, &StudyController::runningChanged);

        QVERIFY(controller.start(functionStudy(6, 2, 0.0)));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(functionStudy(6, 2, 0.0)));  // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!controller.isRunning());
        QVERIFY(allOnGui);
        QCOMPARE(order.first(), QStringLiteral("study 0"));
        QCOMPARE(order.count(QStringLiteral("trial")), 6);
        QCOMPARE(order.count(QStringLiteral("finished")), 6);
        const StudySummary summary = finished.at(0).at(0).value<StudySummary>();
        QCOMPARE(summary.reason, std::string("budget"));
        QCOMPARE(controller.counts().completed, 6);
        QCOMPARE(running.size(), 2);  // true, then false
        QCOMPARE(running.at(1).at(0).toBool(), false);
    }

    void stopReturnsAtOnceAndTrialsStayResumable() {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("study"));
        StudyController controller;
        QSignalSpy finished(&controller, &StudyController::studyFinished);
        QVERIFY(controller.start(functionStudy(4, 2000, 0.002), dir));  // ~4 s per trial
        QTRY_COMPARE_WITH_TIMEOUT(controller.counts().running, 2, 10000);
        QElapsedTimer stopCall;
        stopCall.start();
        controller.stopAll();
        QVERIFY2(stopCall.elapsed() < 50, "stopAll waited for the workers");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).value<StudySummary>().reason, std::string("cancelled"));
        QCOMPARE(controller.counts().running, 0);

        // Resume runs the interrupted trials again and finishes the study.
        QSignalSpy started(&controller, &StudyController::studyStarted);
        QVERIFY(controller.resume(dir));
        QCOMPARE(started.size(), 1);
        controller.stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(controller.directory(), dir);
    }

    void aStudyThatCannotBeCreatedLeavesThePreviousOneWhole() {
        QTemporaryDir temp;
        StudyController controller;
        QSignalSpy finished(&controller, &StudyController::studyFinished);
        QVERIFY(controller.start(functionStudy(3, 1, 0.0), temp.filePath(QStringLiteral("first"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const Study* before = controller.study();

        // A file where the studies folder should be: creating the directory
        // fails (for root too), like an unwritable or full disk.
        const QString blocker = temp.filePath(QStringLiteral("not-a-folder"));
        std::ofstream(blocker.toStdString()) << "x";
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 controller.start(functionStudy(5, 1, 0.0), blocker + "/study"));
        QVERIFY(!controller.isRunning());
        QCOMPARE(controller.study(), before);
        QCOMPARE(controller.definition()->trials, 3);
        QCOMPARE(controller.counts().completed, 3);
        QCOMPARE(controller.directory(), temp.filePath(QStringLiteral("first")));

        // The same for a resume of something that is not a study.
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 controller.resume(temp.filePath(QStringLiteral("nope"))));
        QCOMPARE(controller.study(), before);
        QCOMPARE(controller.counts().completed, 3);
    }

    void destroyingTheControllerMidRunStopsAndJoins() {
        QElapsedTimer clock;
        clock.start();
        {
            StudyController controller;
            QVERIFY(controller.start(functionStudy(4, 5000, 0.002)));  // ~10 s per trial
            QTRY_COMPARE_WITH_TIMEOUT(controller.counts().running, 2, 10000);
        }
        QVERIFY2(clock.elapsed() < 5000, "the destructor waited for the trials to finish");
    }
};

QTEST_MAIN(TestStudyController)
#include "tst_study_controller.moc"
