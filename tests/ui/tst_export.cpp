#include <QtTest>

#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>

#include <memory>

#include "dialogs/confusion_matrix_task.h"
#include "dialogs/confusion_matrix_view.h"
#include "dialogs/trial_details_dialog.h"
#include "io/config_json.h"
#include "models/leaderboard_model.h"
#include "panels/leaderboard_panel.h"
#include "study/model/study_definition.h"
#include "train/trainer.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

/// A small, fast config (spiral, one epoch) with the given learning rate.
RunConfig smallConfig(double learningRate) {
    RunConfig c;
    c.dataset.name = "spiral";
    c.dataset.samples = 200;
    c.model.hiddenLayers = {8};
    c.training.epochs = 1;
    c.training.learningRate = learningRate;
    return c;
}

StudyDefinition study() {
    return StudyDefinition::fromJson(nlohmann::json::parse(R"({
        "name": "export test",
        "base": {"dataset": {"name": "spiral", "samples": 200},
                 "model": {"hidden_layers": [8]}, "training": {"epochs": 1}},
        "space": {"training.learning_rate": {"type": "float", "low": 0.001, "high": 0.5, "log": true}},
        "strategy": {"type": "random", "trials": 5, "seed": 3},
        "objective": {"metric": "val_accuracy"}
    })"));
}

TrialSnapshot makeTrial(int number, TrialState state, double value, double learningRate) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = state;
    t->value = value;
    t->params = {{"training.learning_rate", learningRate}};
    t->config = toJson(smallConfig(learningRate));
    t->seed = 42;
    if (state == TrialState::Failed)
        t->reason = "diverged at epoch 1, batch 2: loss is NaN, \"quoted\"";
    else {
        EpochMetrics e;
        e.epoch = 1;
        e.valAccuracy = value;
        t->history.push_back(e);
    }
    return t;
}

/// Number of CSV records, honouring quoted fields with commas, quotes and newlines.
int csvRecords(const QByteArray& text) {
    int records = 0;
    bool quoted = false;
    bool any = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == '\n' && !quoted) {
            records += any;
            any = false;
        } else if (c != '\r') {
            any = true;
        }
    }
    return records + any;
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportedConfigsLoad();
    void exportsBestK();
    void csvHasOneRowPerTrial();
    void refusesWhenNothingToExport();
    // Details dialog: reproducing a trial for its confusion matrix (export of
    // what the core does not store).
    void detailsDialogComputesConfusionMatrix();
    void detailsDialogCancels();
    // Last: under ThreadSanitizer, starting a process (QProcess's vfork-style
    // clone) leaves this process's thread checks off, so the threaded tests
    // above run before it (see tests/sanitizers/tsan.supp).
    void cliTrainsExportedConfig();

private:
    std::unique_ptr<LeaderboardPanel> m_panel;
    QTemporaryDir m_dir;
};

void TestExport::init() {
    m_panel = std::make_unique<LeaderboardPanel>();
    m_panel->setStudy(study());
    m_panel->upsertTrial(makeTrial(0, TrialState::Completed, 0.71, 0.05));
    m_panel->upsertTrial(makeTrial(1, TrialState::Completed, 0.93, 0.2));
    m_panel->upsertTrial(makeTrial(2, TrialState::Failed, std::nan(""), 0.5));
    m_panel->upsertTrial(makeTrial(3, TrialState::Completed, 0.82, 0.01));
    m_panel->upsertTrial(makeTrial(4, TrialState::Running, std::nan(""), 0.003));
}

void TestExport::exportedConfigsLoad() {
    // One trial to an exact file name.
    const QString file = m_dir.filePath("one/trial.json");
    QDir().mkpath(m_dir.filePath("one"));
    const QStringList one = m_panel->exportConfigs({3}, file);
    QCOMPARE(one, QStringList{file});
    const RunConfig loaded = loadRunConfig(file.toStdString());
    QCOMPARE(loaded, smallConfig(0.01));
    // The same file parsed as JSON goes through runConfigFromJson too.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(runConfigFromJson(nlohmann::json::parse(f.readAll().toStdString())), loaded);

    // Several trials into a directory.
    const QStringList many = m_panel->exportConfigs({0, 1, 2}, m_dir.filePath("many"));
    QCOMPARE(many.size(), 3);
    QVERIFY(many[1].endsWith("trial_0001.json"));
    QCOMPARE(loadRunConfig(many[1].toStdString()), smallConfig(0.2));
}

void TestExport::exportsBestK() {
    const QStringList best = m_panel->exportBestConfigs(2, m_dir.filePath("best"));
    QCOMPARE(best.size(), 2);
    QVERIFY2(best[0].endsWith("rank_01_trial_0001.json"), qPrintable(best[0]));
    QVERIFY2(best[1].endsWith("rank_02_trial_0003.json"), qPrintable(best[1]));
    QCOMPARE(loadRunConfig(best[0].toStdString()), smallConfig(0.2));
    // Asking for more than completed exports what there is.
    QCOMPARE(m_panel->exportBestConfigs(10, m_dir.filePath("all")).size(), 3);
    QCOMPARE(m_panel->model()->bestTrial()->number, 1);
}

void TestExport::csvHasOneRowPerTrial() {
    const QString path = m_dir.filePath("table.csv");
    m_panel->exportCsv(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(csvRecords(text), 1 + m_panel->model()->rowCount());
    const QByteArray header = text.left(text.indexOf('\n'));
    QVERIFY2(header.startsWith("trial,state,value"), header.constData());
    QVERIFY(header.contains("training.learning_rate"));
    QVERIFY(text.contains("\"diverged at epoch 1, batch 2: loss is NaN, \"\"quoted\"\"\""));

    // Live: a new trial means a new row.
    m_panel->upsertTrial(makeTrial(5, TrialState::Completed, 0.5, 0.1));
    m_panel->exportCsv(path);
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(csvRecords(f.readAll()), 1 + 6);
}

void TestExport::cliTrainsExportedConfig() {
    const QString cli = qEnvironmentVariable("HYPERLAB_CLI");
    if (cli.isEmpty() || !QFileInfo::exists(cli))
        QSKIP("HYPERLAB_CLI is not set to the hyperlab-cli executable");
    QVERIFY(QDir().mkpath(m_dir.filePath("cli")));
    const QStringList best = m_panel->exportBestConfigs(1, m_dir.filePath("cli/best.json"));
    QCOMPARE(best.size(), 1);
    QProcess process;
    process.start(cli, {"train", best.front()});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains("epoch") || out.contains("test"), out.constData());
}

void TestExport::refusesWhenNothingToExport() {
    LeaderboardPanel empty;
    empty.setStudy(study());
    QVERIFY_THROWS_EXCEPTION(std::exception, empty.exportBestConfigs(1, m_dir.filePath("none")));
    QVERIFY_THROWS_EXCEPTION(std::exception, empty.exportConfigs({7}, m_dir.filePath("none")));
}

void TestExport::detailsDialogComputesConfusionMatrix() {
    auto trial = std::const_pointer_cast<Trial>(makeTrial(1, TrialState::Completed, 0.9, 0.2));
    // The trial's own test accuracy, as the study would have recorded it.
    const TrainingResult result = trainFromConfig(smallConfig(0.2));
    trial->test = result.test;
    TrialDetailsDialog dialog(trial);
    QSignalSpy finished(dialog.confusionMatrixTask(), &ConfusionMatrixTask::finished);
    dialog.computeConfusionMatrix();
    QVERIFY(dialog.confusionMatrixTask()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.confusionMatrixView()->hasMatrix(), 60000);
    const ConfusionMatrix& m = dialog.confusionMatrixView()->matrix();
    QCOMPARE(m.total(), result.test.samples);
    QVERIFY(m.classCount >= 2);
    // Same config and seed: the retrained network is the trial's network.
    QCOMPARE(m.accuracy(), result.test.accuracy);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dialog.confusionMatrixTask()->isRunning());
    if (const QByteArray out = qgetenv("HYPERLAB_SCREENSHOT_DIR"); !out.isEmpty()) {
        dialog.resize(820, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(3);
        dialog.grab().save(QString::fromLocal8Bit(out) + "/trial_details_confusion.png");
        dialog.findChild<QTabWidget*>()->setCurrentIndex(0);
        dialog.grab().save(QString::fromLocal8Bit(out) + "/trial_details_summary.png");
        m_panel->resize(1000, 300);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->selectTrial(3);
        m_panel->grab().save(QString::fromLocal8Bit(out) + "/leaderboard_panel.png");
    }
}

void TestExport::detailsDialogCancels() {
    auto trial = std::const_pointer_cast<Trial>(makeTrial(1, TrialState::Completed, 0.9, 0.2));
    RunConfig slow = smallConfig(0.2);
    slow.dataset.samples = 2000;
    slow.training.epochs = 500;
    trial->config = toJson(slow);
    auto dialog = std::make_unique<TrialDetailsDialog>(trial);
    QSignalSpy cancelled(dialog->confusionMatrixTask(), &ConfusionMatrixTask::cancelled);
    QSignalSpy progress(dialog->confusionMatrixTask(), &ConfusionMatrixTask::progress);
    dialog->computeConfusionMatrix();
    QTRY_VERIFY(progress.count() >= 2);  // training is under way
    dialog->confusionMatrixTask()->cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!dialog->confusionMatrixTask()->isRunning());
    QTest::qWait(100);
    QVERIFY(!dialog->confusionMatrixView()->hasMatrix());
    // Closing while a run is in flight must not hang or crash.
    dialog->computeConfusionMatrix();
    QElapsedTimer clock;
    clock.start();
    dialog.reset();
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
