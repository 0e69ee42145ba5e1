// A study in a database searched by several workers as one: the pruner of
// one worker judges a trial by the curves of trials another worker ran;
// Bayesian and TPE searches with three workers propose no point twice and
// find minima of Branin about as good as one process; `resume --storage`
// runs local workers on a database study; the study's grace and retries
// are set when it is created and checked. Every fact is read from the
// database.

#include <QtTest>

#include <QTemporaryDir>

#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "postgres_server.h"
#include "search/functions/analytic_function.h"
#include "study/model/study.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_trial_reaper.h"
#include "study/storage/postgres/postgres_study_storage.h"
#include "study/storage/trial_json.h"
#include "worker_process.h"

using nlohmann::json;
using namespace hyperlab;

namespace {

constexpr double kBraninMinimum = 0.397887;

// The best value one process finds: trials asked and told one at a time, as
// `search --workers 1` runs them.
double singleProcessBest(const json& source) {
    Study study(StudyDefinition::fromJson(source));
    const auto branin = analyticFunctionRegistry().create("branin", "objective.function", 0);
    double best = INFINITY;
    while (const TrialSnapshot t = study.ask()) {
        study.markRunning(t->number);
        TrialOutcome outcome;
        outcome.value = branin->evaluate(t->params);
        study.tell(t->number, outcome);
        best = std::min(best, outcome.value);
    }
    return best;
}

}  // namespace

class TestPostgresSharedSearch : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_temp;

    std::string conninfo() const { return m_server.conninfo().toStdString(); }

    QString writeStudy(const QString& name, const json& study) {
        const QString path = m_temp.path() + "/" + name + ".json";
        writeJson(path, study);
        return path;
    }

    void create(const QString& name, const json& study, const QStringList& extra = {}) {
        const CliResult created = runCli(QStringList{"search", writeStudy(name, study), "--storage",
                                                     m_server.conninfo(), "--workers", "0"} +
                                         extra);
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    WorkerProcess startWorker(const QString& study, const QString& name,
                              const QStringList& extra = {}) {
        return WorkerProcess::start(m_server.conninfo(), study,
                                    m_temp.path() + "/" + name + ".jsonl", extra);
    }

    PgResult query(const std::string& sql, const std::string& study) {
        PgConnection db(conninfo());
        return db.exec(sql, {study});
    }

    static constexpr const char* kTrialsOf =
        " FROM hyperlab_trials t JOIN hyperlab_studies s ON s.id = t.study_id WHERE s.name = $1";

private Q_SLOTS:
    void initTestCase() {
        const QString error = prepareWorkerTest(m_server, m_temp);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_server.stop(); }

    // Worker A runs four good trials (each better than the ones before, so
    // none is pruned) and stops; worker B, a new process that has run
    // nothing, gets the fifth, a bad one: its median pruner compares it with
    // A's curves and prunes it after the first epoch.
    void prunerSeesOtherWorkersCurves() {
        const double pi = 3.14159265;
        json configs = json::array();
        for (double dx : {0.6, 0.4, 0.2, 0.0})
            configs.push_back({{"x0", pi + dx}, {"x1", 2.275}});
        configs.push_back({{"x0", -5.0}, {"x1", 0.0}});  // Branin = 308
        create("prune",
               {{"name", "prune"},
                {"objective", {{"function", "branin"}, {"epochs", 5}, {"epoch_seconds", 0.01}}},
                {"strategy",
                 {{"type", "manual"},
                  {"configs", configs},
                  {"pruner", {{"type", "median"}, {"warmup_epochs", 0}, {"min_trials", 3}}}}}});
        WorkerProcess a = startWorker("prune", "prune-a", {"--max-trials", "4"});
        QVERIFY2(a.finishes(), qPrintable(a.errors()));
        QCOMPARE(int(a.events("trial_finished").size()), 4);
        WorkerProcess b = startWorker("prune", "prune-b");
        QVERIFY2(b.finishes(), qPrintable(b.errors()));
        const auto finished = b.events("trial_finished");
        QCOMPARE(int(finished.size()), 1);
        QCOMPARE(finished[0]["trial"].get<int>(), 4);
        QCOMPARE(finished[0]["state"].get<std::string>(), std::string("pruned"));
        QCOMPARE(finished[0]["epochs"].get<int>(), 1);
        const PgResult states = query(
            std::string("SELECT string_agg(t.state, ',' ORDER BY t.number)") + kTrialsOf, "prune");
        QCOMPARE(states.text(0, 0), std::string("completed,completed,completed,completed,pruned"));
    }

    // What copying the other workers' curves costs: the first claim of a
    // worker joining a study with 400 finished trials of 20 epochs each
    // (8,000 intermediate values) against a later claim, which reads only
    // what finished since.
    void prunerHistoryLoadCost() {
        const int finishedTrials = 400, epochs = 20;
        json configs = json::array();
        for (int i = 0; i <= finishedTrials; ++i)
            configs.push_back({{"x0", -5.0 + 15.0 * i / finishedTrials}, {"x1", 5.0}});
        const json source = {
            {"name", "history"},
            {"objective", {{"function", "branin"}, {"epochs", epochs}}},
            {"strategy",
             {{"type", "manual"}, {"configs", configs}, {"pruner", {{"type", "median"}}}}}};
        PgConnection db(conninfo());
        ensurePgSchema(db);
        const PgStudyRecord record = createPgStudy(db, "history", source, "function", 3);
        // Finished by "another worker": states, values and curves in SQL.
        EpochMetrics m;
        m.valLoss = m.trainLoss = 1.0;
        db.exec(
            "UPDATE hyperlab_trials SET state = 'completed', value = number, worker_id = 'w:1' "
            "WHERE study_id = $1 AND number < $2",
            {std::to_string(record.id), std::to_string(finishedTrials)});
        db.exec(
            "INSERT INTO hyperlab_trial_epochs (trial_id, repeat, epoch, value, metrics) "
            "SELECT t.id, 0, e, t.value + 1.0 / e, jsonb_set($3::jsonb, '{epoch}', to_jsonb(e)) "
            "FROM hyperlab_trials t, generate_series(1, $2::integer) e "
            "WHERE t.study_id = $1 AND t.state = 'completed'",
            {std::to_string(record.id), std::to_string(epochs), epochMetricsToJson(m).dump()});

        PgWorkerSettings settings;
        settings.workerId = "measure:1";
        PostgresStudyStorage storage(conninfo(), "history", settings);
        QElapsedTimer timer;
        timer.start();
        const TrialSnapshot first = storage.claim([] { return false; });
        const double firstMs = timer.nsecsElapsed() / 1e6;
        QVERIFY(first);
        QCOMPARE(first->number, finishedTrials);
        // The copy holds every finished trial with its whole curve.
        int withCurves = 0;
        for (const TrialSnapshot& t : storage.study().trials())
            withCurves += t->state == TrialState::Completed && int(t->history.size()) == epochs;
        QCOMPARE(withCurves, finishedTrials);
        storage.release(first->number);
        timer.restart();
        const TrialSnapshot again = storage.claim([] { return false; });
        const double againMs = timer.nsecsElapsed() / 1e6;
        QVERIFY(again);
        qInfo("first claim with %d finished trials x %d epochs: %.1f ms; a later claim: %.1f ms",
              finishedTrials, epochs, firstMs, againMs);
        storage.release(again->number);
    }

    void threeWorkersSearchLikeOne_data() {
        QTest::addColumn<QString>("strategy");
        QTest::newRow("bayesian") << "bayesian";
        QTest::newRow("tpe") << "tpe";
    }

    // Three workers on a 40-trial study of Branin, for eight seeds: no two
    // trials get the same point (or one within 1e-6 of another), and the
    // Bayesian sampler's mean regret (best - global minimum) stays within
    // 1.5x of what one process finds with the same seeds, give or take
    // 1e-3. Both find the minimum to about 3e-4 here, where the order in
    // which real workers happen to finish moves one seed's regret 10x
    // either way; tst_bayesian_vs_random checks the 1.5x alone on 20 seeds
    // in a fixed order. TPE's figures are printed: they vary from 0.03 to 2
    // between seeds. Each trial lasts 0.05 s, so the three overlap and most
    // proposals have two running (pending) trials.
    void threeWorkersSearchLikeOne() {
        QFETCH(QString, strategy);
        const int trials = 40;
        const std::vector<int> seeds{1, 2, 3, 4, 5, 6, 7, 8};
        double singleSum = 0.0, sharedSum = 0.0;
        QString figures;
        for (int seed : seeds) {
            const std::string name = strategy.toStdString() + "-" + std::to_string(seed);
            const json source = {
                {"name", name},
                {"objective", {{"function", "branin"}, {"epochs", 1}, {"epoch_seconds", 0.05}}},
                {"strategy",
                 {{"type", strategy.toStdString()}, {"trials", trials}, {"seed", seed}}}};
            create(QString::fromStdString(name), source);
            std::vector<WorkerProcess> workers;
            for (int i = 0; i < 3; ++i)
                workers.push_back(
                    startWorker(QString::fromStdString(name),
                                QString::fromStdString(name) + QString("-w%1").arg(i)));
            for (auto& w : workers)
                QVERIFY2(w.finishes(), qPrintable(w.errors()));

            const PgResult rows =
                query(std::string(
                          "SELECT (t.params->>'x0')::float8, (t.params->>'x1')::float8, t.value") +
                          kTrialsOf + " AND t.state = 'completed' ORDER BY t.number",
                      name);
            QCOMPARE(rows.rows(), trials);
            double best = INFINITY;
            for (int i = 0; i < rows.rows(); ++i) {
                best = std::min(best, std::stod(rows.text(i, 2)));
                for (int j = 0; j < i; ++j) {
                    const double d =
                        std::hypot(std::stod(rows.text(i, 0)) - std::stod(rows.text(j, 0)),
                                   std::stod(rows.text(i, 1)) - std::stod(rows.text(j, 1)));
                    QVERIFY2(d > 1e-6, qPrintable(QString("seed %1: trials %2 and %3 share a point")
                                                      .arg(seed)
                                                      .arg(j)
                                                      .arg(i)));
                }
            }
            const double single = singleProcessBest(source) - kBraninMinimum;
            const double shared = best - kBraninMinimum;
            singleSum += single;
            sharedSum += shared;
            figures += QString(" seed %1: %2 vs %3;")
                           .arg(seed)
                           .arg(single, 0, 'g', 3)
                           .arg(shared, 0, 'g', 3);
        }
        const double singleMean = singleSum / double(seeds.size());
        const double sharedMean = sharedSum / double(seeds.size());
        const QString report = QString(
                                   "%1 regret at %2 trials, one process vs three workers:%3 "
                                   "mean %4 vs %5")
                                   .arg(strategy)
                                   .arg(trials)
                                   .arg(figures)
                                   .arg(singleMean, 0, 'g', 3)
                                   .arg(sharedMean, 0, 'g', 3);
        qInfo("%s", qPrintable(report));
        if (strategy == "bayesian")
            QVERIFY2(sharedMean <= 1.5 * singleMean + 1e-3, qPrintable(report));
    }

    // resume --storage URL --study NAME runs local workers on the database
    // study until it is finished; on a finished study it says so and exits
    // 0. Without --study it is refused.
    void resumeRunsADatabaseStudy() {
        create("resume", {{"name", "resume"},
                          {"objective", {{"function", "branin"}}},
                          {"strategy", {{"type", "random"}, {"trials", 4}, {"seed", 3}}}});
        const QStringList resume{"resume", "--storage", m_server.conninfo(), "--study", "resume"};
        const CliResult first = runCli(resume + QStringList{"--workers", "2"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("Resuming study \"resume\" in the database: 0 trial(s) "
                                    "finished"),
                 first.out.constData());
        QCOMPARE(query(std::string("SELECT count(*)") + kTrialsOf + " AND t.state = 'completed'",
                       "resume")
                     .integer(0, 0),
                 4LL);
        const CliResult again = runCli(resume);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("4 trial(s) finished, 0 queued") &&
                     again.out.contains("study finished (budget): 4 trials, 4 completed"),
                 again.out.constData());
        const CliResult noStudy = runCli({"resume", "--storage", m_server.conninfo()});
        QCOMPARE(noStudy.exitCode, 2);
        QVERIFY2(noStudy.err.contains("--study"), noStudy.err.constData());
    }

    // --grace and --max-retries belong to the study: range-checked by name,
    // stored when `search --storage` creates it, refused elsewhere; the
    // reaper goes by the stored grace.
    void graceAndRetriesAreTheStudys() {
        const json source = {{"name", "grace"},
                             {"objective", {{"function", "branin"}}},
                             {"strategy", {{"type", "random"}, {"trials", 3}, {"seed", 4}}}};
        const QString file = writeStudy("grace", source);
        const QStringList search{"search",    file, "--storage", m_server.conninfo(),
                                 "--workers", "0"};
        const CliResult shortGrace = runCli(search + QStringList{"--grace", "5"});
        QCOMPARE(shortGrace.exitCode, 2);
        QVERIFY2(shortGrace.err.contains("--grace") && shortGrace.err.contains("15 to 86400"),
                 shortGrace.err.constData());
        const CliResult manyRetries = runCli(search + QStringList{"--max-retries", "101"});
        QCOMPARE(manyRetries.exitCode, 2);
        QVERIFY2(manyRetries.err.contains("--max-retries") && manyRetries.err.contains("0 to 100"),
                 manyRetries.err.constData());
        const CliResult perWorker = runCli(
            {"worker", "--storage", m_server.conninfo(), "--study", "grace", "--grace", "30"});
        QCOMPARE(perWorker.exitCode, 2);
        QVERIFY2(perWorker.err.contains("--grace") && perWorker.err.contains("creates it"),
                 perWorker.err.constData());
        const CliResult timeout = runCli({"leaderboard", "x", "--reconnect-timeout", "5"});
        QCOMPARE(timeout.exitCode, 2);
        QVERIFY2(timeout.err.contains("--reconnect-timeout"), timeout.err.constData());

        const CliResult created =
            runCli(search + QStringList{"--grace", "20", "--max-retries", "1"});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        PgConnection db(conninfo());
        const PgStudyRecord record = findPgStudy(db, "grace");
        QCOMPARE(record.graceSeconds, 20.0);
        QCOMPARE(record.maxRetries, 1);

        // A worker that holds its trial's lock but stopped beating: lost
        // once its heartbeat is older than the study's 20 s, not before.
        PgWorkerSettings settings;
        settings.workerId = "hung:1";
        settings.heartbeatSeconds = 3600;
        PostgresStudyStorage hung(conninfo(), "grace", settings);
        const TrialSnapshot t = hung.claim([] { return false; });
        QVERIFY(t);
        const Study study(StudyDefinition::fromJson(source));
        const std::string age =
            "UPDATE hyperlab_trials SET heartbeat = now() - make_interval(secs => $2) "
            "WHERE study_id = $1 AND state = 'running'";
        db.exec(age, {std::to_string(record.id), "15"});
        QCOMPARE(reapLostTrials(db, record, study, "reaper:1", record.graceSeconds), 0);
        db.exec(age, {std::to_string(record.id), "25"});
        QCOMPARE(reapLostTrials(db, record, study, "reaper:1", record.graceSeconds), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostgresSharedSearch)
#include "tst_postgres_shared_search.moc"
