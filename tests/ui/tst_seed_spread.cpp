// Seed spread in the leaderboard: mean ± std over repeats, and "≈" on every
// config Welch's t-test cannot tell from the best at the 5% level.
#include <QtTest>

#include <numeric>

#include "models/leaderboard_model.h"

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
