// hyperlab: the desktop application. All behaviour lives in hyperlab_ui.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcess>
#include <QTextStream>
#include <clocale>

#include "i18n/language.h"
#include "main_window.h"
#include "screenshot_tour.h"

namespace {

/// The value of --lang (or --lang=...) read before the parser runs, so that
/// --help is already printed in the chosen language. `present` tells whether
/// the option was given at all (an empty value is an error).
QString requestedLanguage(const QStringList& arguments, bool& present) {
    present = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--lang")) {
            present = true;
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            present = true;
            return a.mid(7);
        }
    }
    return {};
}

/// The arguments to start again with: the same, minus a --lang that would
/// override the language just chosen in View > Language.
QStringList argumentsWithoutLanguage(QStringList arguments) {
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--lang"))
            arguments.remove(i, qMin<qsizetype>(2, arguments.size() - i));
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            arguments.remove(i);
        else
            ++i;
    }
    return arguments;
}

}  // namespace

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
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("hyperlab"), QIcon(QStringLiteral(":/icons/hyperlab.svg"))));

    bool languageGiven = false;
    const QString requested = requestedLanguage(QApplication::arguments(), languageGiven);
    const auto chosen = matchInterfaceLanguage(requested);
    // A wrong --lang is reported in the language HyperLab would otherwise use.
    installTranslations(chosen.value_or(startupLanguage()));
    if (languageGiven && !chosen) {
        const QString allowed = interfaceLanguageCodes().join(QStringLiteral(", "));
        QTextStream(stderr) << QStringLiteral("hyperlab: ")
                            << (requested.isEmpty()
                                    ? QApplication::translate("main",
                                                              "--lang needs a value (allowed: %1)")
                                          .arg(allowed)
                                    : QApplication::translate("main", "--lang: unknown language "
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
            qputenv("HYPERLAB_NO_DIALOGS", "1");
            runScreenshotTour(window, parser.value(screenshots));
        }
        window.show();
        status = app.exec();
        restart = window.restartRequested();
    }  // the window and its study workers are gone before a restart
    if (restart)
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                argumentsWithoutLanguage(QCoreApplication::arguments().mid(1)));
    return status;
}
