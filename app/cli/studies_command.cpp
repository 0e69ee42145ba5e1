// `studies --storage URL` lists the studies a database holds, with how many
// of their trials are in each state.
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "study/storage/postgres/pg_schema.h"
#include "study/storage/postgres/pg_studies.h"

namespace hyperlab::cli {

int studiesCommand(const Arguments& args) {
    if (args.storage.empty() || !args.positional.empty())
        throw InputError("studies", utf8(CliText::tr("expects --storage URL (usage: hyperlab-cli "
                                                     "studies --storage URL [--jsonl])")));
    PgConnection connection(args.storage);
    ensurePgSchema(connection);
    const std::vector<PgStudyListing> studies = listPgStudies(connection);
    if (args.jsonl) {
        for (const auto& s : studies)
            std::cout << nlohmann::json{{"study", s.name},          {"strategy", s.strategy},
                                        {"budget", s.budget},       {"queued", s.queued},
                                        {"running", s.running},     {"completed", s.completed},
                                        {"pruned", s.pruned},       {"failed", s.failed},
                                        {"cancelled", s.cancelled}, {"created", s.createdAt}}
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
    std::cout << utf8(CliText::tr("study, strategy, budget, queued, running, completed, "
                                  "pruned, failed, cancelled, created"))
              << "\n";
    for (const auto& s : studies) {
        char counts[160];
        std::snprintf(counts, sizeof counts, "%-10s %6d %6d %6d %6d %6d %6d %6d  ",
                      s.strategy.c_str(), s.budget, s.queued, s.running, s.completed, s.pruned,
                      s.failed, s.cancelled);
        std::cout << s.name << std::string(width - s.name.size() + 2, ' ') << counts << s.createdAt
                  << "\n";
    }
    return kExitOk;
}

}  // namespace hyperlab::cli
