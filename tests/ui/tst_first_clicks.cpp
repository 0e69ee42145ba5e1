// Small things a student meets in the first hour: the first click on a
// column sorts the best trials first (accuracy high, loss low), and an
// objective on the test set comes with a warning that tuning on it biases it.
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

#include "dialogs/confusion_matrix_view.h"
#include "models/leaderboard_model.h"
#include "panels/leaderboard_panel.h"
#include "panels/search_strategy_box.h"
#include "study/model/study_definition.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

TrialSnapshot trial(int number, double valAccuracy, double valLoss) {
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->state = TrialState::Completed;
    t->value = valAccuracy;
    EpochMetrics m{};
    m.epoch = 1;
    m.valAccuracy = valAccuracy;
    m.valLoss = valLoss;
    t->history = {m};
    return t;
}

/// Trial numbers top to bottom as the view shows them.
QList<int> shownOrder(const LeaderboardPanel& panel) {
    auto* view = panel.findChild<QTableView*>();
    QList<int> order;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        order << view->model()->index(row, 0).data(LeaderboardModel::TrialNumberRole).toInt();
    return order;
}

}  // namespace

class TestFirstClicks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstClickSortsBestFirst() {
        LeaderboardPanel panel;
        panel.setStudy(StudyDefinition::fromJson(nlohmann::json::parse(
            R"({"base": {}, "objective": {"metric": "val_accuracy"},
                "space": {"training.learning_rate": {"type": "float", "low": 0.001, "high": 0.1}},
                "strategy": {"type": "random", "trials": 3}})")));
        panel.setTrials({trial(0, 0.7, 0.5), trial(1, 0.9, 0.2), trial(2, 0.5, 0.9)});
        panel.show();
        auto* header = panel.findChild<QTableView*>()->horizontalHeader();
        const LeaderboardModel* model = panel.model();
        // Trial number first, so the next clicks are first clicks.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(
                                     model->sectionOf(LeaderboardModel::NumberColumn)) +
                                     5,
                                 5));
        auto clickHeader = [&](LeaderboardModel::Column column) {
            const int section = model->sectionOf(column);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(section) + 5, 5));
        };
        clickHeader(LeaderboardModel::ValAccuracyColumn);
        QCOMPARE(shownOrder(panel), (QList<int>{1, 0, 2}));  // highest accuracy first
        clickHeader(LeaderboardModel::ValAccuracyColumn);
        QCOMPARE(shownOrder(panel), (QList<int>{2, 0, 1}));  // the second click toggles
        clickHeader(LeaderboardModel::ValLossColumn);
        QCOMPARE(shownOrder(panel), (QList<int>{1, 0, 2}));  // lowest loss first
    }

    void confusionMatrixNamesRecallInFull() {
        // Ten classes at the size the dialog gives them: the column header
        // "recall" was clipped to "ecal". Its width now counts in the size
        // hint, and the picture is written for a look when asked.
        ConfusionMatrix m;
        m.classCount = 10;
        m.counts.assign(100, 3);
        ConfusionMatrixView view;
        QStringList names;
        for (int i = 0; i < 10; ++i)
            names << QStringLiteral("class %1").arg(i);
        view.setMatrix(m, names);
        view.resize(view.sizeHint());
        view.show();
        const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            view.grab().save(dir + QStringLiteral("/confusion_matrix.png"));
        const int cells = 11 * 24;  // classes + the recall column, at the smallest cell
        QVERIFY(view.sizeHint().width() >=
                cells + view.fontMetrics().horizontalAdvance(QStringLiteral("recall")) - 24);
    }

    void aTestObjectiveIsWarnedAbout() {
        SearchStrategyBox box;
        box.show();
        auto* warning = box.findChild<QLabel*>(QStringLiteral("testObjectiveWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());
        auto* metric = box.findChild<QComboBox*>(QStringLiteral("objectiveMetric"));
        metric->setCurrentIndex(metric->findData(QStringLiteral("test_accuracy")));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("biases")));
        QVERIFY(metric->toolTip().contains(QStringLiteral("test")));
        metric->setCurrentIndex(metric->findData(QStringLiteral("val_loss")));
        QVERIFY(!warning->isVisible());
    }
};

QTEST_MAIN(TestFirstClicks)
#include "tst_first_clicks.moc"
