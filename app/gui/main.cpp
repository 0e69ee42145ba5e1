// hyperlab: the desktop application. All behaviour lives in hyperlab_ui.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include "i18n/language.h"
#include "main_window.h"
#include "screenshot_tour.h"

namespace {

/// The value of --lang (or --lang=...) read before the parser runs, so that
/// --help is already printed in the chosen language.
QString requestedLanguage(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) return arguments[i + 1];
        if (a.startsWith(QLatin1String("--lang="))) return a.mid(7);
    }
    return {};
}

}  // namespace

int main(int argc, char* argv[]) {
    using namespace hyperlab::ui;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HyperLab"));
    QApplication::setApplicationName(QStringLiteral("HyperLab"));
    QApplication::setApplicationVersion(QStringLiteral(HYPERLAB_VERSION));
    // Ties the windows to the installed menu entry and icon (Wayland uses the
    // desktop file name as the app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hyperlab.HyperLab"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("hyperlab"), QIcon(QStringLiteral(":/icons/hyperlab.svg"))));

    const QString requested = requestedLanguage(QApplication::arguments());
    if (!requested.isEmpty() && !matchInterfaceLanguage(requested)) {
        QTextStream(stderr) << QStringLiteral("hyperlab: --lang: unknown language \"%1\" (allowed: %2)\n")
                                   .arg(requested, interfaceLanguageCodes().join(QStringLiteral(", ")));
        return 2;
    }
    installTranslations(startupLanguage(requested));

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

    MainWindow window;
    if (parser.isSet(screenshots)) {
        qputenv("HYPERLAB_NO_DIALOGS", "1");
        runScreenshotTour(window, parser.value(screenshots));
    }
    window.show();
    return app.exec();
}
