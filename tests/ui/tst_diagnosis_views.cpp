// Diagnosis in the views: the leaderboard marks a diverged trial with a
// warning sign and explains it in the tooltip; trial details list the
// findings; a healthy trial has neither. Real runs, not hand-made curves.
// With HYPERLAB_SCREENSHOT_DIR set it writes both views in English and
// Chinese at 1280x720 and 1600x1000.
#include <QtTest>

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QTableView>

#include "dialogs/trial_details_dialog.h"
#include "i18n/language.h"
#include "io/config_json.h"
#include "models/leaderboard_model.h"
#include "train/default_config.h"
#include "train/trainer.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

RunConfig spiral(const std::string& optimizer, double learningRate) {
    RunConfig config = defaultRunConfig();
    config.dataset.samples = 400;
    config.model.hiddenLayers = {32, 32};
    config.training.epochs = 30;
    config.training.optimizer = optimizer;
    config.training.learningRate = learningRate;
    return config;
}

/// A finished trial as a study records it, from a real run of `config`.
TrialSnapshot trainedTrial(int number, const RunConfig& config) {
    const TrainingResult r = trainFromConfig(config);
    auto t = std::make_shared<Trial>();
    t->number = number;
    t->config = toJson(config);
    t->params = {{"training.optimizer", config.training.optimizer},
                 {"training.learning_rate", config.training.learningRate}};
    t->history = r.history;
    t->divergence = r.divergence;
    t->test = r.test;
    t->classification = r.classification;
    t->parameterCount = r.parameterCount;
    t->seconds = r.seconds;
    t->reason = r.reason;
    t->state = r.status == RunStatus::Completed ? TrialState::Completed : TrialState::Failed;
    t->value = r.history.empty() ? Trial::kNaN : r.history.back().valAccuracy;
    return t;
}

/// A trial repeated with `seeds` training seeds, as a study with repeats
/// records it: repeat 0's curves, the mean and spread of the final
/// validation accuracies.
TrialSnapshot repeatedTrial(int number, RunConfig config, int seeds) {
    auto t = std::const_pointer_cast<Trial>(trainedTrial(number, config));
    double sum = 0;
    for (int r = 0; r < seeds; ++r) {
        config.training.seed = 42 + std::uint64_t(r);
        const TrainingResult run = trainFromConfig(config);
        t->repeatValues.push_back(run.history.back().valAccuracy);
        sum += t->repeatValues.back();
    }
    t->value = sum / seeds;
    double squares = 0;
    for (double v : t->repeatValues)
        squares += (v - t->value) * (v - t->value);
    t->valueStd = std::sqrt(squares / (seeds - 1));
    return t;
}

}  // namespace

class TestDiagnosisViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_healthy = trainedTrial(0, spiral("adam", 0.01));
        m_diverged = trainedTrial(1, spiral("sgd", 5.0));
        RunConfig overfit = spiral("adam", 0.01);
        overfit.dataset.samples = 100;
        overfit.dataset.noise = 0.3;
        overfit.model.hiddenLayers = {256, 256};
        overfit.training.epochs = 300;
        m_overfit = trainedTrial(2, overfit);
    }

    void leaderboardMarksOnlyTrialsWithFindings() {
        LeaderboardModel model;
        model.setObjective(Objective{});
        for (const auto& t : {m_healthy, m_diverged, m_overfit})
            model.upsertTrial(t);
        const int state = model.sectionOf(LeaderboardModel::StateColumn);

        const QModelIndex healthy = model.index(model.rowOfTrial(0), state);
        QVERIFY(model.data(healthy, LeaderboardModel::FindingsRole).toStringList().isEmpty());
        QVERIFY(model.data(healthy, Qt::DecorationRole).value<QIcon>().isNull());

        const QModelIndex diverged = model.index(model.rowOfTrial(1), state);
        QCOMPARE(model.data(diverged, LeaderboardModel::FindingsRole).toStringList(),
                 QStringList{"diverged"});
        QVERIFY(!model.data(diverged, Qt::DecorationRole).value<QIcon>().isNull());
        const QString tip = model.data(diverged, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("Diverged") && tip.contains("learning rate is too high"),
                 qPrintable(tip));
        // The filter finds it by the finding's name.
        QVERIFY(
            model.data(diverged, LeaderboardModel::FilterTextRole).toString().contains("Diverged"));

        const QModelIndex overfit = model.index(model.rowOfTrial(2), state);
        QVERIFY(model.data(overfit, LeaderboardModel::FindingsRole)
                    .toStringList()
                    .contains("overfitting"));
    }

    void detailsListTheFindings() {
        TrialDetailsDialog diverged(m_diverged);
        auto* list = diverged.findChild<QListWidget*>(QStringLiteral("diagnosisList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QString("diverged"));
        QVERIFY2(list->item(0)->text().contains("Learning rate"),
                 qPrintable(list->item(0)->text()));

        TrialDetailsDialog overfit(m_overfit);
        list = overfit.findChild<QListWidget*>(QStringLiteral("diagnosisList"));
        QVERIFY(list);
        bool named = false;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == "overfitting")
                named = list->item(i)->text().contains("Dropout");
        QVERIFY(named);

        TrialDetailsDialog healthy(m_healthy);
        QVERIFY(!healthy.findChild<QListWidget*>(QStringLiteral("diagnosisList")));
        QVERIFY(healthy.findChild<QLabel*>(QStringLiteral("diagnosisNone")));
    }

    // English first: installing English does not remove Chinese (its
    // catalogue has the plural forms only), so Chinese comes last.
    void screenshots() {
        const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HYPERLAB_SCREENSHOT_DIR not set");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslations(language);
            {
                // For the README: the leaderboard (diagnosis signs, mean ± std
                // over 3 seeds, ≈ for ties with the best) above the details
                // of the overfitting trial.
                LeaderboardModel model;
                model.setObjective(Objective{});
                for (const auto& t :
                     {m_diverged, m_overfit, repeatedTrial(3, spiral("adam", 0.01), 3),
                      repeatedTrial(4, spiral("adam", 0.003), 3),
                      repeatedTrial(5, spiral("sgd", 0.05), 3)})
                    model.upsertTrial(t);
                QTableView view;
                view.setModel(&model);
                view.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
                view.verticalHeader()->hide();
                view.resize(900, 190);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                TrialDetailsDialog dialog(m_overfit);
                dialog.resize(900, 560);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                const QPixmap table = view.grab(), details = dialog.grab();
                QImage both(900, table.height() + details.height(), QImage::Format_RGB32);
                both.fill(Qt::white);
                QPainter painter(&both);
                painter.drawPixmap(0, 0, table);
                painter.drawPixmap(0, table.height(), details);
                painter.end();
                both.save(dir + "/diagnosis-readme-" + language + ".png");
            }
            for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
                const QString suffix = QStringLiteral("%1-%2x%3.png")
                                           .arg(language)
                                           .arg(size.width())
                                           .arg(size.height());
                TrialDetailsDialog dialog(m_overfit);
                dialog.resize(size);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.grab().save(dir + "/diagnosis-details-" + suffix);

                LeaderboardModel model;
                model.setObjective(Objective{});
                for (const auto& t : {m_healthy, m_diverged, m_overfit})
                    model.upsertTrial(t);
                QTableView view;
                view.setModel(&model);
                view.resize(size.width(), 200);
                view.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                view.grab().save(dir + "/diagnosis-leaderboard-" + suffix);
            }
        }
    }

    void chineseTexts() {
        QVERIFY(installTranslations(QStringLiteral("zh_CN")));
        TrialDetailsDialog dialog(m_overfit);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("diagnosisList"));
        QVERIFY(list);
        const QString text = list->item(0)->text();
        QVERIFY2(text.contains(QStringLiteral("过拟合")), qPrintable(text));
    }

private:
    TrialSnapshot m_healthy, m_diverged, m_overfit;
};

QTEST_MAIN(TestDiagnosisViews)
#include "tst_diagnosis_views.moc"
