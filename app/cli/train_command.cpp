#include <iostream>
#include <stop_token>
#include <string>

#include "cli_output.h"
#include "cli_text.h"
#include "commands.h"
#include "diagnosis_output.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "io/config_json.h"
#include "train/default_config.h"
#include "train/diagnosis.h"
#include "train/trainer.h"

namespace hyperlab::cli {

namespace {

int runTraining(const RunConfig& config, const Arguments& args) {
    ThreadLimit limit(args.threads);
    installInterruptHandler();
    std::stop_source stop;
    const bool classification = config.training.loss == "cross_entropy" ||
                                config.training.loss == "binary_cross_entropy";
    EpochTable table(std::cout, classification);
    if (!args.jsonl) table.header();

    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress&) {
        if (interruptRequested()) stop.request_stop();
    };
    callbacks.onEpoch = [&](const EpochMetrics& m) {
        if (args.jsonl)
            std::cout << epochEvent(m, classification).dump() << std::endl;
        else
            table.row(m);
    };
    const TrainingResult result = trainFromConfig(config, callbacks, stop.get_token());
    // A stopped run's curves end where the user stopped it: no verdict.
    const std::vector<Finding> findings = result.status == RunStatus::Stopped
                                              ? std::vector<Finding>{}
                                              : diagnose(curvesOf(result));
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
        std::cout << utf8(CliText::tr("HyperLab demo: an MLP %1 learns the two-spiral set (%2 "
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
