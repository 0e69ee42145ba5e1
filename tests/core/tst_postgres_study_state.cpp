// The study-level state of a shared study (schema version 2): set from the
// CLI, obeyed by real `hyperlab-cli worker` processes before every claim
// (paused: they claim nothing and wait; stopped: they exit 0 and say why),
// and the schema upgrade from version 1 (in place, data kept) next to the
// refusal of a newer schema. Every fact is read from the database itself.

#include <QtTest>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "pg_trial_counts.h"
#include "postgres_server.h"
#include "study/storage/postgres/pg_conninfo.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_study_reader.h"
#include "study/storage/postgres/pg_study_state.h"

using nlohmann::json;
using namespace hyperlab;

class TestPostgresStudyState : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_temp;

    std::string conninfo(const QString& db = QStringLiteral("postgres")) const {
        return m_server.conninfo(db).toStdString();
    }

    // An analytic-function study: trials take no time, so what a worker
    // claims depends only on the state.
    void createFunctionStudy(const QString& name, int trials) {
        const QString path = m_temp.path() + "/" + name + ".json";
        writeJson(path, json{{"name", name.toStdString()},
                             {"objective", {{"function", "branin"}}},
                             {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 3}}}});
        const CliResult created =
            runCli({"search", path, "--storage", m_server.conninfo(), "--workers", "0"});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    long long trialsIn(const std::string& study, const std::string& states) {
        return pgTrialsInStates(conninfo(), study, states);
    }

    CliResult setState(const QString& option, const QString& study) {
        return runCli({"studies", "--storage", m_server.conninfo(), option, study});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "HYPERLAB_CLI must name hyperlab-cli");
        QVERIFY(m_temp.isValid());
        QString error;
        QVERIFY2(m_server.start(error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.stop(); }

    // `studies --pause/--resume/--stop NAME` writes the column; the listing
    // shows it; an unknown name is bad input naming the studies there.
    void cliSetsAndListsTheState() {
        createFunctionStudy("states", 5);
        PgConnection db(conninfo());
        const int id = findPgStudy(db, "states").id;
        QCOMPARE(readPgStudyState(db, id), PgStudyState::Running);
        QCOMPARE(setState("--pause", "states").exitCode, 0);
        QCOMPARE(readPgStudyState(db, id), PgStudyState::Paused);
        const CliResult listed = runCli({"studies", "--storage", m_server.conninfo(), "--jsonl"});
        QCOMPARE(listed.exitCode, 0);
        bool seen = false;
        for (const json& s : jsonLines(listed.out))
            if (s["study"] == "states") {
                QCOMPARE(s["state"].get<std::string>(), std::string("paused"));
                seen = true;
            }
        QVERIFY(seen);
        QCOMPARE(setState("--stop", "states").exitCode, 0);
        QCOMPARE(readPgStudyState(db, id), PgStudyState::Stopped);
        QCOMPARE(setState("--resume", "states").exitCode, 0);
        QCOMPARE(readPgStudyState(db, id), PgStudyState::Running);

        const CliResult unknown = setState("--stop", "no-such-study");
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("states"), unknown.err.constData());
        const CliResult two =
            runCli({"studies", "--storage", m_server.conninfo(), "--stop", "a", "--pause", "b"});
        QCOMPARE(two.exitCode, 2);
    }

    // Paused: a worker claims nothing and keeps waiting; resumed, it runs
    // the whole study and exits 0.
    void pausedWorkerWaitsThenRuns() {
        createFunctionStudy("paused", 12);
        QCOMPARE(setState("--pause", "paused").exitCode, 0);
        QProcess worker;
        worker.start(cliPath(),
                     {"worker", "--storage", m_server.conninfo(), "--study", "paused", "--jsonl"});
        QVERIFY(worker.waitForStarted());
        // Long enough for many claims at the 0.25 s poll: none happens.
        QVERIFY(!worker.waitForFinished(2500));
        QCOMPARE(trialsIn("paused", "running,completed,queued"), 0LL);
        QCOMPARE(setState("--resume", "paused").exitCode, 0);
        QVERIFY(worker.waitForFinished(60000));
        QCOMPARE(worker.exitCode(), 0);
        QCOMPARE(trialsIn("paused", "completed"), 12LL);
        // It said why it waited, and when it went on.
        std::vector<std::string> states;
        for (const json& e : jsonLines(worker.readAllStandardOutput()))
            if (e["event"] == "study_state")
                states.push_back(e["state"].get<std::string>());
        QCOMPARE(states, (std::vector<std::string>{"paused", "running"}));
    }

    // Stopped: a worker claims nothing, exits 0 and says why (jsonl and
    // human output).
    void stoppedWorkerExitsZeroAndSaysWhy() {
        createFunctionStudy("stopped", 6);
        QCOMPARE(setState("--stop", "stopped").exitCode, 0);
        const CliResult jsonl = runCli(
            {"worker", "--storage", m_server.conninfo(), "--study", "stopped", "--jsonl"}, 60000);
        QCOMPARE(jsonl.exitCode, 0);
        bool said = false;
        for (const json& e : jsonLines(jsonl.out))
            if (e["event"] == "worker_stopped") {
                QCOMPARE(e["reason"].get<std::string>(), std::string("study_stopped"));
                QCOMPARE(e["study"].get<std::string>(), std::string("stopped"));
                said = true;
            }
        QVERIFY2(said, jsonl.out.constData());
        const CliResult human =
            runCli({"worker", "--storage", m_server.conninfo(), "--study", "stopped"}, 60000);
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("was stopped"), human.out.constData());
        QCOMPARE(trialsIn("stopped", "running,completed,queued,failed"), 0LL);
    }

    // A version-1 database (as HyperLab before the study state wrote it)
    // is upgraded in place on first use: its studies and trials stay, they
    // run, and the version says 2. The upgrade is one transaction: a failing
    // one leaves version 1 as it was.
    void versionOneSchemaIsUpgraded() {
        {
            PgConnection c(conninfo());
            c.exec("CREATE DATABASE v1");
        }
        const std::string v1 = conninfo("v1");
        {
            // Version 2 without what version 2 added is version 1.
            PgConnection c(v1);
            ensurePgSchema(c);
            c.exec("ALTER TABLE hyperlab_studies DROP COLUMN state");
            c.exec("UPDATE hyperlab_schema_version SET version = 1");
        }
        {
            // A version-1 study: inserted as version 1 would, without state.
            PgConnection c(v1);
            c.exec(
                "INSERT INTO hyperlab_studies (name, definition, dataset_fingerprint) VALUES "
                "('old', $1, 'function')",
                {json{{"name", "old"},
                      {"objective", {{"function", "branin"}}},
                      {"strategy", {{"type", "random"}, {"trials", 3}, {"seed", 1}}}}
                     .dump()});
            // A failed upgrade leaves version 1: a broken column blocks it.
            c.exec("ALTER TABLE hyperlab_studies ADD COLUMN state integer");
        }
        {
            PgConnection c(v1);
            QVERIFY_THROWS_EXCEPTION(PgError, ensurePgSchema(c));
            QCOMPARE(c.exec("SELECT max(version) FROM hyperlab_schema_version").integer(0, 0), 1LL);
            c.exec("ALTER TABLE hyperlab_studies DROP COLUMN state");
        }
        const CliResult listed =
            runCli({"studies", "--storage", m_server.conninfo("v1"), "--jsonl"});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const std::vector<json> studies = jsonLines(listed.out);
        QCOMPARE(int(studies.size()), 1);
        QCOMPARE(studies[0]["state"].get<std::string>(), std::string("running"));
        PgConnection c(v1);
        QCOMPARE(c.exec("SELECT max(version) FROM hyperlab_schema_version").integer(0, 0),
                 (long long)kPgSchemaVersion);
        QCOMPARE(c.exec("SELECT count(*) FROM hyperlab_schema_version").integer(0, 0), 1LL);
        const CliResult worker =
            runCli({"worker", "--storage", m_server.conninfo("v1"), "--study", "old"}, 60000);
        QVERIFY2(worker.exitCode == 0, worker.err.constData());
        QCOMPARE(
            c.exec("SELECT count(*) FROM hyperlab_trials WHERE state = 'completed'").integer(0, 0),
            3LL);
    }

    // A newer schema stays refused (the GUI and the CLI share the check).
    void newerSchemaIsRefused() {
        {
            PgConnection c(conninfo());
            c.exec("CREATE DATABASE v9");
        }
        {
            PgConnection c(conninfo("v9"));
            ensurePgSchema(c);
            c.exec("UPDATE hyperlab_schema_version SET version = 9");
        }
        PgConnection c(conninfo("v9"));
        try {
            ensurePgSchema(c);
            QFAIL("a newer schema was accepted");
        } catch (const PgError& e) {
            QVERIFY2(std::string(e.what()).find("version 9") != std::string::npos, e.what());
        }
        QCOMPARE(c.exec("SELECT max(version) FROM hyperlab_schema_version").integer(0, 0), 9LL);
    }

    // The reader's polls read only what changed: a second poll with nothing
    // new returns no finished trial again, and no epoch twice.
    void readerPollsOnlyChanges() {
        createFunctionStudy("polled", 8);
        const CliResult worker =
            runCli({"worker", "--storage", m_server.conninfo(), "--study", "polled"}, 60000);
        QCOMPARE(worker.exitCode, 0);
        PgStudyReader reader(conninfo(), "polled");
        const PgStudyChanges first = reader.poll();
        QCOMPARE(int(first.trials.size()), 8);
        const PgStudyChanges second = reader.poll();
        QCOMPARE(int(second.trials.size()), 0);
        QCOMPARE(int(second.epochs.size()), 0);
        reader.setState(PgStudyState::Paused);
        QCOMPARE(reader.poll().state, PgStudyState::Paused);
    }

    // What a refresh of the desktop application costs (it polls every
    // second): the first poll of a 1,000-trial study with 20 intermediate
    // values each reads everything; later ones read only unfinished trials
    // and new epochs. Printed for docs/distributed.md; the test checks that
    // a later poll reads nothing again and costs less than the first.
    void pollCostWithManyTrials() {
        const QString path = m_temp.path() + "/many.json";
        writeJson(path, json{{"name", "many"},
                             {"objective", {{"function", "branin"}, {"epochs", 20}}},
                             {"strategy", {{"type", "random"}, {"trials", 1000}, {"seed", 5}}}});
        QCOMPARE(
            runCli({"search", path, "--storage", m_server.conninfo(), "--workers", "4"}, 300000)
                .exitCode,
            0);
        PgStudyReader reader(conninfo(), "many");
        QElapsedTimer clock;
        clock.start();
        const PgStudyChanges first = reader.poll();
        const double firstMs = clock.nsecsElapsed() / 1e6;
        QCOMPARE(int(first.trials.size()), 1000);
        std::size_t epochs = 0;
        for (const PgTrialEpochs& e : first.epochs)
            epochs += e.epochs.size();
        QCOMPARE(int(epochs), 20000);
        constexpr int kPolls = 20;
        clock.restart();
        for (int i = 0; i < kPolls; ++i)
            QCOMPARE(int(reader.poll().trials.size()), 0);
        const double laterMs = clock.nsecsElapsed() / 1e6 / kPolls;
        qInfo("poll of 1000 trials x 20 epochs: first %.1f ms, later %.2f ms", firstMs, laterMs);
        QVERIFY(laterMs < firstMs);
    }

    // What the window and QSettings show of a connection string: never
    // the password.
    void conninfoWithoutPassword() {
        QCOMPARE(pgTargetName("postgresql://alice:secret@dbhost/lab"), std::string("dbhost/lab"));
        QCOMPARE(pgTargetName("host=/tmp/sock dbname=x"), std::string("/tmp/sock/x"));
        QCOMPARE(pgConninfoWithoutPassword("host=h dbname=d"), std::string("host=h dbname=d"));
        const std::string stripped =
            pgConninfoWithoutPassword("postgresql://alice:secret@dbhost/lab");
        QVERIFY2(stripped.find("secret") == std::string::npos, stripped.c_str());
        QVERIFY2(stripped.find("dbhost") != std::string::npos, stripped.c_str());
        QVERIFY2(stripped.find("alice") != std::string::npos, stripped.c_str());
        QCOMPARE(pgConninfoWithoutPassword("password='a b' host=h"), std::string("host=h"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStudyState)
#include "tst_postgres_study_state.moc"
