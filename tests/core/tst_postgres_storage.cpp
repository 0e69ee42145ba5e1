// The PostgreSQL study storage with real worker processes on a private
// server (postgres_server.h): trials complete exactly once with several
// workers, a worker killed with SIGKILL has its trial retried elsewhere,
// racing claims never hand out a trial twice, two reapers make one retry,
// and the schema version and dataset fingerprint are checked. Every fact is
// read from the database itself.

#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <map>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "postgres_server.h"
#include "study/model/study.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_trial_reaper.h"
#include "study/storage/postgres/postgres_study_storage.h"
#include "worker_process.h"

using nlohmann::json;
using namespace hyperlab;

namespace {

// A worker process writing its --jsonl events to a file (a pipe nobody
// reads could fill up and stall it).
using Worker = WorkerProcess;

}  // namespace

class TestPostgresStorage : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_temp;

    std::string conninfo() const { return m_server.conninfo().toStdString(); }

    QString writeStudy(const QString& name, const json& study) {
        const QString path = m_temp.path() + "/" + name + ".json";
        writeJson(path, study);
        return path;
    }

    Worker startWorker(const QString& study, const QString& name, QStringList extra = {}) {
        return WorkerProcess::start(m_server.conninfo(), study,
                                    m_temp.path() + "/" + name + ".jsonl", extra);
    }

    static bool finishes(Worker& w, int timeoutMs = 60000) { return w.finishes(timeoutMs); }

    static QString errorsOf(const Worker& w) { return w.errors(); }

    // One query's single integer.
    long long count(PgConnection& db, const std::string& sql, const std::string& study) {
        return db.exec(sql, {study}).integer(0, 0);
    }

    static constexpr const char* kTrialsOf =
        " FROM hyperlab_trials t JOIN hyperlab_studies s ON s.id = t.study_id WHERE s.name = $1";

private Q_SLOTS:
    void initTestCase() {
        // No PostgreSQL is a failure, not a skip: the package is a dependency.
        const QString problem = prepareWorkerTest(m_server, m_temp);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_server.stop(); }

    // A 24-trial training study, three workers with one thread each: every
    // trial completes once, each by one worker, and the workers' own reports
    // add up to the same 24 trials.
    void threeWorkersCompleteEveryTrialOnce() {
        const QString file = writeStudy("train24", json::parse(R"({"name": "train24",
                "base": {"dataset": {"name": "moons", "samples": 300, "validation_fraction": 0.2},
                         "model": {"hidden_layers": [16]},
                         "training": {"epochs": 8, "batch_size": 32}},
                "space": {"training.learning_rate": {"type": "float", "low": 0.001, "high": 0.1,
                                                      "log": true}},
                "strategy": {"type": "random", "trials": 24, "seed": 5},
                "objective": {"metric": "val_accuracy"}})"));
        const CliResult created =
            runCli({"search", file, "--storage", m_server.conninfo(), "--workers", "0"});
        QVERIFY2(created.exitCode == 0, created.err.constData());

        std::vector<Worker> workers;
        for (int i = 0; i < 3; ++i)
            workers.push_back(startWorker("train24", QString("train24-w%1").arg(i)));
        std::multiset<int> reported;
        for (auto& w : workers) {
            QVERIFY2(finishes(w), qPrintable(errorsOf(w)));
            QFile f(w.log);
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const json& e : jsonLines(f.readAll()))
                if (e["event"] == "trial_finished") {
                    QCOMPARE(e["state"].get<std::string>(), std::string("completed"));
                    QVERIFY(e.contains("worker_id"));
                    reported.insert(e["trial"].get<int>());
                }
        }
        QCOMPARE(int(reported.size()), 24);
        QCOMPARE(int(std::set<int>(reported.begin(), reported.end()).size()), 24);

        PgConnection db(conninfo());
        const std::string s = "train24";
        QCOMPARE(count(db, std::string("SELECT count(*)") + kTrialsOf, s), 24LL);
        QCOMPARE(count(db,
                       std::string("SELECT count(*)") + kTrialsOf +
                           " AND t.state = 'completed' AND t.value IS NOT NULL",
                       s),
                 24LL);
        QCOMPARE(count(db, std::string("SELECT count(DISTINCT t.params)") + kTrialsOf, s), 24LL);
        // The intermediate values are there for live curves: 8 epochs each.
        QCOMPARE(count(db,
                       "SELECT count(*) FROM hyperlab_trial_epochs e JOIN hyperlab_trials t ON "
                       "t.id = e.trial_id JOIN hyperlab_studies s ON s.id = t.study_id WHERE "
                       "s.name = $1",
                       s),
                 24LL * 8);

        // The leaderboard from the database lists the same 24 trials.
        const CliResult board = runCli(
            {"leaderboard", "--storage", m_server.conninfo(), "--study", "train24", "--jsonl"});
        QCOMPARE(board.exitCode, 0);
        QCOMPARE(int(jsonLines(board.out).size()), 24);
    }

    // SIGKILL to a worker in the middle of a trial (after its first
    // intermediate value reached the database): that trial ends as failed
    // "worker lost", a retry with the same params (retried_from) completes
    // on another worker, and every trial of the budget completes once.
    void killedWorkersTrialIsRetriedElsewhere() {
        const int trials = 9;
        const QString file = writeStudy(
            "kill",
            {{"name", "kill"},
             {"objective", {{"function", "branin"}, {"epochs", 20}, {"epoch_seconds", 0.05}}},
             {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 7}}}});
        QCOMPARE(
            runCli({"search", file, "--storage", m_server.conninfo(), "--workers", "0"}).exitCode,
            0);
        std::vector<Worker> workers;
        for (int i = 0; i < 3; ++i)
            workers.push_back(startWorker("kill", QString("kill-w%1").arg(i)));
        QVERIFY(workers[0].process->waitForStarted());
        const std::string victim = ":" + std::to_string(workers[0].process->processId());

        PgConnection db(conninfo());
        // Its running trial with at least one epoch recorded: mid-training.
        const std::string running =
            "SELECT t.id FROM hyperlab_trials t JOIN hyperlab_studies s ON s.id = t.study_id "
            "WHERE s.name = 'kill' AND t.state = 'running' AND t.worker_id LIKE '%' || $1 AND "
            "EXISTS (SELECT 1 FROM hyperlab_trial_epochs e WHERE e.trial_id = t.id)";
        QString killed;
        QTRY_VERIFY_WITH_TIMEOUT((killed = QString::fromStdString([&] {
                                      const PgResult r = db.exec(running, {victim});
                                      return r.rows() ? r.text(0, 0) : std::string();
                                  }()))
                                         .size() > 0,
                                 30000);
        ::kill(pid_t(workers[0].process->processId()), SIGKILL);
        workers[0].process->waitForFinished();
        QCOMPARE(workers[0].process->exitStatus(), QProcess::CrashExit);

        QVERIFY2(finishes(workers[1]), qPrintable(errorsOf(workers[1])));
        QVERIFY2(finishes(workers[2]), qPrintable(errorsOf(workers[2])));

        const std::string id = killed.toStdString();
        const PgResult lost =
            db.exec("SELECT state, trial->>'reason' FROM hyperlab_trials WHERE id = $1", {id});
        QCOMPARE(lost.text(0, 0), std::string("failed"));
        QVERIFY(QString::fromStdString(lost.text(0, 1)).startsWith("worker lost"));
        const PgResult retry = db.exec(
            "SELECT r.state, r.params = l.params, r.worker_id <> l.worker_id, r.attempt "
            "FROM hyperlab_trials r JOIN hyperlab_trials l ON l.id = r.retried_from "
            "WHERE l.id = $1",
            {id});
        QCOMPARE(retry.rows(), 1);
        QCOMPARE(retry.text(0, 0), std::string("completed"));
        QCOMPARE(retry.text(0, 1), std::string("t"));
        QCOMPARE(retry.text(0, 2), std::string("t"));
        QCOMPARE(retry.text(0, 3), std::string("1"));
        // Every proposed point completed exactly once; only the lost one failed.
        const std::string s = "kill";
        QCOMPARE(
            count(db, std::string("SELECT count(*)") + kTrialsOf + " AND t.state = 'completed'", s),
            (long long)trials);
        QCOMPARE(count(db,
                       std::string("SELECT count(DISTINCT t.params)") + kTrialsOf +
                           " AND t.state = 'completed'",
                       s),
                 (long long)trials);
        QCOMPARE(
            count(db, std::string("SELECT count(*)") + kTrialsOf + " AND t.state <> 'completed'",
                  s),
            1LL);
        // A finished trial cannot be finished again, whoever tries.
        bool refused = false;
        try {
            db.exec("UPDATE hyperlab_trials SET state = 'completed' WHERE id = $1", {id});
        } catch (const PgError& e) {
            refused = QString(e.what()).contains("already finished");
        }
        QVERIFY(refused);
    }

    // SIGTERM (Ctrl-C) to a worker mid-trial: it stops at once (exit 1)
    // and gives the trial back to the queue rather than ending it as
    // cancelled; a later worker finishes the whole study.
    void stoppedWorkerGivesItsTrialBack() {
        const QString file = writeStudy(
            "stop",
            {{"name", "stop"},
             {"objective", {{"function", "branin"}, {"epochs", 40}, {"epoch_seconds", 0.05}}},
             {"strategy", {{"type", "random"}, {"trials", 2}, {"seed", 2}}}});
        QCOMPARE(
            runCli({"search", file, "--storage", m_server.conninfo(), "--workers", "0"}).exitCode,
            0);
        Worker first = startWorker("stop", "stop-w0");
        PgConnection db(conninfo());
        const std::string s = "stop";
        QTRY_VERIFY_WITH_TIMEOUT(count(db,
                                       std::string("SELECT count(*)") + kTrialsOf +
                                           " AND t.state = 'running' AND EXISTS (SELECT 1 FROM "
                                           "hyperlab_trial_epochs e WHERE e.trial_id = t.id)",
                                       s) == 1,
                                 30000);
        ::kill(pid_t(first.process->processId()), SIGTERM);
        QVERIFY(first.process->waitForFinished(30000));
        QCOMPARE(first.process->exitCode(), 1);
        QCOMPARE(
            count(db, std::string("SELECT count(*)") + kTrialsOf + " AND t.state = 'queued'", s),
            1LL);
        QCOMPARE(count(db,
                       std::string("SELECT count(*)") + kTrialsOf +
                           " AND t.state IN ('running', 'cancelled')",
                       s),
                 0LL);
        Worker second = startWorker("stop", "stop-w1");
        QVERIFY2(finishes(second), qPrintable(errorsOf(second)));
        QCOMPARE(
            count(db, std::string("SELECT count(*)") + kTrialsOf + " AND t.state = 'completed'", s),
            2LL);
    }

    // 100 trials queued up front (a 10 x 10 grid), four workers claiming as
    // fast as they can: each trial is claimed by exactly one of them.
    void racingWorkersClaimEachTrialOnce() {
        const QString file =
            writeStudy("race", {{"name", "race"},
                                {"objective", {{"function", "branin"}}},
                                {"strategy", {{"type", "grid"}, {"points_per_dimension", 10}}}});
        QCOMPARE(
            runCli({"search", file, "--storage", m_server.conninfo(), "--workers", "0"}).exitCode,
            0);
        PgConnection db(conninfo());
        QCOMPARE(count(db, std::string("SELECT count(*)") + kTrialsOf + " AND t.state = 'queued'",
                       "race"),
                 100LL);
        std::vector<Worker> workers;
        for (int i = 0; i < 4; ++i)
            workers.push_back(startWorker("race", QString("race-w%1").arg(i)));
        std::map<int, int> claims;  // trial -> how many workers reported it
        std::set<std::string> ids;
        for (auto& w : workers) {
            QVERIFY2(finishes(w), qPrintable(errorsOf(w)));
            QFile f(w.log);
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const json& e : jsonLines(f.readAll()))
                if (e["event"] == "trial_started") {
                    ++claims[e["trial"].get<int>()];
                    ids.insert(e["worker_id"].get<std::string>());
                }
        }
        QCOMPARE(int(claims.size()), 100);
        for (const auto& [trial, n] : claims)
            QVERIFY2(n == 1, qPrintable(QString("trial %1 claimed %2 times").arg(trial).arg(n)));
        QCOMPARE(count(db,
                       std::string("SELECT count(*)") + kTrialsOf +
                           " AND t.state = 'completed' AND t.worker_id IS NOT NULL",
                       "race"),
                 100LL);
        QVERIFY2(ids.size() >= 2, "the workers did not race (one took every trial)");
    }

    // A trial whose worker vanished, two reapers at the same moment: one
    // failed trial, one retry. Repeated so the two really overlap.
    void twoReapersMakeOneRetry() {
        const std::string name = "reapers";
        const json source = {{"name", name},
                             {"objective", {{"function", "branin"}}},
                             {"strategy", {{"type", "random"}, {"trials", 20}, {"seed", 1}}}};
        PgStudyRecord record;
        {
            PgConnection setup(conninfo());
            ensurePgSchema(setup);
            record = createPgStudy(setup, name, source, "function", 1000);
        }
        const Study study(StudyDefinition::fromJson(source));
        PgConnection a(conninfo()), b(conninfo()), db(conninfo());
        for (int round = 0; round < 10; ++round) {
            long long lostId = 0;
            {
                // A worker claims a trial, then its connection ends.
                PgWorkerSettings settings;
                settings.workerId = "vanishing:" + std::to_string(round);
                PostgresStudyStorage worker(conninfo(), name, settings);
                const TrialSnapshot t = worker.claim([] { return false; });
                QVERIFY(t);
                lostId = db.exec(
                               "SELECT t.id FROM hyperlab_trials t WHERE t.study_id = $1 AND "
                               "t.number = $2",
                               {std::to_string(record.id), std::to_string(t->number)})
                             .integer(0, 0);
            }
            // The server ends the session (and frees its lock) a moment
            // after the connection closes.
            QTRY_COMPARE_WITH_TIMEOUT(
                db.exec("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                        "objsubid = 2 AND objid = $1::bigint::oid",
                        {std::to_string(lostId)})
                    .integer(0, 0),
                0LL, 10000);
            int reapedA = -1, reapedB = -1;
            std::atomic<int> ready{0};
            auto reap = [&](PgConnection& c, int& out) {
                ++ready;
                while (ready.load() < 2) {
                }
                out = reapLostTrials(c, record, study, "reaper", 600.0);
            };
            std::thread ta([&] { reap(a, reapedA); });
            std::thread tb([&] { reap(b, reapedB); });
            ta.join();
            tb.join();
            QCOMPARE(reapedA + reapedB, 1);
            QCOMPARE(db.exec("SELECT count(*) FROM hyperlab_trials WHERE retried_from = $1",
                             {std::to_string(lostId)})
                         .integer(0, 0),
                     1LL);
            QCOMPARE(
                db.exec("SELECT state FROM hyperlab_trials WHERE id = $1", {std::to_string(lostId)})
                    .text(0, 0),
                std::string("failed"));
        }
    }

    // A worker whose local data differs from the study's refuses to join.
    void workerRefusesADifferentDataset() {
        const json source = {{"name", "otherdata"},
                             {"objective", {{"function", "branin"}}},
                             {"strategy", {{"type", "random"}, {"trials", 3}}}};
        {
            PgConnection c(conninfo());
            createPgStudy(c, "otherdata", source, "samples:10 fnv1a64:0123456789abcdef", 3);
        }
        const CliResult r =
            runCli({"worker", "--storage", m_server.conninfo(), "--study", "otherdata"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--study") && r.err.contains("dataset differs"), r.err.constData());
        PgConnection db(conninfo());
        QCOMPARE(count(db, std::string("SELECT count(*)") + kTrialsOf, "otherdata"), 0LL);
    }

    // A schema written by a newer HyperLab is refused with a clear message,
    // and so is an unknown study name (listing the ones there are).
    void newerSchemaAndUnknownStudyAreRefused() {
        {
            PgConnection c(conninfo());
            c.exec("CREATE DATABASE newer");
        }
        const std::string newer = m_server.conninfo("newer").toStdString();
        {
            PgConnection c(newer);
            ensurePgSchema(c);
            c.exec("UPDATE hyperlab_schema_version SET version = version + 1");
        }
        const CliResult r = runCli({"studies", "--storage", m_server.conninfo("newer")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("newer HyperLab"), r.err.constData());

        const CliResult unknown =
            runCli({"leaderboard", "--storage", m_server.conninfo(), "--study", "no-such-study"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("--study") && unknown.err.contains("train24"),
                 unknown.err.constData());
        const CliResult listed = runCli({"studies", "--storage", m_server.conninfo()});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("race") && listed.out.contains("kill"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStorage)
#include "tst_postgres_storage.moc"
