#include "analysis_screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QTabWidget>

#include <cstdio>

#include <nlohmann/json.hpp>

#include "main_window.h"
#include "panels/analysis_panel.h"
#include "study/execution/study_runner.h"
#include "study/storage/study_directory.h"

using namespace hyperlab;
using namespace hyperlab::ui;

namespace {

nlohmann::json fashionStudy() {
    return nlohmann::json::parse(R"({
        "name": "fashion-mnist: a short random search",
        "base": {
            "dataset": {"name": "fashion-mnist", "limit": 3000, "validation_fraction": 0.2,
                        "seed": 1},
            "model": {"hidden_layers": [128, 64], "activation": "relu"},
            "training": {"optimizer": "adam", "epochs": 2, "batch_size": 64, "seed": 3}},
        "space": {
            "training.learning_rate": {"type": "float", "low": 1e-4, "high": 1, "log": true},
            "training.weight_decay": {"type": "float", "low": 1e-6, "high": 1e-2, "log": true},
            "model.dropout": {"type": "float", "low": 0.0, "high": 0.5},
            "model.hidden_layers": {"type": "categorical", "values": [[64], [128, 64]]},
            "training.optimizer": {"type": "categorical", "values": ["sgd", "adam"]},
            "training.momentum": {"type": "float", "low": 0.5, "high": 0.95,
                                  "active_if": {"training.optimizer": ["sgd"]}}},
        "strategy": {"type": "random", "trials": 48, "seed": 7},
        "objective": {"metric": "val_accuracy"},
        "workers": 2})");
}

}  // namespace

bool saveAnalysisScreenshots(MainWindow& window, const QString& studiesRoot,
                             const QString& outputDirectory) {
    const QString directory = QDir(studiesRoot).filePath(QStringLiteral("fashion-analysis"));
    try {
        auto study = StudyDirectory::create(directory.toStdString(), fashionStudy());
        StudyRunner(study->study(), &study->journal()).run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "analysis screenshots: %s\n", e.what());
        return false;
    }
    window.resize(1600, 1000);
    window.resetLayout();
    if (!window.openStudy(directory))
        return false;
    AnalysisPanel* analysis = window.analysis();
    window.centreTabs()->setCurrentWidget(analysis);
    analysis->tabs()->setCurrentIndex(0);
    if (!analysis->waitForComputation(120000))
        return false;
    QCoreApplication::processEvents();
    const QDir out(outputDirectory);
    bool ok = window.grab().save(out.filePath(QStringLiteral("analysis.png")));
    const char* tabs[] = {nullptr, "analysis_slices.png", "analysis_contour.png",
                          "analysis_importance.png"};
    for (int tab = 1; tab < 4; ++tab) {
        analysis->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        ok = analysis->grab().save(out.filePath(QString::fromLatin1(tabs[tab]))) && ok;
    }
    analysis->tabs()->setCurrentIndex(0);
    window.resize(1280, 720);
    window.resetLayout();
    QCoreApplication::processEvents();
    ok = window.grab().save(out.filePath(QStringLiteral("analysis_1280x720.png"))) && ok;
    return ok;
}
