#include <QtTest>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTableView>

#include <cmath>
#include <limits>
#include <memory>

#include "models/leaderboard_filter_proxy.h"
#include "models/leaderboard_model.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

TrialSnapshot makeTrial(int number, TrialState state, double value, Params params = {},
                        std::string reason = {}) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = state;
    t->value = value;
    t->params = std::move(params);
    t->reason = std::move(reason);
    if (state == TrialState::Completed || state == TrialState::Pruned) {
        EpochMetrics e;
        e.epoch = 1;
        e.valAccuracy = std::isfinite(value) ? value : 0.0;
        e.valLoss = 1.0 - e.valAccuracy;
        t->history.push_back(e);
        t->seconds = 1.5 + number;
        t->parameterCount = 100 * (number + 1);
    }
    return t;
}

Objective maximizeAccuracy() {
    Objective o;
    o.metric = "val_accuracy";
    o.direction = Direction::Maximize;
    return o;
}

/// Trial numbers in proxy (view) order.
QList<int> viewOrder(const QAbstractItemModel& proxy) {
    QList<int> out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.index(r, 0).data(LeaderboardModel::TrialNumberRole).toInt();
    return out;
}

}  // namespace

class TestLeaderboardModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesModelTesterDuringLiveSearch();
    void columnsFollowVaryingParameters();
    void sortsNumerically_data();
    void sortsNumerically();
    void missingValuesSortLast();
    void liveInsertionKeepsSortAndSelection();
    void highlightsBestTrial();
    void failedTrialShowsReason();
    void filtersByStateAndText();
};

void TestLeaderboardModel::passesModelTesterDuringLiveSearch() {
    LeaderboardModel model;
    LeaderboardFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(LeaderboardModel::ObjectiveColumn, Qt::DescendingOrder);
    model.setObjective(maximizeAccuracy());
    model.setVaryingParameters({"training.learning_rate"});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // A search as the controller reports it: started (running), then finished.
    for (int n = 0; n < 12; ++n) {
        model.upsertTrial(
            makeTrial(n, TrialState::Running, kNaN, {{"training.learning_rate", 0.01 * (n + 1)}}));
        if (n >= 2)
            model.upsertTrial(makeTrial(n - 2,
                                        n % 3 == 0 ? TrialState::Failed : TrialState::Completed,
                                        0.5 + 0.03 * ((n * 7) % 11),
                                        {{"training.learning_rate", 0.01 * (n - 1)}}, "diverged"));
    }
    // A trial bringing a new hyperparameter adds a column without a reset.
    model.upsertTrial(makeTrial(12, TrialState::Completed, 0.7,
                                {{"training.learning_rate", 0.2}, {"model.dropout", 0.3}}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 13);
    QVERIFY(changes.count() >= 10);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(proxy.rowCount(), 13);
    QCOMPARE(model.varyingParameters().size(), std::size_t(2));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestLeaderboardModel::columnsFollowVaryingParameters() {
    LeaderboardModel model;
    model.setVaryingParameters({"training.learning_rate", "model.dropout"});
    QCOMPARE(model.columnCount(), 12 + 2);
    QCOMPARE(model.columnKind(0), LeaderboardModel::NumberColumn);
    QCOMPARE(model.columnKind(LeaderboardModel::ParamColumn), LeaderboardModel::ParamColumn);
    QCOMPARE(model.paramPathAt(LeaderboardModel::ParamColumn + 1), std::string("model.dropout"));
    const int epochs = model.sectionOf(LeaderboardModel::EpochsColumn);
    QCOMPARE(epochs, LeaderboardModel::ParamColumn + 2);
    QCOMPARE(model.columnKind(epochs), LeaderboardModel::EpochsColumn);
    QCOMPARE(model.columnKind(model.columnCount() - 1), LeaderboardModel::ParameterCountColumn);
    QCOMPARE(model.headerData(LeaderboardModel::ParamColumn, Qt::Horizontal).toString(),
             QStringLiteral("lr"));
    QCOMPARE(model.headerData(LeaderboardModel::ParamColumn + 1, Qt::Horizontal).toString(),
             QStringLiteral("dropout"));
}

void TestLeaderboardModel::sortsNumerically_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<double>>("values");  // by trial number 0, 1, 2
    QTest::addColumn<QList<int>>("ascending");  // expected trial order
    // As text, "10" < "100" < "9" and "0.05" < "0.5" < "0.005" would be wrong.
    QTest::newRow("integers 9 10 100")
        << "training.batch_size" << QList<double>{100, 9, 10} << QList<int>{1, 2, 0};
    QTest::newRow("decimals") << "training.learning_rate" << QList<double>{0.5, 0.005, 0.05}
                              << QList<int>{1, 2, 0};
    QTest::newRow("scientific") << "training.learning_rate" << QList<double>{1e-4, 2e-3, 3e-5}
                                << QList<int>{2, 0, 1};
}

void TestLeaderboardModel::sortsNumerically() {
    QFETCH(QString, path);
    QFETCH(QList<double>, values);
    QFETCH(QList<int>, ascending);
    LeaderboardModel model;
    LeaderboardFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setVaryingParameters({path.toStdString()});
    for (int n = 0; n < values.size(); ++n) {
        const nlohmann::json v = path.endsWith("batch_size") ? nlohmann::json(int(values[n]))
                                                             : nlohmann::json(values[n]);
        model.upsertTrial(
            makeTrial(n, TrialState::Completed, values[n] / 1000, {{path.toStdString(), v}}));
    }
    proxy.sort(LeaderboardModel::ParamColumn, Qt::AscendingOrder);
    QCOMPARE(viewOrder(proxy), ascending);
    proxy.sort(LeaderboardModel::ParamColumn, Qt::DescendingOrder);
    QList<int> descending(ascending.rbegin(), ascending.rend());
    QCOMPARE(viewOrder(proxy), descending);
    // The objective column sorts by value too, whatever its display text.
    proxy.sort(LeaderboardModel::ObjectiveColumn, Qt::AscendingOrder);
    QCOMPARE(viewOrder(proxy), ascending);

    // Trial numbers 9, 10, 100.
    LeaderboardModel numbers;
    LeaderboardFilterProxy numbersProxy;
    numbersProxy.setSourceModel(&numbers);
    for (int n : {100, 9, 10})
        numbers.upsertTrial(makeTrial(n, TrialState::Completed, 0.5));
    numbersProxy.sort(LeaderboardModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(viewOrder(numbersProxy), (QList<int>{9, 10, 100}));
}

void TestLeaderboardModel::missingValuesSortLast() {
    LeaderboardModel model;
    LeaderboardFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setObjective(maximizeAccuracy());
    model.upsertTrial(makeTrial(0, TrialState::Running, kNaN));
    model.upsertTrial(makeTrial(1, TrialState::Completed, 0.8));
    model.upsertTrial(makeTrial(2, TrialState::Failed, kNaN, {}, "boom"));
    model.upsertTrial(makeTrial(3, TrialState::Completed, 0.9));
    proxy.sort(LeaderboardModel::ObjectiveColumn, Qt::DescendingOrder);
    QCOMPARE(viewOrder(proxy), (QList<int>{3, 1, 0, 2}));
    proxy.sort(LeaderboardModel::ObjectiveColumn, Qt::AscendingOrder);
    QCOMPARE(viewOrder(proxy), (QList<int>{1, 3, 0, 2}));
}

void TestLeaderboardModel::liveInsertionKeepsSortAndSelection() {
    LeaderboardModel model;
    LeaderboardFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setObjective(maximizeAccuracy());
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.sortByColumn(LeaderboardModel::ObjectiveColumn, Qt::DescendingOrder);
    for (int n = 0; n < 5; ++n)
        model.upsertTrial(makeTrial(n, TrialState::Completed, 0.5 + 0.05 * n));
    QCOMPARE(viewOrder(proxy), (QList<int>{4, 3, 2, 1, 0}));

    // Select trial 2.
    const QModelIndex source = model.index(model.rowOfTrial(2), 0);
    view.selectionModel()->select(proxy.mapFromSource(source),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.setCurrentIndex(proxy.mapFromSource(source));
    const auto selectedNumbers = [&] {
        QList<int> out;
        for (const QModelIndex& i : view.selectionModel()->selectedRows())
            out << i.data(LeaderboardModel::TrialNumberRole).toInt();
        return out;
    };
    QCOMPARE(selectedNumbers(), QList<int>{2});

    // New trials arrive: a better one, a worse one, a running one.
    model.upsertTrial(makeTrial(5, TrialState::Completed, 0.99));
    model.upsertTrial(makeTrial(6, TrialState::Completed, 0.1));
    model.upsertTrial(makeTrial(7, TrialState::Running, kNaN));
    QCOMPARE(viewOrder(proxy), (QList<int>{5, 4, 3, 2, 1, 0, 6, 7}));
    QCOMPARE(selectedNumbers(), QList<int>{2});
    QCOMPARE(view.currentIndex().data(LeaderboardModel::TrialNumberRole).toInt(), 2);

    // The running trial finishes as the new best: it moves, the selection stays.
    model.upsertTrial(makeTrial(7, TrialState::Completed, 1.0));
    QCOMPARE(viewOrder(proxy), (QList<int>{7, 5, 4, 3, 2, 1, 0, 6}));
    QCOMPARE(selectedNumbers(), QList<int>{2});
    // The selected trial itself changes value: it moves and stays selected.
    model.upsertTrial(makeTrial(2, TrialState::Completed, 0.0));
    QCOMPARE(viewOrder(proxy).back(), 2);
    QCOMPARE(selectedNumbers(), QList<int>{2});
}

void TestLeaderboardModel::highlightsBestTrial() {
    LeaderboardModel model;
    model.setObjective(maximizeAccuracy());
    QSignalSpy bestChanged(&model, &LeaderboardModel::bestTrialChanged);
    model.upsertTrial(makeTrial(0, TrialState::Completed, 0.7));
    model.upsertTrial(makeTrial(1, TrialState::Running, kNaN));
    QCOMPARE(model.bestTrial()->number, 0);
    QVERIFY(model.index(0, 0).data(LeaderboardModel::IsBestRole).toBool());
    QVERIFY(model.index(0, 3).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, 0).data(LeaderboardModel::IsBestRole).toBool());
    QVERIFY(!model.index(1, 3).data(Qt::BackgroundRole).isValid());
    // A pruned trial with a higher last value is not "best".
    model.upsertTrial(makeTrial(2, TrialState::Pruned, 0.95));
    QCOMPARE(model.bestTrial()->number, 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsertTrial(makeTrial(1, TrialState::Completed, 0.9));
    QCOMPARE(model.bestTrial()->number, 1);
    QVERIFY(model.index(1, 0).data(LeaderboardModel::IsBestRole).toBool());
    QVERIFY(!model.index(0, 0).data(LeaderboardModel::IsBestRole).toBool());
    // The old best row was told to repaint.
    bool oldRowRepainted = false;
    for (const QList<QVariant>& args : changed)
        oldRowRepainted |= args[0].value<QModelIndex>().row() == 0;
    QVERIFY(oldRowRepainted);
    QCOMPARE(bestChanged.count(), 2);
    QCOMPARE(bestChanged.last().first().toInt(), 1);

    // Minimising: the lowest value wins.
    Objective loss;
    loss.metric = "val_loss";
    loss.direction = Direction::Minimize;
    model.setObjective(loss);
    QCOMPARE(model.bestTrial()->number, 0);
    QCOMPARE(model.rankedTrials().front()->number, 0);
}

void TestLeaderboardModel::failedTrialShowsReason() {
    LeaderboardModel model;
    model.upsertTrial(
        makeTrial(0, TrialState::Failed, kNaN, {}, "diverged at epoch 3, batch 7: loss is NaN"));
    model.upsertTrial(makeTrial(1, TrialState::Completed, 0.5));
    const QString tip =
        model.index(0, LeaderboardModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains("diverged at epoch 3, batch 7: loss is NaN"), qPrintable(tip));
    QVERIFY(model.index(0, LeaderboardModel::ObjectiveColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains("diverged"));
    QVERIFY(model.index(0, LeaderboardModel::StateColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(1, LeaderboardModel::StateColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains("diverged"));
}

void TestLeaderboardModel::filtersByStateAndText() {
    LeaderboardModel model;
    LeaderboardFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.upsertTrial(makeTrial(0, TrialState::Completed, 0.8,
                                {{"training.learning_rate", 0.1}, {"training.optimizer", "adam"}}));
    model.upsertTrial(makeTrial(1, TrialState::Failed, kNaN,
                                {{"training.learning_rate", 3.0}, {"training.optimizer", "sgd"}},
                                "loss is NaN"));
    model.upsertTrial(makeTrial(2, TrialState::Completed, 0.7,
                                {{"training.learning_rate", 0.01}, {"training.optimizer", "sgd"}}));
    proxy.sort(LeaderboardModel::NumberColumn);
    proxy.setStateFilter(TrialState::Completed);
    QCOMPARE(viewOrder(proxy), (QList<int>{0, 2}));
    proxy.setTextFilter("sgd");
    QCOMPARE(viewOrder(proxy), (QList<int>{2}));
    proxy.setStateFilter(std::nullopt);
    QCOMPARE(viewOrder(proxy), (QList<int>{1, 2}));
    proxy.setTextFilter("lr=0.1");
    QCOMPARE(viewOrder(proxy), (QList<int>{0}));
    proxy.setTextFilter("nan SGD");  // words AND-ed, case-insensitive, reasons included
    QCOMPARE(viewOrder(proxy), (QList<int>{1}));
    proxy.setTextFilter("");
    QCOMPARE(proxy.rowCount(), 3);
    // Live rows respect the active filter.
    proxy.setStateFilter(TrialState::Failed);
    model.upsertTrial(makeTrial(3, TrialState::Running, kNaN));
    QCOMPARE(viewOrder(proxy), (QList<int>{1}));
    model.upsertTrial(makeTrial(3, TrialState::Failed, kNaN, {}, "out of memory"));
    QCOMPARE(viewOrder(proxy), (QList<int>{1, 3}));
}

QTEST_MAIN(TestLeaderboardModel)
#include "tst_leaderboard_model.moc"
