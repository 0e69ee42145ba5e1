// A study opened from disk shows whole: the best trials' curves from its
// journal, its name in the window title and the status bar; resuming a
// finished study says so instead of "finished in 0 s"; closing the window
// during a study asks, and each answer does what it says.
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "main_window.h"
#include "panels/live_charts_panel.h"
#include "study/execution/study_runner.h"
#include "study/storage/study_directory.h"
#include "study_controller.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using nlohmann::json;

namespace {

json spiralStudy(int trials, int epochs) {
    return {{"name", "lr sweep"},
            {"base",
             {{"dataset", {{"name", "spiral"}, {"samples", 200}}},
              {"model", {{"hidden_layers", {16}}}},
              {"training", {{"epochs", epochs}}}}},
            {"objective", {{"metric", "val_accuracy"}}},
            {"space",
             {{"training.learning_rate",
               {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}, {"log", true}}}}},
            {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 3}}},
            {"workers", 1}};
}

}  // namespace

class TestOpenedStudy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_opened_study"));
    }

    void anOpenedStudyShowsItsCurvesAndName() {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("sweep"));
        {
            auto study = StudyDirectory::create(dir.toStdString(), spiralStudy(4, 5));
            StudyRunner(study->study(), &study->journal()).run();
        }
        MainWindow window;
        window.setStudiesRoot(temp.path());
        window.setQuitAnswer(MainWindow::QuitAnswer::StopAndQuit);
        window.show();
        QVERIFY(window.openStudy(dir));
        LiveChartsPanel* charts = window.charts();
        charts->flushNow();
        QVERIFY2(!charts->shownTrials().isEmpty(), "an opened study shows no curve");
        for (int trial : charts->shownTrials())
            QCOMPARE(charts->epochCount(trial), 5);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("lr sweep")),
                 qPrintable(window.windowTitle()));
        QVERIFY2(window.statusText().contains(QStringLiteral("lr sweep")) &&
                     window.statusText().contains(QStringLiteral("4 of 4")),
                 qPrintable(window.statusText()));

        // Nothing left to resume: said so.
        QVERIFY(window.resumeStudy(dir));
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 20000);
        QVERIFY2(window.statusText().contains(QStringLiteral("already finished")),
                 qPrintable(window.statusText()));
        QVERIFY(!window.statusText().contains(QStringLiteral("finished in")));
    }

    void closingDuringAStudyAsks() {
        QTemporaryDir temp;
        MainWindow window;
        window.setStudiesRoot(temp.path());
        window.show();
        RunConfig c = window.currentConfig();
        c.training.epochs = 2000;  // long enough to still run when we close
        window.setCurrentConfig(c);
        QVERIFY(window.runSingle());
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->counts().running == 1, 10000);

        window.setQuitAnswer(MainWindow::QuitAnswer::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.controller()->isRunning());

        window.setQuitAnswer(MainWindow::QuitAnswer::QuitWhenFinished);
        QVERIFY(!window.close());
        QVERIFY(window.controller()->isRunning());
        window.stopAll();  // the study ends (here: stopped), then the window closes
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);

        MainWindow second;
        second.setStudiesRoot(temp.path());
        second.show();
        second.setCurrentConfig(c);
        QVERIFY(second.runSingle());
        QTRY_VERIFY_WITH_TIMEOUT(second.controller()->counts().running == 1, 10000);
        second.setQuitAnswer(MainWindow::QuitAnswer::StopAndQuit);
        QVERIFY(second.close());
        QTRY_VERIFY_WITH_TIMEOUT(!second.controller()->isRunning(), 5000);
    }
};

QTEST_MAIN(TestOpenedStudy)
#include "tst_opened_study.moc"
