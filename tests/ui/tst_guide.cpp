// Help > Guide and Glossary: the guide's pages in English and Chinese and
// Back/Next; the glossary lists every field HyperparameterHelp knows (and
// every field the forms show), filters in the current language, and has
// too-high and too-low texts for the main hyperparameters; F1 over a field
// of the main window opens its entry, F1 elsewhere the guide.
#include <QCursor>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QtTest>

#include "dialogs/message_boxes.h"
#include "help/field_path.h"
#include "help/glossary_view.h"
#include "help/guide_view.h"
#include "help/help_window.h"
#include "help/hyperparameter_pitfalls.h"
#include "i18n/hyperparameter_help.h"
#include "i18n/language.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "panels/live_charts_panel.h"
#include "panels/model_training_form.h"
#include "panels/search_setup_panel.h"

using namespace hyperlab::ui;

namespace {

bool hasChinese(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

const QStringList kMainPaths = {"training.learning_rate",
                                "training.batch_size",
                                "training.epochs",
                                "model.dropout",
                                "training.weight_decay",
                                "training.momentum",
                                "training.optimizer",
                                "model.hidden_layers",
                                "model.hidden_layers.*",
                                "model.activation",
                                "model.init",
                                "model.batch_norm",
                                "model.conv_layers.*.kernel_size",
                                "model.conv_layers.*.filters",
                                "model.conv_layers.*.pool",
                                "training.early_stopping.patience",
                                "training.lr_schedule.type"};

}  // namespace

class TestGuide : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        setMessageBoxesEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guide"));
        QSettings().clear();
        QVERIFY(installTranslations(QStringLiteral("en")));
    }
    void cleanupTestCase() { QSettings().clear(); }

    void guidePagesAndNavigation() {
        GuideView guide;
        QVERIFY(guide.pageCount() >= 5);
        QCOMPARE(guide.currentPage(), 0);
        QVERIFY(guide.currentText().contains(QStringLiteral("spiral")));
        guide.back();
        QCOMPARE(guide.currentPage(), 0);
        guide.next();
        QCOMPARE(guide.currentPage(), 1);
        QVERIFY(guide.currentText().contains(QStringLiteral("Ctrl+R")));
        for (int i = 0; i < guide.pageCount() + 2; ++i)
            guide.next();
        QCOMPARE(guide.currentPage(), guide.pageCount() - 1);
        guide.back();
        QCOMPARE(guide.currentPage(), guide.pageCount() - 2);
        // The list on the left moves too.
        auto* list = guide.findChild<QListWidget*>(QStringLiteral("guidePages"));
        QVERIFY(list);
        list->setCurrentRow(2);
        QCOMPARE(guide.currentPage(), 2);
    }

    void glossaryListsEveryPath() {
        GlossaryView glossary;
        const QStringList paths = HyperparameterHelp::paths();
        QCOMPARE(glossary.visiblePaths(), paths);
        QCOMPARE(paths.size(), QSet<QString>(paths.begin(), paths.end()).size());
        for (const QString& path : paths) {
            QVERIFY2(HyperparameterHelp::label(path) != path, qPrintable(path));
            QVERIFY2(!HyperparameterHelp::tooltip(path).isEmpty(), qPrintable(path));
            QVERIFY(glossary.showEntry(path));
            QCOMPARE(glossary.currentPath(), path);
            QVERIFY(glossary.currentText().contains(HyperparameterHelp::label(path)));
        }
        // List items find their generic entry.
        QVERIFY(glossary.showEntry(QStringLiteral("model.conv_layers.2.kernel_size")));
        QCOMPARE(glossary.currentPath(), QStringLiteral("model.conv_layers.*.kernel_size"));
        QVERIFY(!glossary.showEntry(QStringLiteral("no.such.field")));
    }

    void formsShowOnlyKnownFields() {
        // Every editor the forms name by its config path has a glossary entry.
        ModelTrainingForm form;
        DatasetPanel dataset;
        int named = 0;
        for (const QWidget* root : {static_cast<QWidget*>(&form), static_cast<QWidget*>(&dataset)})
            for (const QWidget* w : root->findChildren<QWidget*>()) {
                const QString name = w->objectName();
                if (!name.startsWith(QLatin1String("model.")) &&
                    !name.startsWith(QLatin1String("training.")))
                    continue;
                ++named;
                QVERIFY2(HyperparameterHelp::paths().contains(name), qPrintable(name));
            }
        QVERIFY(named > 30);
    }

    void glossaryFilter() {
        GlossaryView glossary;
        glossary.setFilter(QStringLiteral("learning"));
        const QStringList shown = glossary.visiblePaths();
        QVERIFY(shown.contains(QStringLiteral("training.learning_rate")));
        QVERIFY(!shown.contains(QStringLiteral("model.dropout")));
        // By path, case-insensitively, every word.
        glossary.setFilter(QStringLiteral("EARLY_STOPPING patience"));
        QCOMPARE(glossary.visiblePaths(),
                 QStringList{QStringLiteral("training.early_stopping.patience")});
        QCOMPARE(glossary.currentPath(), QStringLiteral("training.early_stopping.patience"));
        // By text: only the dropout entry speaks of switching neurons off at random.
        glossary.setFilter(QStringLiteral("switched off at random"));
        QCOMPARE(glossary.visiblePaths(), QStringList{QStringLiteral("model.dropout")});
        glossary.setFilter(QStringLiteral("zzzz"));
        QVERIFY(glossary.visiblePaths().isEmpty());
        QVERIFY(glossary.currentPath().isEmpty());
        // Showing an entry the filter hides clears the filter.
        QVERIFY(glossary.showEntry(QStringLiteral("model.dropout")));
        QCOMPARE(glossary.visiblePaths(), HyperparameterHelp::paths());
        QCOMPARE(glossary.currentPath(), QStringLiteral("model.dropout"));
    }

    void mainHyperparametersHaveBothSides_data() {
        QTest::addColumn<QString>("path");
        for (const QString& path : kMainPaths)
            QTest::newRow(qPrintable(path)) << path;
    }
    void mainHyperparametersHaveBothSides() {
        QFETCH(QString, path);
        QVERIFY(HyperparameterHelp::paths().contains(path));
        const HyperparameterPitfalls::Texts texts = HyperparameterPitfalls::of(path);
        QVERIFY(!texts.high.heading.isEmpty() && !texts.low.heading.isEmpty());
        QVERIFY(texts.high.text.size() > 40 && texts.low.text.size() > 40);
        QVERIFY(texts.high.text != texts.low.text);
        GlossaryView glossary;
        QVERIFY(glossary.showEntry(path));
        QVERIFY(glossary.currentText().contains(texts.high.text));
        QVERIFY(glossary.currentText().contains(texts.low.text));
    }

    void fieldPaths() {
        MainWindow window;
        // Editor, its form label, a part of a compound editor, a search table cell.
        QWidget* rate =
            window.form()->findChild<QWidget*>(QStringLiteral("training.learning_rate"));
        QVERIFY(rate);
        for (QWidget* part : rate->findChildren<QWidget*>())
            QCOMPARE(fieldPathOf(part), QStringLiteral("training.learning_rate"));
        QCOMPARE(fieldPathOf(window.form()->findChild<QWidget*>(QStringLiteral("model.dropout"))),
                 QStringLiteral("model.dropout"));
        bool labelFound = false;
        for (QLabel* label : window.form()->findChildren<QLabel*>())
            if (label->text() == HyperparameterHelp::label(QStringLiteral("training.momentum"))) {
                QCOMPARE(fieldPathOf(label), QStringLiteral("training.momentum"));
                labelFound = true;
            }
        QVERIFY(labelFound);
        QCOMPARE(fieldPathOf(window.form()->findChild<QWidget*>(QStringLiteral("hiddenLayer0"))),
                 QStringLiteral("model.hidden_layers.*"));
        auto* table =
            window.searchPanel()->findChild<QTableWidget*>(QStringLiteral("searchSpaceTable"));
        QVERIFY(table);
        QCOMPARE(fieldPathOf(table->cellWidget(0, 1)), QStringLiteral("training.learning_rate"));
        QCOMPARE(fieldPathOf(table->cellWidget(2, 3)), QStringLiteral("model.dropout"));
        QCOMPARE(fieldPathOf(window.charts()), QString());
        QCOMPARE(fieldPathOf(nullptr), QString());
    }

    void f1OverAFieldOpensItsEntry() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget* rate =
            window.form()->findChild<QWidget*>(QStringLiteral("training.learning_rate"));
        QVERIFY(rate && rate->isVisible());
        QCursor::setPos(rate->mapToGlobal(rate->rect().center()));
        QTRY_COMPARE(fieldPathOf(QApplication::widgetAt(QCursor::pos())),
                     QStringLiteral("training.learning_rate"));
        QTest::keyClick(&window, Qt::Key_F1);
        auto* help = window.findChild<HelpWindow*>();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QVERIFY(help->isGlossaryShown());
        QCOMPARE(help->glossary()->currentPath(), QStringLiteral("training.learning_rate"));

        // Over the charts, with no field focused by the user: the guide.
        help->glossary()->setFilter(QStringLiteral("dropout"));
        help->hide();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCursor::setPos(window.charts()->mapToGlobal(window.charts()->rect().center()));
        // Focus the program gave a field (Qt does so when a window opens or a
        // dialog closes) does not count.
        rate->setFocus(Qt::OtherFocusReason);
        QVERIFY(rate->isAncestorOf(QApplication::focusWidget()) || rate->hasFocus());
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(help->isVisible());
        QVERIFY(!help->isGlossaryShown());
        QCOMPARE(help->guide()->currentPage(), 0);

        // A field the user clicked into does, wherever the mouse is then.
        help->hide();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* dropout = window.form()->findChild<QWidget*>(QStringLiteral("model.dropout"));
        QVERIFY(dropout && dropout->isVisible());
        QTest::mouseClick(dropout->focusProxy() ? dropout->focusProxy() : dropout, Qt::LeftButton);
        QTRY_VERIFY(dropout->hasFocus() || dropout->isAncestorOf(QApplication::focusWidget()));
        QCursor::setPos(window.charts()->mapToGlobal(window.charts()->rect().center()));
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(help->isGlossaryShown());
        QCOMPARE(help->glossary()->currentPath(), QStringLiteral("model.dropout"));

        // The menu: Guide, Glossary, About.
        QMenu* menu = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->text() == QStringLiteral("&Help"))
                menu = a->menu();
        QVERIFY(menu);
        QStringList texts;
        for (QAction* a : menu->actions())
            if (!a->isSeparator())
                texts << a->text().section(QLatin1Char('\t'), 0, 0);
        QCOMPARE(texts, (QStringList{"&Guide", "G&lossary", "&About HyperLab"}));
        menu->actions().at(1)->trigger();
        QVERIFY(help->isGlossaryShown());
        // Esc closes the help window.
        help->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), help);
        QTest::keyClick(help, Qt::Key_Escape);
        QVERIFY(!help->isVisible());
    }

    // Last: an installed catalogue stays installed (English only adds its
    // plural forms), so the tests before it see English.
    void guideInChinese() {
        QStringList english;
        for (const GuidePage& page : GuidePages::all())
            english << page.title + page.html;
        QVERIFY(installTranslations(QStringLiteral("zh_CN")));
        const QList<GuidePage> chinese = GuidePages::all();
        QCOMPARE(chinese.size(), english.size());
        for (int i = 0; i < chinese.size(); ++i) {
            QVERIFY2(hasChinese(chinese[i].title), qPrintable(chinese[i].title));
            QVERIFY2(hasChinese(chinese[i].html), qPrintable(chinese[i].title));
            QVERIFY(chinese[i].title + chinese[i].html != english[i]);
        }
        GlossaryView glossary;
        glossary.setFilter(QStringLiteral("学习率"));  // the filter works in the language shown
        QVERIFY(glossary.visiblePaths().contains(QStringLiteral("training.learning_rate")));
        QVERIFY(!glossary.visiblePaths().contains(QStringLiteral("model.dropout")));
        QVERIFY(glossary.showEntry(QStringLiteral("training.learning_rate")));
        QVERIFY(glossary.currentText().contains(QStringLiteral("学习率")));
    }
};

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
