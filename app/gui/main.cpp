// hyperlab: the desktop application. All behaviour lives in hyperlab_ui.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcess>
#include <QTextStream>
#include <clocale>

#include "dialogs/message_boxes.h"
#include "i18n/language.h"
#include "main_window.h"
#include "screenshot_tour.h"

int main(int argc, char* argv[]) {
    using namespace hyperlab::ui;
    QApplication app(argc, argv);
    // QApplication adopts the user's locale for the C library too; the core
    // formats numbers with printf (CSV exports), which must keep a decimal
    // point whatever the locale.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setOrganizationName(QStringLiteral("HyperLab"));
    QApplication::setApplicationName(QStringLiteral("HyperLab"));
    QApplication::setApplicationVersion(QStringLiteral(HYPERLAB_VERSION));
    // Ties the windows to the installed menu entry and icon (Wayland uses the
    // desktop file name as the app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hyperlab.HyperLab"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("hyperlab"),
                                                 QIcon(QStringLiteral(":/icons/hyperlab.svg"))));

    // Read before the parser runs, so that --help is already in the chosen
    // language; the rest of the arguments is what a restart passes on.
    QStringList otherArguments = QApplication::arguments().mid(1);
    const LanguageOption languageOption = takeLanguageOption(otherArguments);
    const QString& requested = languageOption.value;
    const auto chosen = matchInterfaceLanguage(requested);
    // A wrong --lang is reported in the language HyperLab would otherwise use.
    installTranslations(chosen.value_or(startupLanguage()));
    if (languageOption.given && !chosen) {
        const QString allowed = interfaceLanguageCodes().join(QStringLiteral(", "));
        QTextStream(stderr) << QStringLiteral("hyperlab: ")
                            << (requested.isEmpty()
                                    ? QApplication::translate("main",
                                                              "--lang needs a value (allowed: %1)")
                                          .arg(allowed)
                                    : QApplication::translate("main",
                                                              "--lang: unknown language "
                                                              "\"%1\" (allowed: %2)")
                                          .arg(requested, allowed))
                            << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore and tune deep-learning hyperparameters"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Run a short search and save screenshots into <dir>."),
        QStringLiteral("dir"));
    parser.addOption(screenshots);
    QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Interface language for this run: %1 (default: the choice in "
                                "View > Language, else the system locale).")
            .arg(interfaceLanguageCodes().join(QStringLiteral(", "))),
        QStringLiteral("locale"));
    parser.addOption(language);
    parser.process(app);

    int status = 0;
    bool restart = false;
    {
        MainWindow window;
        if (parser.isSet(screenshots)) {
            setMessageBoxesEnabled(false);
            runScreenshotTour(window, parser.value(screenshots));
        }
        window.show();
        status = app.exec();
        restart = window.restartRequested();
    }  // the window and its study workers are gone before a restart
    // Without --lang, which would override the language just chosen in
    // View > Language.
    if (restart)
        QProcess::startDetached(QCoreApplication::applicationFilePath(), otherArguments);
    return status;
}
