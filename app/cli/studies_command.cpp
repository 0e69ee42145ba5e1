// `studies --storage URL` lists the studies a database holds, with their
// state and how many of their trials are in each state; with --pause,
// --resume or --stop NAME it sets study NAME's state instead.
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"
#include "study/storage/postgres/pg_study_state.h"

namespace hyperlab::cli {

int studiesCommand(const Arguments& args) {
    if (args.storage.empty() || !args.positional.empty())
        throw InputError("studies",
                         utf8(CliText::tr("expects --storage URL (usage: hyperlab-cli studies "
                                          "--storage URL [--jsonl] [--pause|--resume|--stop "
                                          "NAME])")));
    PgConnection connection(args.storage);
    ensurePgSchema(connection);
    if (!args.newState.empty()) {
        const PgStudyState state = *pgStudyStateFromName(args.newState);
        setPgStudyState(connection, args.newStateStudy, state);
        if (args.jsonl)
            std::cout
                << nlohmann::json{{"study", args.newStateStudy}, {"state", args.newState}}.dump()
                << "\n";
        else
            std::cout << utf8(state == PgStudyState::Paused
                                  ? CliText::tr("study \"%1\" paused: its workers claim no new "
                                                "trial until it is resumed")
                                        .arg(qs(args.newStateStudy))
                              : state == PgStudyState::Stopped
                                  ? CliText::tr("study \"%1\" stopped: its workers finish their "
                                                "running trials and exit")
                                        .arg(qs(args.newStateStudy))
                                  : CliText::tr("study \"%1\" runs: its workers claim trials "
                                                "again")
                                        .arg(qs(args.newStateStudy)))
                      << "\n";
        return kExitOk;
    }
    const std::vector<PgStudyListing> studies = listPgStudies(connection);
    if (args.jsonl) {
        for (const auto& s : studies)
            std::cout << nlohmann::json{{"study", s.name},          {"strategy", s.strategy},
                                        {"budget", s.budget},       {"queued", s.queued},
                                        {"running", s.running},     {"completed", s.completed},
                                        {"pruned", s.pruned},       {"failed", s.failed},
                                        {"cancelled", s.cancelled}, {"created", s.createdAt},
                                        {"state", s.state}}
                             .dump()
                      << "\n";
        return kExitOk;
    }
    if (studies.empty()) {
        std::cout << utf8(CliText::tr("no studies in this database (create one with "
                                      "`hyperlab-cli search STUDY.json --storage URL`)"))
                  << "\n";
        return kExitOk;
    }
    std::size_t width = 0;  // names padded to the longest
    for (const auto& s : studies)
        width = std::max(width, s.name.size());
    std::cout << utf8(CliText::tr("study, strategy, state, budget, queued, running, completed, "
                                  "pruned, failed, cancelled, created"))
              << "\n";
    for (const auto& s : studies) {
        char counts[160];
        std::snprintf(counts, sizeof counts, "%-10s %-8s %6d %6d %6d %6d %6d %6d %6d  ",
                      s.strategy.c_str(), s.state.c_str(), s.budget, s.queued, s.running,
                      s.completed, s.pruned, s.failed, s.cancelled);
        std::cout << s.name << std::string(width - s.name.size() + 2, ' ') << counts << s.createdAt
                  << "\n";
    }
    return kExitOk;
}

}  // namespace hyperlab::cli
