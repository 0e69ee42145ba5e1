// Seed spread in the leaderboard: mean ± std over repeats, and "≈" on every
// config Welch's t-test cannot tell from the best at the 5% level.
#include <QtTest>

#include <numeric>

#include <QLabel>

#include "charts/seed_band_chart.h"
#include "dialogs/seed_spread_dialog.h"
#include "i18n/language.h"
#include "models/leaderboard_model.h"
#include "train/default_config.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

TrialSnapshot repeated(int number, std::vector<double> values) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = TrialState::Completed;
    t->repeatValues = values;
    const double n = double(values.size());
    t->value = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0;
    for (double v : values)
        squares += (v - t->value) * (v - t->value);
    t->valueStd = std::sqrt(squares / (n - 1));
    return t;
}

}  // namespace

class TestSeedSpread : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leaderboardMarksTiesWithTheBest() {
        LeaderboardModel model;
        model.setObjective(Objective{});
        model.upsertTrial(repeated(0, {0.95, 0.96, 0.94}));    // best
        model.upsertTrial(repeated(1, {0.94, 0.955, 0.945}));  // within the seeds' noise
        model.upsertTrial(repeated(2, {0.80, 0.81, 0.79}));    // clearly worse
        const int objective = model.sectionOf(LeaderboardModel::ObjectiveColumn);
        const auto cell = [&](int trial) {
            return model.index(model.rowOfTrial(trial), objective);
        };

        QCOMPARE(model.bestTrial()->number, 0);
        QVERIFY(!model.data(cell(0), LeaderboardModel::TiesBestRole).toBool());
        QVERIFY(model.data(cell(1), LeaderboardModel::TiesBestRole).toBool());
        QVERIFY(!model.data(cell(2), LeaderboardModel::TiesBestRole).toBool());

        QCOMPARE(model.data(cell(0)).toString(), QString("0.9500 ± 0.0100"));
        QVERIFY(model.data(cell(1)).toString().endsWith(" ≈"));
        QVERIFY(!model.data(cell(2)).toString().contains("≈"));
        const QString tip = model.data(cell(1), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("Welch's t-test") && tip.contains("5% level"), qPrintable(tip));

        // A new, clearly better best: the former tie is no longer one.
        model.upsertTrial(repeated(3, {0.99, 0.991, 0.989}));
        QCOMPARE(model.bestTrial()->number, 3);
        QVERIFY(!model.data(cell(1), LeaderboardModel::TiesBestRole).toBool());
    }

    void seedDialogShowsTheBand() {
        RunConfig config = defaultRunConfig();
        config.dataset.samples = 300;
        config.training.epochs = 20;
        SeedSpreadDialog dialog(config, 3);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result().runs.size(), std::size_t(3), 60000);
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.chart()->epochCount(), 20);
        const QString status =
            dialog.findChild<QLabel*>(QStringLiteral("seedSpreadStatus"))->text();
        QVERIFY2(status.contains(QString::number(dialog.result().finalMean, 'f', 4) + " ± ") &&
                     status.contains("3 seeds"),
                 qPrintable(status));
    }

    void seedDialogStops() {
        RunConfig config = defaultRunConfig();
        config.dataset.samples = 20000;
        config.training.epochs = 500;
        SeedSpreadDialog dialog(config, 5);
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        dialog.stop();
        QVERIFY(clock.elapsed() < 50);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.result().runs.empty());
    }

    void screenshots() {
        const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HYPERLAB_SCREENSHOT_DIR not set");
        RunConfig config = defaultRunConfig();
        config.dataset.samples = 400;
        config.training.epochs = 40;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslations(language);
            SeedSpreadDialog dialog(config, 5);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result().runs.size(), std::size_t(5), 60000);
            for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
                dialog.resize(size);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.grab().save(QStringLiteral("%1/seed-spread-%2-%3x%4.png")
                                       .arg(dir, language)
                                       .arg(size.width())
                                       .arg(size.height()));
            }
        }
    }

    void singleRunsAreNeverTies() {
        LeaderboardModel model;
        model.setObjective(Objective{});
        auto best = std::make_shared<Trial>();
        best->number = 0;
        best->state = TrialState::Completed;
        best->value = 0.9;
        model.upsertTrial(best);
        model.upsertTrial(repeated(1, {0.9, 0.9}));
        const int objective = model.sectionOf(LeaderboardModel::ObjectiveColumn);
        QVERIFY(!model.data(model.index(1, objective), LeaderboardModel::TiesBestRole).toBool());
    }
};

QTEST_MAIN(TestSeedSpread)
#include "tst_seed_spread.moc"
