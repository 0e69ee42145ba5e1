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
    int threads = 0;     ///< 0 = all cores
    int workers = -1;    ///< search, worker: concurrent trials; -1 = default, 0 = none (--storage)
    int best = 1;        ///< export --best K
    int epochs = 0;      ///< train --epochs N: replaces training.epochs (0 = keep the config's)
    std::string out;     ///< --out
    std::string format;  ///< export --format json|csv (empty: best configs)
    std::string boundary;  ///< train --boundary PNG: the final decision boundary of a 2-D run
    std::string storage;   ///< --storage URL: a PostgreSQL connection string (libpq's form)
    std::string study;     ///< --study NAME: a study in that database
    std::string name;      ///< search --name NAME: the new study's name there
    int maxTrials = 0;     ///< worker --max-trials K: stop after K trials (0 = no limit)
    int graceSeconds = 0;  ///< search --storage --grace S: the study's grace (0 = default)
    int maxRetries = -1;   ///< search --storage --max-retries N: the study's (-1 = default)
    int reconnectTimeout =
        -1;  ///< --reconnect-timeout S: wait for a lost connection (-1 = default)
    /// studies --pause|--resume|--stop NAME: the state to give study NAME
    /// ("paused", "running", "stopped"; empty: list the studies).
    std::string newState;
    std::string newStateStudy;
};

/// Ranges of the database options (docs/distributed.md). A grace shorter
/// than three heartbeats (5 s apart) would take live workers for lost ones.
constexpr int kMinGraceSeconds = 15, kMaxGraceSeconds = 86400;
constexpr int kMaxRetriesLimit = 100;
constexpr int kMaxReconnectTimeout = 86400;

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
int workerCommand(const Arguments& args);
/// Claims, trains and reports trials of study `studyName` in args.storage
/// with `slots` concurrent trials (0: the study's `workers`) until the
/// study is done (worker, search, resume).
int runDatabaseWorker(const Arguments& args, const std::string& studyName, int slots);
int studiesCommand(const Arguments& args);

}  // namespace hyperlab::cli
