#include <iostream>
#include <stop_token>
#include <string>

#include "cli_output.h"
#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "diagnosis_output.h"
#include "io/config_json.h"
#include "io/png_writer.h"
#include "train/boundary_image.h"
#include "train/default_config.h"
#include "train/diagnosis.h"
#include "train/trainer.h"

namespace hyperlab::cli {

namespace {

// Side of the --boundary image in pixels: 8 per grid cell.
constexpr int kBoundaryImageSize = 8 * kBoundaryResolution;

// The grid of `--boundary`, refused before training for data that is not a
// 2-D classification set.
BoundaryGrid boundaryGridOrThrow(const RunConfig& config, const DataSplit& split) {
    const std::optional<BoundaryGrid> grid = boundaryGridFor(*split.data);
    const Dataset& data = *split.data;
    if (!grid || data.features.rows() != 2)
        throw InputError("--boundary",
                         utf8(CliText::tr("needs a 2-D classification dataset (two input features: "
                                          "circle, xor, gaussians, spiral, moons or a CSV with two "
                                          "feature columns); \"%1\" has %2 input values per sample")
                                  .arg(QString::fromStdString(config.dataset.name))
                                  .arg(data.inputShape.size())));
    if (config.training.loss != "cross_entropy" && config.training.loss != "binary_cross_entropy")
        throw InputError("--boundary", utf8(CliText::tr("needs a classification loss (allowed: "
                                                        "cross_entropy, binary_cross_entropy)")));
    return *grid;
}

void writeBoundary(const std::string& path, const BoundarySnapshot& snapshot,
                   const DataSplit& split) {
    RgbImage image = renderBoundary(snapshot, kBoundaryImageSize);
    drawSamples(image, snapshot.grid, *split.data, split.train, false);
    drawSamples(image, snapshot.grid, *split.data, split.validation, true);
    writePng(path, image.width, image.height, image.rgb);
}

int runTraining(const RunConfig& config, const Arguments& args) {
    ThreadLimit limit(args.threads);
    const DataSplit split = loadSplit(config);
    std::optional<BoundarySnapshot> finalBoundary;
    TrainingCallbacks callbacks;
    if (!args.boundary.empty()) {
        callbacks.boundaryGrid = boundaryGridOrThrow(config, split);
        callbacks.onBoundary = [&](BoundarySnapshot s) { finalBoundary = std::move(s); };
    }
    Trainer trainer(config, split);
    installInterruptHandler();
    std::stop_source stop;
    const bool classification =
        config.training.loss == "cross_entropy" || config.training.loss == "binary_cross_entropy";
    EpochTable table(std::cout, classification);
    if (!args.jsonl)
        table.header();

    callbacks.onBatch = [&](const BatchProgress&) {
        if (interruptRequested())
            stop.request_stop();
    };
    callbacks.onEpoch = [&](const EpochMetrics& m) {
        if (args.jsonl)
            std::cout << epochEvent(m, classification).dump() << std::endl;
        else
            table.row(m);
    };
    const TrainingResult result = trainer.run(callbacks, stop.get_token());
    if (finalBoundary) {
        writeBoundary(args.boundary, *finalBoundary, split);
        if (!args.jsonl)
            std::cout << utf8(CliText::tr("Decision boundary (epoch %1) written to %2")
                                  .arg(finalBoundary->epoch)
                                  .arg(QString::fromStdString(args.boundary)))
                      << "\n";
    }
    // A stopped run's curves end where the user stopped it: no verdict.
    const std::vector<Finding> findings =
        result.status == RunStatus::Stopped ? std::vector<Finding>{} : diagnose(curvesOf(result));
    if (args.jsonl) {
        // Before the result: the result stays the last line, as scripts expect.
        if (result.status != RunStatus::Stopped)
            std::cout << diagnosisEvent(findings).dump() << std::endl;
        std::cout << resultEvent(result).dump() << std::endl;
    } else {
        table.result(result);
        if (result.status != RunStatus::Stopped)
            printDiagnosis(std::cout, findings);
    }
    return result.status == RunStatus::Completed ? kExitOk : kExitFailed;
}

}  // namespace

int trainCommand(const Arguments& args) {
    if (args.positional.size() != 1)
        throw InputError("train", utf8(CliText::tr("expects one config file (usage: hyperlab-cli "
                                                   "train CONFIG.json [--epochs N])")));
    RunConfig config = loadRunConfig(args.positional[0]);
    if (args.epochs > 0) {
        config.training.epochs = args.epochs;
        // Other fields are checked against the epoch count (a warm-up must be
        // shorter than the run), so re-check the combination and say that the
        // override, not the file alone, made it invalid.
        try {
            validate(config);
        } catch (const InputError& e) {
            throw InputError("--epochs",
                             utf8(CliText::tr("%1 once --epochs %2 replaces training.epochs")
                                      .arg(QString::fromStdString(coreMessage(e)),
                                           QString::number(args.epochs))));
        }
    }
    return runTraining(config, args);
}

int demoCommand(const Arguments& args) {
    const RunConfig config = defaultRunConfig();
    if (!args.jsonl)
        std::cout << utf8(CliText::tr(
                              "HyperLab demo: an MLP %1 learns the two-spiral set (%2 "
                              "points).\n`hyperlab-cli defaults > my.json` writes this config "
                              "to edit and run with `hyperlab-cli train my.json` (fields: "
                              "docs/config.md).")
                              .arg(QString::fromStdString(
                                  toJson(config)["model"]["hidden_layers"].dump()))
                              .arg(config.dataset.samples))
                  << "\n\n";
    return runTraining(config, args);
}

int defaultsCommand(const Arguments&) {
    std::cout << toJson(defaultRunConfig()).dump(2) << "\n";
    return kExitOk;
}

}  // namespace hyperlab::cli
