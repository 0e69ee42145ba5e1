// End to end through the main window: a 6-trial random search on the spiral
// with 2 workers fills the leaderboard and the charts; stopping mid-search
// leaves no trial running; the stopped study can be reopened and resumed.
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "charts/trial_curves_chart.h"
#include "dialogs/message_boxes.h"
#include "main_window.h"
#include "models/leaderboard_model.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "panels/model_training_form.h"
#include "panels/search_setup_panel.h"
#include "study/model/study.h"
#include "study/storage/study_directory.h"
#include "study_controller.h"
#include "train/default_config.h"

using namespace hyperlab;
using namespace hyperlab::ui;

class TestMainWindowE2e : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_studies;

    void setEpochs(MainWindow& window, int epochs) {
        auto* spin = window.form()->findChild<QSpinBox*>(QStringLiteral("training.epochs"));
        QVERIFY(spin);
        spin->setValue(epochs);
    }

private Q_SLOTS:
    void initTestCase() {
        setMessageBoxesEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window_e2e"));
        QSettings().clear();
        QVERIFY(m_studies.isValid());
    }

    void firstStartIsReadyToRun() {
        MainWindow window;
        QCOMPARE(window.currentConfig().dataset.name, std::string("spiral"));
        QVERIFY(window.form()->isValid());
        QVERIFY2(window.searchPanel()->problem().isEmpty(),
                 qPrintable(window.searchPanel()->problem()));
    }

    void randomSearchFillsLeaderboardAndCharts() {
        MainWindow window;
        window.setStudiesRoot(m_studies.path());
        window.show();
        setEpochs(window, 12);
        SearchSetupPanel* search = window.searchPanel();
        search->setStrategy(QStringLiteral("random"));
        search->setTrials(6);
        search->setWorkers(2);
        QVERIFY(window.startSearch());
        QVERIFY(window.controller()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 45000);

        const LeaderboardModel* model = window.leaderboard()->model();
        QCOMPARE(model->rowCount(), 6);
        for (int row = 0; row < 6; ++row) {
            const TrialSnapshot t = model->trialAt(row);
            QVERIFY(t);
            QCOMPARE(t->state, TrialState::Completed);
            QCOMPARE(int(t->history.size()), 12);
        }
        const TrialSnapshot best = model->bestTrial();
        QVERIFY(best);
        QVERIFY(model
                    ->data(model->index(model->rowOfTrial(best->number), 0),
                           LeaderboardModel::IsBestRole)
                    .toBool());
        QCOMPARE(best->number, window.controller()->study()->bestTrial()->number);
        QVERIFY(best->value > 0.6);  // the spiral is learnable in 12 epochs

        // Curves: every trial got its epochs; selecting trials overlays them.
        LiveChartsPanel* charts = window.charts();
        charts->flushNow();
        for (int trial = 0; trial < 6; ++trial)
            QCOMPARE(charts->epochCount(trial), 12);
        window.leaderboard()->selectTrial(best->number);
        charts->flushNow();
        QVERIFY(charts->shownTrials().contains(best->number));
        QVERIFY(charts->curvesChart()->pointCount(best->number) > 0);

        // The status bar counts exactly those six finished trials.
        const QString status = window.statusText();
        QVERIFY2(status.startsWith(QStringLiteral("Done 6 · running 0 · failed 0")),
                 qPrintable(status));
        QVERIFY(window.recentStudies().size() >= 1);
    }

    void stopMidSearchLeavesNothingRunning() {
        MainWindow window;
        window.setStudiesRoot(m_studies.path());
        setEpochs(window, 400);  // long enough to be stopped mid-trial
        SearchSetupPanel* search = window.searchPanel();
        search->setStrategy(QStringLiteral("random"));
        search->setTrials(6);
        search->setWorkers(2);
        QVERIFY(window.startSearch());
        StudyController* controller = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(
            controller->counts().running == 2 && window.charts()->epochCount(0) >= 2, 20000);
        // Pause: running trials go on, no new one starts.
        window.togglePause();
        QVERIFY(controller->isPaused());
        QVERIFY(window.statusText().contains(QStringLiteral("paused")));
        window.togglePause();
        QVERIFY(!controller->isPaused());

        // Stop the selected trial only: it ends cancelled, the study goes on.
        window.leaderboard()->selectTrial(0);
        window.stopSelectedTrial();
        QTRY_VERIFY_WITH_TIMEOUT(controller->study()->trial(0)->state == TrialState::Cancelled,
                                 10000);
        QVERIFY(!controller->study()->trial(0)->resumable);
        QVERIFY(controller->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(controller->counts().running == 2,
                                 10000);  // a new trial took its slot

        QElapsedTimer timer;
        timer.start();
        window.stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), 10000);
        qInfo("stop took %lld ms", timer.elapsed());
        QCOMPARE(controller->counts().running, 0);
        const LeaderboardModel* model = window.leaderboard()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->trialAt(row)->state != TrialState::Running);
        // Trials the study stop interrupted can run again; the one stopped by hand cannot.
        int resumable = 0;
        for (const TrialSnapshot& t : controller->study()->trials())
            if (t->state == TrialState::Cancelled && t->number != 0) {
                QVERIFY(t->resumable);
                ++resumable;
            }
        QCOMPARE(resumable, 2);

        // The interrupted study reopens from disk and resumes where it stopped.
        const QString dir = controller->directory();
        const LoadedStudy loaded = StudyDirectory::load(dir.toStdString());
        QVERIFY(!loaded.trials.empty());
        QVERIFY2(window.openStudy(dir), qPrintable(window.lastError()));
        QCOMPARE(window.leaderboard()->model()->rowCount(), int(loaded.trials.size()));
        QVERIFY(window.resumeStudy(dir));
        QTRY_VERIFY_WITH_TIMEOUT(controller->counts().running > 0, 20000);
        window.stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), 10000);
        QCOMPARE(controller->counts().running, 0);
    }

    void runOneConfig() {
        MainWindow window;
        window.setStudiesRoot(m_studies.path());
        setEpochs(window, 5);
        QVERIFY(window.runSingle());
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 20000);
        QCOMPARE(window.leaderboard()->model()->rowCount(), 1);
        QCOMPARE(window.leaderboard()->model()->trialAt(0)->state, TrialState::Completed);
        QCOMPARE(window.leaderboard()->model()->trialAt(0)->config["training"]["epochs"].get<int>(),
                 5);
    }

    void invalidFormRefusesToRun() {
        MainWindow window;
        window.setStudiesRoot(m_studies.path());
        RunConfig c = window.currentConfig();
        c.training.optimizer = "sgd";
        c.training.nesterov = true;
        c.training.momentum = 0.0;
        window.setCurrentConfig(c);
        QVERIFY(!window.runSingle());
        QVERIFY(window.lastError().contains(QStringLiteral("training.nesterov")));
        QVERIFY(!window.controller()->isRunning());
    }
    void sessionIsRestored() {
        {
            MainWindow window;
            setEpochs(window, 7);
            window.searchPanel()->setTrials(9);
            window.show();
            window.close();  // saves layout and forms
        }
        MainWindow again;
        QCOMPARE(again.currentConfig().training.epochs, 7);
        QCOMPARE(again.searchPanel()->plannedTrials(), 9);
        QSettings().clear();
        MainWindow fresh;
        QCOMPARE(fresh.currentConfig().training.epochs, defaultRunConfig().training.epochs);
    }
};

QTEST_MAIN(TestMainWindowE2e)
#include "tst_main_window_e2e.moc"
