#pragma once

#include <string>
#include <vector>

namespace hyperlab::cli {

/// Process exit codes shared by every command.
enum ExitCode { kExitOk = 0, kExitFailed = 1, kExitBadInput = 2 };

/// Parsed `--name value` / `--flag` options and positional arguments.
struct Arguments {
    std::vector<std::string> positional;
    bool jsonl = false;
    int threads = 0;       ///< 0 = all cores
    int workers = 0;       ///< search: 0 = study default
    int best = 1;          ///< export --best K
    int epochs = 0;        ///< train --epochs N: replaces training.epochs (0 = keep the config's)
    std::string out;       ///< --out
    std::string format;    ///< export --format json|csv (empty: best configs)
    std::string boundary;  ///< train --boundary PNG: the final decision boundary of a 2-D run
};

/// Largest --epochs value; the same bound validate() puts on training.epochs,
/// so an override the config could not hold is rejected under its own name.
constexpr int kMaxEpochsOverride = 10000;

/// Parses argv after the command name; throws InputError on unknown options.
Arguments parseArguments(const std::vector<std::string>& args);

/// True once SIGINT/SIGTERM arrived (long commands stop cleanly).
bool interruptRequested();
void installInterruptHandler();

int trainCommand(const Arguments& args);
int demoCommand(const Arguments& args);
int defaultsCommand(const Arguments& args);
int searchCommand(const Arguments& args);
int resumeCommand(const Arguments& args);
int exportCommand(const Arguments& args);
int leaderboardCommand(const Arguments& args);
int lrFindCommand(const Arguments& args);
int analyzeCommand(const Arguments& args);

}  // namespace hyperlab::cli
