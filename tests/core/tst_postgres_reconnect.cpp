// Workers and a database server that goes away: the server stops (cleanly,
// or in a crash) and starts again on the same socket a few seconds later,
// and the SAME worker processes reconnect, keep the trials they were
// running and finish the study; a worker that waits longer than its
// --reconnect-timeout stops with an error; a worker slower to come back than
// another one's reaper keeps its trial. Also the TCP keepalive defaults of
// every connection. Every fact is read from the database itself.

#include <QtTest>

#include <QTemporaryDir>

#include <map>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "postgres_server.h"
#include "study/storage/postgres/pg_connection.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_trial_reaper.h"
#include "study/storage/postgres/postgres_study_storage.h"
#include "worker_process.h"

using nlohmann::json;
using namespace hyperlab;

class TestPostgresReconnect : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_temp;

    std::string conninfo() const { return m_server.conninfo().toStdString(); }

    // A random study of an analytic function whose trials take `epochs` x
    // 0.05 s, created in the database without workers.
    void createStudy(const QString& name, int trials, int epochs) {
        const QString file = m_temp.path() + "/" + name + ".json";
        writeJson(file, {{"name", name.toStdString()},
                         {"objective",
                          {{"function", "branin"}, {"epochs", epochs}, {"epoch_seconds", 0.05}}},
                         {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 11}}}});
        const CliResult created =
            runCli({"search", file, "--storage", m_server.conninfo(), "--workers", "0"});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    long long count(PgConnection& db, const std::string& where, const std::string& study) {
        return db
            .exec(
                "SELECT count(*) FROM hyperlab_trials t JOIN hyperlab_studies s ON "
                "s.id = t.study_id WHERE s.name = $1 AND " +
                    where,
                {study})
            .integer(0, 0);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString error = prepareWorkerTest(m_server, m_temp);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_server.stop(); }

    // Keepalives and the send timeout are on unless the connection string
    // says otherwise (libpq records them for socket connections too).
    void keepalivesAreOnByDefault() {
        PgConnection plain(conninfo());
        QCOMPARE(plain.option("keepalives"), std::string("1"));
        QCOMPARE(plain.option("keepalives_idle"), std::string("30"));
        QCOMPARE(plain.option("keepalives_interval"), std::string("10"));
        QCOMPARE(plain.option("keepalives_count"), std::string("3"));
        QCOMPARE(plain.option("tcp_user_timeout"), std::string("60000"));
        PgConnection own(conninfo() + " keepalives_idle=7 tcp_user_timeout=0");
        QCOMPARE(own.option("keepalives_idle"), std::string("7"));
        QCOMPARE(own.option("tcp_user_timeout"), std::string("0"));
        QCOMPARE(own.option("keepalives"), std::string("1"));
    }

    void serverRestartDuringAStudy_data() {
        QTest::addColumn<QString>("mode");
        QTest::newRow("clean stop") << "fast";
        QTest::newRow("crash") << "immediate";
    }

    // Two workers train; the server stops while both run a trial (with
    // intermediate values in the database) and is back 2 s later. Both
    // processes reconnect and finish the study with exit 0; the trials
    // finished before are intact; every trial completes once and none is
    // declared lost (after a restart a worker gets the grace to come back).
    void serverRestartDuringAStudy() {
        QFETCH(QString, mode);
        const QString name = "restart-" + mode;
        const std::string study = name.toStdString();
        const int trials = 8;
        createStudy(name, trials, 20);
        std::vector<WorkerProcess> workers;
        for (int i = 0; i < 2; ++i)
            workers.push_back(
                WorkerProcess::start(m_server.conninfo(), name,
                                     m_temp.path() + QString("/%1-w%2.jsonl").arg(name).arg(i)));
        std::vector<std::pair<std::string, std::string>> before;
        const std::string finished =
            "SELECT t.number, t.value FROM hyperlab_trials t JOIN hyperlab_studies s ON "
            "s.id = t.study_id WHERE s.name = $1 AND t.state = 'completed' ORDER BY t.number";
        {
            PgConnection db(conninfo());
            QTRY_VERIFY_WITH_TIMEOUT(
                count(db, "t.state = 'completed'", study) >= 1 &&
                    count(db,
                          "t.state = 'running' AND EXISTS (SELECT 1 FROM hyperlab_trial_epochs e "
                          "WHERE e.trial_id = t.id)",
                          study) == 2,
                30000);
            const PgResult r = db.exec(finished, {study});
            for (int i = 0; i < r.rows(); ++i)
                before.emplace_back(r.text(i, 0), r.text(i, 1));
        }
        QElapsedTimer outage;
        outage.start();
        QString error;
        QVERIFY2(m_server.restart(mode, 2000, error), qPrintable(error));
        const qint64 downMs = outage.elapsed();
        for (auto& w : workers)
            QVERIFY2(w.finishes(), qPrintable(w.errors()));

        PgConnection db(conninfo());
        const PgResult after = db.exec(finished, {study});
        std::map<std::string, std::string> afterValues;  // number -> value
        for (int i = 0; i < after.rows(); ++i)
            afterValues[after.text(i, 0)] = after.text(i, 1);
        for (const auto& [number, value] : before) {
            QVERIFY2(afterValues.count(number), number.c_str());
            QCOMPARE(afterValues[number], value);
        }
        QCOMPARE(count(db, "t.state = 'completed'", study), (long long)trials);
        QCOMPARE(db.exec("SELECT count(DISTINCT t.params) FROM hyperlab_trials t JOIN "
                         "hyperlab_studies s ON s.id = t.study_id WHERE s.name = $1 AND "
                         "t.state = 'completed'",
                         {study})
                     .integer(0, 0),
                 (long long)trials);
        QCOMPARE(count(db, "t.state <> 'completed'", study), 0LL);
        // Every trial that completed has its 20 intermediate values, those
        // of the outage included (kept in memory and written when back).
        // Not after a crash: the last ones written before it may be lost,
        // as intermediate values do not wait for the server's disk.
        if (mode == "fast")
            QCOMPARE(
                db.exec("SELECT count(*) FROM hyperlab_trial_epochs e JOIN hyperlab_trials t ON "
                        "t.id = e.trial_id JOIN hyperlab_studies s ON s.id = t.study_id WHERE "
                        "s.name = $1",
                        {study})
                    .integer(0, 0),
                trials * 20LL);
        // Each worker said that it lost the connection and when it was back.
        for (const auto& w : workers) {
            QVERIFY2(!w.events("connection_lost").empty(), qPrintable(w.errors()));
            const auto back = w.events("reconnected");
            QCOMPARE(int(back.size()), 1);
            QVERIFY2(w.errors().contains("the database connection is back"),
                     qPrintable(w.errors()));
            qInfo(
                "%s: server down %lld ms (stop + 2 s + start); worker back after %.1f s, "
                "%d attempt(s)",
                qPrintable(mode), downMs, back[0]["seconds"].get<double>(),
                back[0]["attempts"].get<int>());
        }
    }

    // After a server restart every trial lock is free. A reaper that runs
    // before the trial's worker has reconnected leaves the trial alone
    // (its heartbeat predates the restart: the worker gets the grace); the
    // worker then reconnects, takes the lock back and its result counts.
    void reaperWaitsForAWorkerAfterARestart() {
        const json source = {{"name", "slow"},
                             {"objective", {{"function", "branin"}}},
                             {"strategy", {{"type", "random"}, {"trials", 2}, {"seed", 5}}}};
        PgStudyRecord record;
        {
            PgConnection c(conninfo());
            ensurePgSchema(c);
            record = createPgStudy(c, "slow", source, "function", 3);
        }
        PgWorkerSettings settings;
        settings.workerId = "slow:1";
        settings.heartbeatSeconds = 3600;  // it reconnects when it next writes
        PostgresStudyStorage slow(conninfo(), "slow", settings);
        const TrialSnapshot t = slow.claim([] { return false; });
        QVERIFY(t);
        QVERIFY(slow.study().markRunning(t->number));
        QString error;
        QVERIFY2(m_server.restart("fast", 500, error), qPrintable(error));

        PgConnection reaper(conninfo());
        const Study study(StudyDefinition::fromJson(source));
        QCOMPARE(reapLostTrials(reaper, record, study, "reaper:1", record.graceSeconds), 0);
        TrialOutcome outcome;
        outcome.value = 1.5;
        slow.trialFinished(t->number, outcome);  // reconnects first
        QVERIFY(slow.droppedResults().empty());
        const PgResult row = reaper.exec(
            "SELECT state, value FROM hyperlab_trials WHERE study_id = $1 AND number = $2",
            {std::to_string(record.id), std::to_string(t->number)});
        QCOMPARE(row.text(0, 0), std::string("completed"));
        QCOMPARE(row.text(0, 1), std::string("1.5"));
    }

    // A claim waiting for a lost connection ends as soon as its runner asks
    // it to stop (the desktop application's "stop the workers here"), not
    // after the reconnect timeout (600 s here).
    void stoppedClaimDoesNotWaitForTheConnection() {
        {
            PgConnection c(conninfo());
            createPgStudy(c, "stopping",
                          {{"name", "stopping"},
                           {"objective", {{"function", "branin"}}},
                           {"strategy", {{"type", "random"}, {"trials", 5}, {"seed", 1}}}},
                          "function", 3);
        }
        PgWorkerSettings settings;
        settings.workerId = "stopping:1";
        PostgresStudyStorage storage(conninfo(), "stopping", settings);
        const TrialSnapshot first = storage.claim([] { return false; });
        QVERIFY(first);
        QString error;
        bool restarted = false;
        std::thread outage([&] { restarted = m_server.restart("fast", 3000, error); });
        QThread::msleep(1500);  // the server is gone (a fast stop takes well under 1 s)
        QElapsedTimer waited;
        waited.start();
        const TrialSnapshot none = storage.claim([&] { return waited.elapsed() > 300; });
        const qint64 ms = waited.elapsed();
        outage.join();
        QVERIFY2(restarted, qPrintable(error));
        QVERIFY(!none);
        QVERIFY2(ms < 1500, qPrintable(QString::number(ms)));
    }

    // A worker whose connection stays away longer than --reconnect-timeout
    // gives up: it stops its 20 s trial at once rather than train a result
    // it cannot record, says why, and exits 1.
    void workerGivesUpAfterItsTimeout() {
        const QString name = "give-up";
        createStudy(name, 3, 400);
        WorkerProcess w =
            WorkerProcess::start(m_server.conninfo(), name, m_temp.path() + "/give-up.jsonl",
                                 {"--reconnect-timeout", "1"});
        {
            PgConnection db(conninfo());
            QTRY_VERIFY_WITH_TIMEOUT(count(db, "t.state = 'running'", name.toStdString()) == 1,
                                     30000);
        }
        QElapsedTimer sinceStop;
        sinceStop.start();
        QString error;
        QVERIFY2(m_server.restart("fast", 4000, error), qPrintable(error));
        QVERIFY(w.process->waitForFinished(30000));
        const qint64 stoppedAfterMs = sinceStop.elapsed();
        QCOMPARE(w.process->exitCode(), 1);
        QVERIFY2(w.errors().contains("did not come back within 1 s (--reconnect-timeout); this "
                                     "worker stopped"),
                 qPrintable(w.errors()));
        QCOMPARE(int(w.events("connection_given_up").size()), 1);
        // The loss is seen at the next intermediate value, given up at the
        // next heartbeat (5 s apart) and the trial stopped within an epoch.
        QVERIFY2(stoppedAfterMs < 12000, qPrintable(QString::number(stoppedAfterMs)));
    }
};

QTEST_GUILESS_MAIN(TestPostgresReconnect)
#include "tst_postgres_reconnect.moc"
