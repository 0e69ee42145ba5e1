#include <cstdio>
#include <iostream>
#include <stop_token>

#include "cli_output.h"
#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "io/config_json.h"
#include "train/lr_range_test.h"

namespace hyperlab::cli {

namespace {

QString rate(double value) {
    return QString::number(value, 'g', 3);
}

void printHuman(const LrRangeTestResult& r) {
    std::cout << utf8(CliText::tr("smoothed training loss by learning rate:")) << "\n";
    // About a dozen rows: enough to see the fall and the rise.
    const std::size_t step = std::max<std::size_t>(1, r.points.size() / 12);
    for (std::size_t i = 0; i < r.points.size(); i += step) {
        char line[64];
        std::snprintf(line, sizeof line, "  %10.3g  %9.4f\n", r.points[i].learningRate,
                      r.points[i].loss);
        std::cout << line;
    }
    if (r.exploded)
        std::cout << utf8(CliText::tr("stopped at %1: the loss passed 4x its minimum")
                              .arg(rate(r.points.back().learningRate)))
                  << "\n";
    std::cout << "\n"
              << utf8(CliText::tr("suggested learning rate: %1").arg(rate(r.suggested))) << "\n"
              << utf8(CliText::tr("range for a search (log scale): %1 to %2")
                          .arg(rate(r.low), rate(r.high)))
              << "\n";
}

}  // namespace

int lrFindCommand(const Arguments& args) {
    if (args.positional.size() != 1)
        throw InputError("lr-find", utf8(CliText::tr("expects one config file (usage: "
                                                     "hyperlab-cli lr-find CONFIG.json)")));
    const RunConfig config = loadRunConfig(args.positional[0]);
    ThreadLimit limit(args.threads);
    installInterruptHandler();
    std::stop_source stop;
    const LrRangeTestResult r = runLrRangeTest(
        config, {},
        [&](int, int, const LrRangePoint&) {
            if (interruptRequested())
                stop.request_stop();
        },
        stop.get_token());
    if (r.cancelled) {
        std::cerr << "hyperlab-cli: " << utf8(CliText::tr("lr-find: stopped")) << "\n";
        return kExitFailed;
    }
    if (!args.jsonl) {
        printHuman(r);
        return kExitOk;
    }
    nlohmann::json points = nlohmann::json::array();
    for (const auto& p : r.points)
        points.push_back({p.learningRate, p.loss});
    std::cout << nlohmann::json{{"event", "lr_find"},     {"suggested", r.suggested},
                                {"low", r.low},           {"high", r.high},
                                {"exploded", r.exploded}, {"points", points}}
                     .dump()
              << std::endl;
    return kExitOk;
}

}  // namespace hyperlab::cli
