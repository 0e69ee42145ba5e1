// The "Find learning rate" dialog: it runs the range test off the GUI
// thread, draws the curve with the suggestion, stops at once, and its two
// buttons put the suggestion into the form and the search setup. With
// HYPERLAB_SCREENSHOT_DIR set it writes the dialog in English and Chinese.
#include <QtTest>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "charts/lr_range_chart.h"
#include "dialogs/lr_finder_dialog.h"
#include "dialogs/lr_range_test_task.h"
#include "i18n/language.h"
#include "main_window.h"
#include "panels/model_training_form.h"
#include "panels/search_setup_panel.h"
#include "train/default_config.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

QPushButton* buttonStartingWith(QDialog& dialog, const QString& prefix) {
    for (auto* b : dialog.findChildren<QPushButton*>())
        if (b->text().startsWith(prefix))
            return b;
    return nullptr;
}

bool finished(const LrFinderDialog& dialog) {
    return !dialog.result().cancelled;
}

}  // namespace

class TestLrFinderDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsAndOffersTheSuggestion() {
        LrFinderDialog dialog(defaultRunConfig());
        QVERIFY(dialog.task()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
        const LrRangeTestResult& r = dialog.result();
        QVERIFY(r.low < r.suggested && r.suggested < r.high);
        QCOMPARE(dialog.chart()->pointCount(), int(r.points.size()));
        QCOMPARE(dialog.chart()->markedRate(), r.suggested);
        const QString status = dialog.findChild<QLabel*>(QStringLiteral("lrFinderStatus"))->text();
        QVERIFY2(status.contains(QString::number(r.suggested, 'g', 3)), qPrintable(status));

        QSignalSpy rate(&dialog, &LrFinderDialog::learningRateChosen);
        QSignalSpy range(&dialog, &LrFinderDialog::searchRangeChosen);
        QPushButton* use = buttonStartingWith(dialog, "Use ");
        QPushButton* search = buttonStartingWith(dialog, "Search ");
        QVERIFY(use && use->isEnabled() && search && search->isEnabled());
        use->click();
        search->click();
        QCOMPARE(rate.count(), 1);
        QCOMPARE(rate.at(0).at(0).toDouble(), r.suggested);
        QCOMPARE(range.count(), 1);
        QCOMPARE(range.at(0).at(0).toDouble(), r.low);
        QCOMPARE(range.at(0).at(1).toDouble(), r.high);
    }

    void stopsAtOnce() {
        RunConfig big = defaultRunConfig();
        big.dataset.samples = 20000;
        big.model.hiddenLayers = {512, 512};
        LrFinderDialog dialog(big);
        QTRY_VERIFY(dialog.chart()->pointCount() > 0 || !dialog.task()->isRunning());
        QElapsedTimer clock;
        clock.start();
        dialog.stop();
        QVERIFY(clock.elapsed() < 50);  // the GUI thread does not wait for the worker
        QVERIFY(!dialog.task()->isRunning());
        QVERIFY(!finished(dialog));
        QVERIFY(!buttonStartingWith(dialog, "Use")->isEnabled());
    }

    void mainWindowPutsTheSuggestionIntoFormAndSearch() {
        QTemporaryDir studies;
        MainWindow window;
        window.setStudiesRoot(studies.path());
        LrFinderDialog* dialog = window.openLrFinder();
        QTRY_VERIFY_WITH_TIMEOUT(finished(*dialog), 60000);
        const LrRangeTestResult r = dialog->result();
        buttonStartingWith(*dialog, "Use ")->click();
        auto* form = window.findChild<ModelTrainingForm*>();
        QVERIFY(std::abs(form->config().training.learningRate / r.suggested - 1) < 1e-3);
        buttonStartingWith(*dialog, "Search ")->click();
        const auto study =
            window.findChild<SearchSetupPanel*>()->studyJson(nlohmann::json::object());
        const auto& dim = study.at("space").at("training.learning_rate");
        QCOMPARE(dim.at("type").get<std::string>(), std::string("float"));
        QVERIFY(dim.at("log").get<bool>());
        QVERIFY(std::abs(dim.at("low").get<double>() / r.low - 1) < 1e-3);
        QVERIFY(std::abs(dim.at("high").get<double>() / r.high - 1) < 1e-3);
        dialog->close();
    }

    // English first: installing English does not remove Chinese.
    void screenshots() {
        const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HYPERLAB_SCREENSHOT_DIR not set");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            installTranslations(language);
            LrFinderDialog dialog(defaultRunConfig());
            QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
            for (const QSize size : {QSize(1280, 720), QSize(1600, 1000), QSize(760, 560)}) {
                dialog.resize(size);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                QTest::qWait(50);
                dialog.grab().save(QStringLiteral("%1/lr-finder-%2-%3x%4.png")
                                       .arg(dir, language)
                                       .arg(size.width())
                                       .arg(size.height()));
            }
        }
    }
};

QTEST_MAIN(TestLrFinderDialog)
#include "tst_lr_finder_dialog.moc"
