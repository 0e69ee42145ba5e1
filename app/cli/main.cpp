// hyperlab-cli: the headless front end. Each command lives in its own file;
// this file only dispatches and maps errors to exit codes.
#include <QCoreApplication>
#include <clocale>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"

namespace {

// Usage text; translated, so it is built when printed, after the
// catalogue for the locale is installed.
QString usage() {
    return hyperlab::cli::CliText::tr(
        "HyperLab command-line interface\n"
        "\n"
        "Usage:\n"
        "  hyperlab-cli train CONFIG.json [--epochs N] [--boundary PNG] [--jsonl] [--threads N]\n"
        "      Train one network as the config describes (docs/config.md). Prints a\n"
        "      per-epoch table, or with --jsonl one JSON object per line.\n"
        "      --epochs N replaces training.epochs of the config (N: 1 to 10000).\n"
        "      --boundary PNG writes the final decision boundary of a 2-D\n"
        "      classification run (circle, xor, gaussians, spiral, moons, 2-column CSV).\n"
        "  hyperlab-cli demo [--jsonl] [--threads N]\n"
        "      Train the built-in default: a small MLP on the spiral set.\n"
        "  hyperlab-cli defaults\n"
        "      Print the built-in default config as JSON (a starting point to edit).\n"
        "  hyperlab-cli search STUDY.json --out DIR [--workers N] [--jsonl] [--threads N]\n"
        "      Run a hyperparameter study (docs/study.md) and keep it in DIR (the\n"
        "      definition and a journal of every trial). Ctrl-C stops it cleanly.\n"
        "      --jsonl prints one JSON object per event: trial_started, epoch,\n"
        "      trial_finished, study_finished.\n"
        "  hyperlab-cli search STUDY.json --storage URL [--name NAME] [--workers N]\n"
        "                      [--grace S] [--max-retries N]\n"
        "      Create the study in a PostgreSQL database (URL: libpq's connection\n"
        "      string, e.g. postgresql://user@host/db; passwords from ~/.pgpass or\n"
        "      PGPASSWORD) and run N local workers on it (0: create only). Grid and\n"
        "      manual trials are queued at once. A trial whose worker is silent for\n"
        "      S seconds (15 to 86400, default 60) is retried, at most N times (0 to\n"
        "      100, default 3). See docs/distributed.md.\n"
        "  hyperlab-cli worker --storage URL --study NAME [--workers N] [--threads N]\n"
        "                      [--max-trials K] [--reconnect-timeout S] [--jsonl]\n"
        "      Join a study in a database from any machine: claim, train and report\n"
        "      trials until the study is done (exit 0), or after K trials. Refuses a\n"
        "      local dataset that differs from the study's. --jsonl events carry\n"
        "      worker_id. A lost worker's trial is retried elsewhere. A lost\n"
        "      connection is retried for S seconds (0 to 86400, default 600) while\n"
        "      the running trials go on.\n"
        "  hyperlab-cli resume --storage URL --study NAME [--workers N] [--threads N]\n"
        "      Run local workers on a study in a database, as `worker` does.\n"
        "  hyperlab-cli studies --storage URL [--jsonl]\n"
        "      List the studies in a database, their state and trials per state.\n"
        "  hyperlab-cli studies --storage URL --pause|--resume|--stop NAME\n"
        "      Pause study NAME (workers claim nothing new and wait), let it run\n"
        "      again, or stop it (workers finish their trials and exit 0).\n"
        "  hyperlab-cli resume DIR [--workers N] [--jsonl] [--threads N]\n"
        "      Continue a stopped or crashed study: finished trials are kept, trials\n"
        "      that were running start again, new ones run up to the budget.\n"
        "  hyperlab-cli leaderboard DIR [--jsonl]\n"
        "  hyperlab-cli leaderboard --storage URL --study NAME [--jsonl]\n"
        "      Print the trials ranked by the objective.\n"
        "  hyperlab-cli export DIR --best K --out FILE_OR_DIR\n"
        "      Write the configs of the K best trials (files `train` accepts).\n"
        "  hyperlab-cli export DIR --format json|csv --out FILE\n"
        "      Write the whole study: configs, states and per-epoch histories (json),\n"
        "      or one row per trial with a column per dimension and metric (csv).\n"
        "      Export and leaderboard also read --storage URL --study NAME.\n"
        "  hyperlab-cli lr-find CONFIG.json [--jsonl] [--threads N]\n"
        "      Learning-rate range test (Smith 2017): a few hundred batches while the\n"
        "      rate grows from 1e-7 to 10; prints the loss curve, a suggested rate and\n"
        "      a range to search.\n"
        "  hyperlab-cli analyze DIR [--jsonl]\n"
        "      Which hyperparameters mattered (PED-ANOVA importance, summing to 1) and\n"
        "      the best region: per hyperparameter, what the best 10% of trials took.\n"
        "      Needs at least 10 completed trials (docs/analysis.md).\n"
        "  hyperlab-cli --version | --help\n"
        "\n"
        "Every command takes --lang LOCALE (en, zh_CN) for the language of its\n"
        "messages; the default follows the locale (LANGUAGE, LC_ALL, LANG).\n"
        "--jsonl output, exports and configs are the same in every language.\n"
        "\n"
        "Exit codes: 0 the run completed, 1 the run failed (diverged, stopped;\n"
        "for a study: stopped or an error), 2 bad input (config, file, arguments).\n");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace hyperlab::cli;
    // Qt Core only: the translation catalogues and the locale; no display.
    QCoreApplication app(argc, argv);
    // QCoreApplication adopts the user's locale for the C library too; the
    // core formats numbers with printf (tables, CSV exports), which must
    // keep a decimal point whatever the locale.
    std::setlocale(LC_NUMERIC, "C");
    std::vector<std::string> args(argv + 1, argv + argc);
    if (std::string error; !setUpLanguage(args, error)) {
        std::cerr << "hyperlab-cli: " << error << "\n";
        return kExitBadInput;
    }
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << utf8(usage());
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
            throw hyperlab::InputError(
                "--epochs", utf8(CliText::tr("only applies to the train command (see --help)")));
        if (!parsed.boundary.empty() && command != "train")
            throw hyperlab::InputError(
                "--boundary", utf8(CliText::tr("only applies to the train command (see --help)")));
        // The grace and the retries are the study's (every worker reaps by
        // the same rule), so only the command that creates it takes them.
        const bool creates = command == "search" && !parsed.storage.empty();
        if (parsed.graceSeconds > 0 && !creates)
            throw hyperlab::InputError(
                "--grace", utf8(CliText::tr("is set once for the whole study, when `search "
                                            "--storage URL` creates it (all its workers agree "
                                            "on it)")));
        if (parsed.maxRetries >= 0 && !creates)
            throw hyperlab::InputError(
                "--max-retries", utf8(CliText::tr("is set once for the whole study, when "
                                                  "`search --storage URL` creates it (all its "
                                                  "workers agree on it)")));
        if (parsed.reconnectTimeout >= 0 && parsed.storage.empty())
            throw hyperlab::InputError(
                "--reconnect-timeout",
                utf8(CliText::tr("only applies to a study in a database (--storage URL)")));
        if (command == "train")
            return trainCommand(parsed);
        if (command == "demo")
            return demoCommand(parsed);
        if (command == "defaults")
            return defaultsCommand(parsed);
        if (command == "search")
            return searchCommand(parsed);
        if (command == "resume")
            return resumeCommand(parsed);
        if (command == "export")
            return exportCommand(parsed);
        if (command == "leaderboard")
            return leaderboardCommand(parsed);
        if (command == "lr-find")
            return lrFindCommand(parsed);
        if (command == "analyze")
            return analyzeCommand(parsed);
        if (command == "worker")
            return workerCommand(parsed);
        if (command == "studies")
            return studiesCommand(parsed);
        std::cerr << "hyperlab-cli: "
                  << utf8(CliText::tr("unknown command \"%1\" (allowed: train, demo, defaults, "
                                      "search, resume, export, leaderboard, lr-find, analyze, "
                                      "worker, studies; see --help)")
                              .arg(QString::fromStdString(command)))
                  << "\n";
        return kExitBadInput;
    } catch (const hyperlab::InputError& e) {
        std::cerr << "hyperlab-cli: " << coreMessage(e) << "\n";
        return kExitBadInput;
    } catch (const std::bad_alloc&) {
        // A bare "std::bad_alloc" tells the user nothing: say what ran out.
        const std::string what = "out of memory while running the " + command +
                                 " command (the data, the model or the study needs more memory "
                                 "than this machine has; try a smaller model, batch or dataset)";
        std::cerr << "hyperlab-cli: "
                  << utf8(CliText::tr("error: %1").arg(QString::fromStdString(what))) << "\n";
        return kExitFailed;
    } catch (const std::exception& e) {
        std::cerr << "hyperlab-cli: "
                  << utf8(CliText::tr("error: %1").arg(QString::fromStdString(coreMessage(e))))
                  << "\n";
        return kExitBadInput;
    }
}
