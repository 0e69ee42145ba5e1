// File > Connect to database (issue 13) against a private PostgreSQL server
// (tests/core/postgres_server.h) and real `hyperlab-cli worker` processes:
// the dialog lists the studies, the leaderboard holds the database's trials,
// curves come from the intermediate values (whole for a finished trial,
// growing for a running one), Pause makes a running worker stop claiming,
// Stop makes it exit 0, "Run workers here" runs the study in this process
// and stops at once; a bad connection string or a newer schema give a
// message, a version-1 schema is upgraded. Facts about workers are read
// from the database, facts about the window from its models.

#include <QtTest>

#include <QAction>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "../core/cli_process.h"
#include "../core/pg_trial_counts.h"
#include "../core/postgres_server.h"
#include "database/database_study_bar.h"
#include "database/database_study_session.h"
#include "database/database_workers.h"
#include "dialogs/connect_database_dialog.h"
#include "dialogs/message_boxes.h"
#include "i18n/language.h"
#include "main_window.h"
#include "models/database_studies_model.h"
#include "models/leaderboard_model.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "screenshot.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_study_state.h"

using nlohmann::json;
using namespace hyperlab;
using namespace hyperlab::ui;

class TestDatabaseStudy : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_temp;

    QString conninfo(const QString& db = QStringLiteral("postgres")) const {
        return m_server.conninfo(db);
    }

    // Branin with a synthetic curve: `epochs` intermediate values per trial,
    // `epochSeconds` apart, so a running trial's curve grows at a known pace.
    void createStudy(const QString& name, int trials, int epochs, double epochSeconds,
                     const QString& db = QStringLiteral("postgres")) {
        const QString path = m_temp.path() + "/" + name + ".json";
        writeJson(
            path,
            json{{"name", name.toStdString()},
                 {"objective",
                  {{"function", "branin"}, {"epochs", epochs}, {"epoch_seconds", epochSeconds}}},
                 {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 11}}}});
        const CliResult created =
            runCli({"search", path, "--storage", conninfo(db), "--workers", "0"});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    std::unique_ptr<QProcess> startWorker(const QString& study) {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(m_temp.path() + "/" + study + ".jsonl");
        p->setStandardErrorFile(m_temp.path() + "/" + study + ".err");
        p->start(cliPath(), {"worker", "--storage", conninfo(), "--study", study, "--jsonl"});
        return p;
    }

    // number -> (state, value) as the database holds them.
    std::map<int, std::pair<std::string, std::string>> databaseTrials(const std::string& study) {
        PgConnection db(conninfo().toStdString());
        const PgResult rows = db.exec(
            "SELECT t.number, t.state, coalesce(t.value::text, '') FROM hyperlab_trials t "
            "JOIN hyperlab_studies s ON s.id = t.study_id WHERE s.name = $1",
            {study});
        std::map<int, std::pair<std::string, std::string>> out;
        for (int r = 0; r < rows.rows(); ++r)
            out[int(rows.integer(r, 0))] = {rows.text(r, 1), rows.text(r, 2)};
        return out;
    }

    long long countTrials(const std::string& study, const std::string& states) {
        return pgTrialsInStates(conninfo().toStdString(), study, states);
    }

    PgStudyState databaseState(const std::string& study) {
        PgConnection db(conninfo().toStdString());
        return readPgStudyState(db, findPgStudy(db, study).id);
    }

    static bool opened(MainWindow& w) {
        return w.databaseSession() && w.databaseSession()->isOpen();
    }

    static ConnectDatabaseDialog* listStudies(MainWindow& w, const QString& info) {
        ConnectDatabaseDialog* dialog = w.connectToDatabase();
        dialog->setConninfo(info);
        dialog->connectToDatabase();
        if (!QTest::qWaitFor([&] { return !dialog->isConnecting(); }, 30000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_database_study"));
        QSettings().clear();
        setMessageBoxesEnabled(false);
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "HYPERLAB_CLI must name hyperlab-cli");
        QVERIFY(m_temp.isValid());
        QString error;
        QVERIFY2(m_server.start(error), qPrintable(error));
        // A finished study: 5 trials of 6 epochs.
        createStudy("finished", 5, 6, 0.0);
        const CliResult worker = runCli(
            {"worker", "--storage", conninfo(), "--study", "finished", "--threads", "1"}, 60000);
        QVERIFY2(worker.exitCode == 0, worker.err.constData());
    }

    void cleanupTestCase() { m_server.stop(); }

    // The dialog lists what `listPgStudies` finds, with done/budget; Open
    // shows the study; the connection string is remembered.
    void dialogListsTheStudies() {
        MainWindow window;
        ConnectDatabaseDialog* dialog = listStudies(window, conninfo());
        QVERIFY(dialog);
        PgConnection db(conninfo().toStdString());
        const std::vector<PgStudyListing> studies = listPgStudies(db);
        QCOMPARE(dialog->model()->rowCount(), int(studies.size()));
        QVERIFY(dialog->selectStudy("finished"));
        bool found = false;
        for (int r = 0; r < dialog->model()->rowCount(); ++r) {
            const auto text = [&](int c) { return dialog->model()->index(r, c).data().toString(); };
            if (text(DatabaseStudiesModel::Name) == "finished") {
                found = true;
                QCOMPARE(text(DatabaseStudiesModel::Sampler), QStringLiteral("random"));
                QCOMPARE(text(DatabaseStudiesModel::Trials), QStringLiteral("5 / 5"));
                QCOMPARE(text(DatabaseStudiesModel::State), QStringLiteral("running"));
            }
        }
        QVERIFY(found);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
        QCOMPARE(QSettings().value("database/conninfo").toString(), conninfo());

        // Another string: the list was the other database's, so it goes.
        ConnectDatabaseDialog* again = listStudies(window, conninfo());
        QVERIFY(again && again->model()->rowCount() > 0);
        again->setConninfo(conninfo("elsewhere"));
        QCOMPARE(again->model()->rowCount(), 0);
        QVERIFY(again->selectedStudy().isEmpty());
    }

    // The leaderboard's rows are the database's trials (state and value);
    // every finished trial's whole curve is there; title and status bar
    // name host/db/study.
    void leaderboardAndCurvesOfAFinishedStudy() {
        MainWindow window;
        QVERIFY(window.openDatabaseStudy(conninfo(), "finished"));
        QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
        const auto expected = databaseTrials("finished");
        LeaderboardModel* model = window.leaderboard()->model();
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (const auto& [number, row] : expected) {
            const TrialSnapshot t = model->trialByNumber(number);
            QVERIFY(t);
            QCOMPARE(std::string(trialStateName(t->state)), row.first);
            QCOMPARE(t->value, std::stod(row.second));
            QCOMPARE(window.charts()->epochCount(number), 6);
        }
        const QString where = m_server.socketDirectory() + "/postgres/finished";
        QVERIFY2(window.windowTitle().contains(where), qPrintable(window.windowTitle()));
        QVERIFY2(window.statusText().contains(where), qPrintable(window.statusText()));
    }

    // A worker elsewhere: its running trial appears as running and its
    // curve grows from poll to poll; Pause stops its claims (the database
    // shows nothing new claimed while it stays alive); Stop makes it exit 0.
    void liveCurvesPauseAndStop() {
        createStudy("live", 8, 30, 0.15);  // 4.5 s per trial
        MainWindow window;
        QVERIFY(window.openDatabaseStudy(conninfo(), "live"));
        QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
        window.databaseSession()->setPollInterval(300);
        auto worker = startWorker("live");
        QVERIFY(worker->waitForStarted());
        LeaderboardModel* model = window.leaderboard()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->trialByNumber(0) && model->trialByNumber(0)->state == TrialState::Running,
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.charts()->epochCount(0) >= 2, 30000);
        const int early = window.charts()->epochCount(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.charts()->epochCount(0) >= early + 3, 30000);
        qInfo("a poll while a trial runs: %.2f ms (on the poll thread)",
              window.databaseSession()->lastPollMs());

        window.databaseBar()->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(databaseState("live"), PgStudyState::Paused, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.databaseSession()->state(), PgStudyState::Paused, 10000);
        // The running trial ends; nothing new is claimed while paused.
        QTRY_COMPARE_WITH_TIMEOUT(countTrials("live", "running"), 0LL, 30000);
        const long long claimed = countTrials("live", "completed,pruned,failed,running");
        QTest::qWait(2000);
        QCOMPARE(countTrials("live", "completed,pruned,failed,running"), claimed);
        QCOMPARE(worker->state(), QProcess::Running);
        QVERIFY(claimed < 8);
        // Curves of the finished trial are whole in the window.
        QTRY_COMPARE_WITH_TIMEOUT(window.charts()->epochCount(0), 30, 10000);

        window.databaseBar()->stopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(databaseState("live"), PgStudyState::Stopped, 10000);
        QVERIFY(worker->waitForFinished(30000));
        QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker->exitCode(), 0);
        QFile log(m_temp.path() + "/live.jsonl");
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("\"study_stopped\""));
        QCOMPARE(countTrials("live", "completed,pruned,failed,running"), claimed);
        // The window's rows are still the database's.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(databaseTrials("live").size()), 10000);
    }

    // "Run workers here": two slots in this process run the study to its
    // end (every trial completed in the database and in the window); on a
    // second study, unchecking stops at once and its trial goes back to
    // the queue.
    void runWorkersHere() {
        createStudy("here", 6, 4, 0.02);
        MainWindow window;
        QVERIFY(window.openDatabaseStudy(conninfo(), "here"));
        QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
        window.databaseSession()->setPollInterval(300);
        window.databaseBar()->workerCount()->setValue(2);
        window.databaseBar()->runWorkersAction()->trigger();
        QVERIFY(window.databaseWorkers()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.databaseWorkers()->isRunning(), 60000);
        QCOMPARE(countTrials("here", "completed"), 6LL);
        QTRY_COMPARE_WITH_TIMEOUT(window.databaseSession()->counts().completed, 6, 10000);
        QCOMPARE(window.leaderboard()->model()->rowCount(), 6);

        createStudy("slow", 4, 200, 0.1);  // 20 s per trial
        QVERIFY(window.openDatabaseStudy(conninfo(), "slow"));
        QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
        window.databaseBar()->workerCount()->setValue(1);
        window.databaseBar()->runWorkersAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(countTrials("slow", "running"), 1LL, 30000);
        QElapsedTimer clock;
        clock.start();
        window.databaseBar()->runWorkersAction()->trigger();  // unchecked: stop
        QTRY_VERIFY_WITH_TIMEOUT(!window.databaseWorkers()->isRunning(), 10000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(countTrials("slow", "running"), 0LL);
        QCOMPARE(countTrials("slow", "completed"), 0LL);
        QCOMPARE(countTrials("slow", "queued"), 1LL);
    }

    // Nothing to connect to, or a string libpq cannot parse: the dialog
    // says what failed and lists nothing; opening says so too.
    void badConnectionStrings_data() {
        QTest::addColumn<QString>("info");
        QTest::newRow("no server") << QStringLiteral("host=%1/nowhere dbname=x").arg(m_temp.path());
        QTest::newRow("garbage") << QStringLiteral("postgresql://[::1");
        QTest::newRow("no database") << conninfo(QStringLiteral("missing"));
    }
    void badConnectionStrings() {
        QFETCH(QString, info);
        MainWindow window;
        ConnectDatabaseDialog* dialog = listStudies(window, info);
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY2(dialog->message().startsWith("Cannot connect to"), qPrintable(dialog->message()));
        QVERIFY(window.openDatabaseStudy(info, "x"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.databaseSession(), 30000);
        QVERIFY2(window.lastError().contains("Cannot open study \"x\""),
                 qPrintable(window.lastError()));
    }

    // A schema a newer HyperLab wrote is refused, saying so, and left as is.
    void newerSchemaIsRefused() {
        {
            PgConnection c(conninfo().toStdString());
            c.exec("CREATE DATABASE newer");
        }
        {
            PgConnection c(conninfo("newer").toStdString());
            ensurePgSchema(c);
            c.exec("UPDATE hyperlab_schema_version SET version = 7");
        }
        MainWindow window;
        ConnectDatabaseDialog* dialog = listStudies(window, conninfo("newer"));
        QVERIFY(dialog);
        QVERIFY2(dialog->message().contains("cannot use") && dialog->message().contains("newer"),
                 qPrintable(dialog->message()));
        PgConnection c(conninfo("newer").toStdString());
        QCOMPARE(c.exec("SELECT max(version) FROM hyperlab_schema_version").integer(0, 0), 7LL);
    }

    // A version-1 database: connecting upgrades it, its study is listed as
    // running and opens.
    void versionOneIsUpgraded() {
        {
            PgConnection c(conninfo().toStdString());
            c.exec("CREATE DATABASE old");
        }
        createStudy("before", 3, 2, 0.0, "old");
        const CliResult ran =
            runCli({"worker", "--storage", conninfo("old"), "--study", "before"}, 60000);
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        {
            PgConnection c(conninfo("old").toStdString());
            c.exec("ALTER TABLE hyperlab_studies DROP COLUMN state");
            c.exec("UPDATE hyperlab_schema_version SET version = 1");
        }
        MainWindow window;
        ConnectDatabaseDialog* dialog = listStudies(window, conninfo("old"));
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->index(0, DatabaseStudiesModel::State).data().toString(),
                 QStringLiteral("running"));
        PgConnection c(conninfo("old").toStdString());
        QCOMPARE(c.exec("SELECT max(version) FROM hyperlab_schema_version").integer(0, 0),
                 (long long)kPgSchemaVersion);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
        QCOMPARE(window.leaderboard()->model()->rowCount(), 3);
    }

    // The server crashes and comes back: the window says the connection
    // was lost, connects again by itself and goes on following the study.
    void followsTheStudyAcrossAServerRestart() {
        MainWindow window;
        QVERIFY(window.openDatabaseStudy(conninfo(), "finished"));
        QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
        DatabaseStudySession* session = window.databaseSession();
        session->setPollInterval(300);
        QSignalSpy lost(session, &DatabaseStudySession::pollFailed);
        QSignalSpy back(session, &DatabaseStudySession::pollSucceeded);
        QString error;
        QVERIFY2(m_server.crashAndRestart(error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() > 0, 30000);
        QVERIFY2(lost.front().front().toString().startsWith("Lost the connection"),
                 qPrintable(lost.front().front().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(back.count() > 0, 30000);
        QVERIFY(window.lastError().isEmpty());
        QCOMPARE(runCli({"studies", "--storage", conninfo(), "--pause", "finished"}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), PgStudyState::Paused, 30000);
        QCOMPARE(runCli({"studies", "--storage", conninfo(), "--resume", "finished"}).exitCode, 0);
        QCOMPARE(window.leaderboard()->model()->rowCount(), 5);
    }

    // The dialog and the window with a database study (running trials of a
    // worker, curves), English and Chinese, at two sizes.
    void screenshots() {
        const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HYPERLAB_SCREENSHOT_DIR not set");
        // A real training study, so the curves are accuracies and losses.
        const QString path = m_temp.path() + "/spiral-shared.json";
        writeJson(path, json::parse(R"({"name": "spiral-shared",
                "base": {"dataset": {"name": "spiral", "samples": 5000, "validation_fraction": 0.2},
                         "model": {"hidden_layers": [128, 128]},
                         "training": {"epochs": 300, "batch_size": 32}},
                "space": {"training.learning_rate": {"type": "float", "low": 0.001, "high": 0.3,
                                                      "log": true},
                          "model.dropout": {"type": "float", "low": 0.0, "high": 0.4}},
                "strategy": {"type": "random", "trials": 40, "seed": 4},
                "objective": {"metric": "val_accuracy"}})"));
        const CliResult created =
            runCli({"search", path, "--storage", conninfo(), "--workers", "0"});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        auto a = startWorker("spiral-shared");
        auto b = startWorker("spiral-shared");
        // Some finished, two running: both kinds of curves are in the picture.
        QTRY_VERIFY_WITH_TIMEOUT(countTrials("spiral-shared", "completed") >= 4, 120000);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslations(language);
            for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
                MainWindow window;
                window.resize(size);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(window.openDatabaseStudy(conninfo(), "spiral-shared"));
                QTRY_VERIFY_WITH_TIMEOUT(opened(window), 30000);
                window.databaseSession()->setPollInterval(300);
                QTest::qWait(1500);
                window.charts()->flushNow();
                QVERIFY(window.databaseSession()->counts().running > 0);
                const QString suffix =
                    QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
                window.grab().save(dir + "/database-study-" + suffix + ".png");
                ConnectDatabaseDialog* dialog = listStudies(window, conninfo());
                QVERIFY(dialog);
                dialog->selectStudy("spiral-shared");
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                dialog->grab().save(dir + "/database-dialog-" + suffix + ".png");
                dialog->close();
            }
        }
        installTranslations(QStringLiteral("en"));
        for (auto* w : {a.get(), b.get()}) {
            w->terminate();
            w->waitForFinished(30000);
        }
    }
};

QTEST_MAIN(TestDatabaseStudy)
#include "tst_database_study.moc"
