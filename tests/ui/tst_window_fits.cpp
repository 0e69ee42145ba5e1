// The main window fits a 1280x720 screen in English and Chinese: its
// minimum size does, at 1280x720, 1280x800, 1600x1000 and 1920x1080 no form
// is cut off at the side (each dock raised in turn: on narrow windows the
// search setup is a tab beside the forms), the leaderboard shows several
// rows, the status bar is on screen, and docks squeezed by a small window
// grow back with it. With HYPERLAB_SCREENSHOT_DIR set it also writes what it
// saw, to look at.
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "dialogs/message_boxes.h"
#include "i18n/language.h"
#include "main_window.h"
#include "panels/leaderboard_panel.h"

using namespace hyperlab::ui;

namespace {

void grabTo(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}

/// The class name of a visible form that needs a sideways scroll bar; empty
/// when none does.
QString formCutOff(const QMainWindow& window) {
    for (QScrollArea* area : window.findChildren<QScrollArea*>()) {
        QWidget* content = area->widget();
        if (!area->isVisible() || area->visibleRegion().isEmpty() || !content)
            continue;
        // Every form scroll area in the docks (the Model and Training form
        // scrolls inside itself; the other panels are wrapped by the dock).
        if (area->horizontalScrollBar()->isVisible())
            return QString::fromLatin1(content->metaObject()->className()) +
                   QStringLiteral(" (needs %1 px, has %2)")
                       .arg(content->minimumSizeHint().width())
                       .arg(area->viewport()->width());
    }
    return {};
}

}  // namespace

class TestWindowFits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        setMessageBoxesEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window_fits"));
    }

    void fitsASmallScreen_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
    }

    void fitsASmallScreen() {
        QFETCH(QString, language);
        installTranslations(language);
        QTemporaryDir studies;
        MainWindow window;
        window.setStudiesRoot(studies.path());
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(
            minimum.width() <= 1280 && minimum.height() <= 720,
            qPrintable(
                QStringLiteral("minimum size %1x%2").arg(minimum.width()).arg(minimum.height())));
        for (const QSize size :
             {QSize(1280, 720), QSize(1280, 800), QSize(1600, 1000), QSize(1920, 1080)}) {
            window.resize(size);
            window.show();
            window.resetLayout();
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), size);
            const QString where =
                QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height());
            for (const char* dock : {"datasetDock", "modelDock", "searchDock"}) {
                window.findChild<QDockWidget*>(QLatin1String(dock))->raise();
                QCoreApplication::processEvents();
                grabTo(window, QStringLiteral("window_%1_%2x%3_%4.png")
                                   .arg(language)
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(QLatin1String(dock)));
                const QString cut = formCutOff(window);
                QVERIFY2(cut.isEmpty(), qPrintable(where + QStringLiteral(": ") + cut));
            }
            QVERIFY2(window.leaderboard()->height() >= 150, qPrintable(where));
            QVERIFY(window.statusBar()->isVisible());
            QVERIFY2(window.statusBar()->geometry().bottom() < size.height(), qPrintable(where));
        }
        // Squeezed into a small window and given room again, the docks grow
        // back (Qt alone would give all the new room to the charts).
        window.resize(1280, 720);
        QCoreApplication::processEvents();
        window.resize(1920, 1080);
        QCoreApplication::processEvents();
        QVERIFY2(window.leaderboard()->height() >= 250,
                 qPrintable(
                     QStringLiteral("leaderboard %1 px high").arg(window.leaderboard()->height())));
        QVERIFY2(window.findChild<QDockWidget*>(QStringLiteral("modelDock"))->width() >= 400,
                 "the forms did not grow back");
    }
};

QTEST_MAIN(TestWindowFits)
#include "tst_window_fits.moc"
