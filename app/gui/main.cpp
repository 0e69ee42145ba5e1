// hyperlab: the desktop application. All behaviour lives in hyperlab_ui.
#include <QApplication>
#include <QCommandLineParser>

#include "main_window.h"
#include "screenshot_tour.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HyperLab"));
    QApplication::setApplicationName(QStringLiteral("HyperLab"));
    QApplication::setApplicationVersion(QStringLiteral(HYPERLAB_VERSION));

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
    parser.process(app);

    hyperlab::ui::MainWindow window;
    if (parser.isSet(screenshots)) {
        qputenv("HYPERLAB_NO_DIALOGS", "1");
        runScreenshotTour(window, parser.value(screenshots));
    }
    window.show();
    return app.exec();
}
