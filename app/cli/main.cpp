// hyperlab-cli: the headless front end. Each command lives in its own file;
// this file only dispatches and maps errors to exit codes.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "common/errors.h"

namespace {

const char* kUsage = R"(HyperLab command-line interface

Usage:
  hyperlab-cli train CONFIG.json [--epochs N] [--jsonl] [--threads N]
      Train one network as the config describes (docs/config.md). Prints a
      per-epoch table, or with --jsonl one JSON object per line.
      --epochs N replaces training.epochs of the config (N: 1 to 10000).
  hyperlab-cli demo [--jsonl] [--threads N]
      Train the built-in default: a small MLP on the spiral set.
  hyperlab-cli defaults
      Print the built-in default config as JSON (a starting point to edit).
  hyperlab-cli search STUDY.json --out DIR [--workers N] [--jsonl] [--threads N]
      Run a hyperparameter study (docs/study.md) and keep it in DIR (the
      definition and a journal of every trial). Ctrl-C stops it cleanly.
      --jsonl prints one JSON object per event: trial_started, epoch,
      trial_finished, study_finished.
  hyperlab-cli resume DIR [--workers N] [--jsonl] [--threads N]
      Continue a stopped or crashed study: finished trials are kept, trials
      that were running start again, new ones run up to the budget.
  hyperlab-cli leaderboard DIR [--jsonl]
      Print the trials ranked by the objective.
  hyperlab-cli export DIR --best K --out FILE_OR_DIR
      Write the configs of the K best trials (files `train` accepts).
  hyperlab-cli export DIR --format json|csv --out FILE
      Write the whole study: configs, states and per-epoch histories (json),
      or one row per trial with a column per dimension and metric (csv).
  hyperlab-cli --version | --help

Exit codes: 0 the run completed, 1 the run failed (diverged, stopped;
for a study: stopped or an error), 2 bad input (config, file, arguments).
)";

}  // namespace

int main(int argc, char** argv) {
    using namespace hyperlab::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsage;
        return args.empty() ? kExitBadInput : kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "hyperlab-cli " HYPERLAB_VERSION "\n";
        return kExitOk;
    }
    const std::string command = args[0];
    try {
        const Arguments parsed = parseArguments({args.begin() + 1, args.end()});
        // The other options are shared by several commands, but only `train`
        // reads an epoch count: elsewhere it would be silently ignored.
        if (parsed.epochs > 0 && command != "train")
            throw hyperlab::InputError("--epochs", "only applies to the train command (see --help)");
        if (command == "train") return trainCommand(parsed);
        if (command == "demo") return demoCommand(parsed);
        if (command == "defaults") return defaultsCommand(parsed);
        if (command == "search") return searchCommand(parsed);
        if (command == "resume") return resumeCommand(parsed);
        if (command == "export") return exportCommand(parsed);
        if (command == "leaderboard") return leaderboardCommand(parsed);
        std::cerr << "hyperlab-cli: unknown command \"" << command
                  << "\" (allowed: train, demo, defaults, search, resume, export, "
                     "leaderboard; see --help)\n";
        return kExitBadInput;
    } catch (const hyperlab::InputError& e) {
        std::cerr << "hyperlab-cli: " << e.what() << "\n";
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << "hyperlab-cli: error: " << e.what() << "\n";
        return kExitBadInput;
    }
}
