#include "screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

#include "analysis_screenshots.h"
#include "data/fashion_mnist.h"
#include "help/help_window.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "panels/leaderboard_panel.h"
#include "panels/live_charts_panel.h"
#include "panels/model_training_form.h"
#include "panels/search_setup_panel.h"
#include "study/model/study.h"
#include "study_controller.h"

using namespace hyperlab;
using namespace hyperlab::ui;

void runScreenshotTour(MainWindow& window, const QString& outputDirectory) {
    auto studies = std::make_shared<QTemporaryDir>();
    window.setStudiesRoot(studies->path());
    window.resize(1600, 1000);
    SearchSetupPanel* search = window.searchPanel();
    search->setStrategy(QStringLiteral("random"));
    search->setTrials(8);
    search->setWorkers(2);
    QDir().mkpath(outputDirectory);

    QObject::connect(
        window.controller(), &StudyController::studyFinished, &window,
        [&window, outputDirectory, studies](const StudySummary&) {
            // Overlay the three best trials, as a student comparing them would.
            const Study* study = window.controller()->study();
            const auto top = study->topK(3);
            QList<int> shown;
            for (const TrialSnapshot& t : top)
                shown << t->number;
            if (!shown.isEmpty())
                window.leaderboard()->selectTrial(shown.first());
            window.charts()->showTrials(shown);
            window.charts()->flushNow();
            QTimer::singleShot(300, &window, [&window, outputDirectory, studies] {
                const QDir out(outputDirectory);
                bool ok = window.grab().save(out.filePath(QStringLiteral("main_window.png")));
                ok = window.charts()->grab().save(out.filePath(QStringLiteral("charts.png"))) && ok;
                ok = window.leaderboard()->grab().save(
                         out.filePath(QStringLiteral("leaderboard.png"))) &&
                     ok;
                // The panels on their own, at a readable size.
                auto grabPanel = [&](QWidget* panel, const char* name, QSize size) {
                    panel->resize(size);
                    return panel->grab().save(out.filePath(QString::fromLatin1(name)));
                };
                ok = grabPanel(window.searchPanel(), "search_panel.png", {620, 900}) && ok;
                ok = grabPanel(window.form(), "model_form.png", {460, 1100}) && ok;
                ok = grabPanel(window.datasetPanel(), "dataset_panel.png", {460, 700}) && ok;
                // Help > Guide on the page of the first search, at its own size.
                auto* help = new HelpWindow(&window);
                help->resize(960, 640);
                help->showGuide(4);
                ok = help->grab().save(out.filePath(QStringLiteral("guide.png"))) && ok;
                if (fashionMnistAvailable()) {
                    RunConfig c = window.currentConfig();
                    c.dataset.name = "fashion-mnist";
                    window.datasetPanel()->setConfig(c.dataset);
                    window.datasetPanel()->refreshPreview();
                    ok = grabPanel(window.datasetPanel(), "dataset_fashion.png", {460, 760}) && ok;
                }
                // The same window on a 1280x800 screen (the search setup is a
                // tab beside the forms there).
                window.resize(1280, 800);
                window.resetLayout();
                QCoreApplication::processEvents();
                ok = window.grab().save(out.filePath(QStringLiteral("main_window_1280x800.png"))) &&
                     ok;
                // The Analysis view after a short Fashion-MNIST search.
                if (fashionMnistAvailable())
                    ok = saveAnalysisScreenshots(window, studies->path(), outputDirectory) && ok;
                std::printf("screenshots %s in %s\n", ok ? "written" : "FAILED",
                            qPrintable(outputDirectory));
                QApplication::exit(ok ? 0 : 1);
            });
        });
    QTimer::singleShot(200, &window, [&window] {
        window.resetLayout();  // the docks' shares of 1600x1000
        if (!window.startSearch()) {
            std::fprintf(stderr, "cannot start the search: %s\n", qPrintable(window.lastError()));
            QApplication::exit(1);
        }
    });
}
