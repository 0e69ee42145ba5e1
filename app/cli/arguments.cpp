#include <signal.h>  // sigaction
#include <atomic>
#include <cerrno>
#include <csignal>
#include <string>

#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"

namespace hyperlab::cli {

namespace {
// Set by the SIGINT/SIGTERM handler, read by the thread that stops the run.
// A volatile sig_atomic_t is only defined for a handler and the thread it
// interrupts; another thread reading it is a data race. A lock-free atomic
// is async-signal-safe and orders the store before the watcher's load.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void onInterrupt(int) {
    // Nothing here should touch errno, but keep the interrupted code's errno
    // whatever the store compiles to (TSan: "signal handler spoils errno").
    const int savedErrno = errno;
    g_interrupted.store(true, std::memory_order_release);
    errno = savedErrno;
}

int parseCount(const std::string& option, const std::string& value, int low, int high) {
    try {
        std::size_t used = 0;
        const int n = std::stoi(value, &used);
        if (used == value.size() && n >= low && n <= high)
            return n;
    } catch (const std::exception&) {
    }
    throw InputError(
        option,
        utf8(CliText::tr("\"%1\" is not valid (allowed: an integer from %2 to %3)")
                 .arg(QString::fromStdString(value), QString::number(low), QString::number(high))));
}
}  // namespace

bool interruptRequested() {
    return g_interrupted.load(std::memory_order_acquire);
}

void installInterruptHandler() {
    // sigaction rather than std::signal: the handler stays installed (no
    // SysV one-shot reset) and SA_RESTART keeps blocking reads and writes
    // of the other threads from failing with EINTR.
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

Arguments parseArguments(const std::vector<std::string>& args) {
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size())
                throw InputError(a, utf8(CliText::tr("needs a value")));
            return args[++i];
        };
        if (a == "--jsonl") {
            parsed.jsonl = true;
        } else if (a == "--threads") {
            parsed.threads = parseCount(a, value(), 1, 1024);
        } else if (a == "--workers") {
            parsed.workers = parseCount(a, value(), 0, 1024);
        } else if (a == "--max-trials") {
            parsed.maxTrials = parseCount(a, value(), 1, 100000000);
        } else if (a == "--grace") {
            parsed.graceSeconds = parseCount(a, value(), kMinGraceSeconds, kMaxGraceSeconds);
        } else if (a == "--max-retries") {
            parsed.maxRetries = parseCount(a, value(), 0, kMaxRetriesLimit);
        } else if (a == "--reconnect-timeout") {
            parsed.reconnectTimeout = parseCount(a, value(), 0, kMaxReconnectTimeout);
        } else if (a == "--storage") {
            parsed.storage = value();
        } else if (a == "--study") {
            parsed.study = value();
        } else if (a == "--name") {
            parsed.name = value();
        } else if (a == "--pause" || a == "--resume" || a == "--stop") {
            if (!parsed.newState.empty())
                throw InputError(a, utf8(CliText::tr("give one of --pause, --resume, --stop")));
            parsed.newStateStudy = value();
            parsed.newState = a == "--pause" ? "paused" : a == "--stop" ? "stopped" : "running";
        } else if (a == "--best") {
            parsed.best = parseCount(a, value(), 1, 1000000);
        } else if (a == "--epochs") {
            parsed.epochs = parseCount(a, value(), 1, kMaxEpochsOverride);
        } else if (a == "--out") {
            parsed.out = value();
        } else if (a == "--format") {
            parsed.format = value();
        } else if (a == "--boundary") {
            parsed.boundary = value();
        } else if (a.size() > 1 && a[0] == '-') {
            throw InputError(
                a, utf8(CliText::tr("unknown option (allowed: --jsonl, --threads N, "
                                    "--workers N, --best K, --epochs N, --out PATH, "
                                    "--format json|csv, --boundary PNG, --storage URL, "
                                    "--study NAME, --name NAME, --max-trials K, --grace S, "
                                    "--max-retries N, --reconnect-timeout S, --pause NAME, "
                                    "--resume NAME, --stop NAME, --lang LOCALE; see --help)")));
        } else {
            parsed.positional.push_back(a);
        }
    }
    return parsed;
}

}  // namespace hyperlab::cli
