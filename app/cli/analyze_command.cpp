// `analyze` reads a study directory (without locking it, so it works while
// the study runs) and prints which hyperparameters mattered (PED-ANOVA
// importance, core/study/analysis) and where the best trials lie.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <vector>

#include "cli_output.h"
#include "cli_text.h"
#include "commands.h"
#include "common/errors.h"
#include "study/analysis/best_region.h"
#include "study/analysis/ped_anova.h"
#include "study/analysis/ranked_trials.h"
#include "study/storage/study_directory.h"
#include "study/storage/study_export.h"
#include "study_output.h"

namespace hyperlab::cli {

namespace {

constexpr double kTopFraction = 0.1;

std::string choiceText(const nlohmann::json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string regionText(const DimensionRegion& r) {
    std::vector<std::string> parts;
    if (r.active > 0 && r.numeric)
        parts.push_back(r.low == r.high ? formatValue(r.low)
                                        : formatValue(r.low) + " .. " + formatValue(r.high));
    std::string choices;
    for (const auto& c : r.categories)
        choices.append(choices.empty() ? "" : ", ").append(choiceText(c));
    if (!choices.empty())
        parts.push_back(choices);
    if (r.inactive > 0)
        parts.push_back(utf8(CliText::tr("(off in %1)").arg(r.inactive)));
    std::string text;
    for (const auto& p : parts)
        text.append(text.empty() ? "" : " ").append(p);
    return text;
}

void printText(const LoadedStudy& loaded, const ImportanceResult& importance,
               const BestRegion& region) {
    std::size_t width = 0;
    for (const auto& p : importance.parameters)
        width = std::max(width, p.path.size());
    std::cout << utf8(CliText::tr("objective: %1, %2 completed trials")
                          .arg(QString::fromStdString(loaded.definition.objective.describe()))
                          .arg(qsizetype(importance.trials)))
              << "\n\n"
              << utf8(CliText::tr("Hyperparameter importance (PED-ANOVA: how much each one "
                                  "decides whether a trial is in the best %1%; sums to 1)")
                          .arg(int(kTopFraction * 100)))
              << "\n";
    for (const auto& p : importance.parameters) {
        std::ostringstream line;
        line << "  " << std::left << std::setw(int(width)) << p.path << "  " << std::right
             << std::fixed << std::setprecision(3) << p.importance << "  "
             << std::string(std::size_t(std::lround(p.importance * 40)), '#');
        std::cout << line.str() << "\n";
    }
    std::cout << "\n"
              << utf8(CliText::tr("Best region (spanned by the best %n trial(s)):", nullptr,
                                  int(region.topTrials)))
              << "\n";
    for (const auto& r : region.dimensions) {
        std::ostringstream line;
        line << "  " << std::left << std::setw(int(width)) << r.path << "  " << regionText(r);
        std::cout << line.str() << "\n";
    }
}

}  // namespace

int analyzeCommand(const Arguments& args) {
    if (args.positional.size() != 1)
        throw InputError("analyze", utf8(CliText::tr("expects a study directory (usage: "
                                                     "hyperlab-cli analyze DIR [--jsonl])")));
    LoadedStudy loaded = StudyDirectory::load(args.positional[0]);
    for (const auto& w : loaded.warnings)
        printWarning(w);
    const auto ranked =
        rankCompletedTrials(snapshotsOf(std::move(loaded.trials)), loaded.definition.objective);
    PedAnovaOptions options;
    options.topFraction = kTopFraction;
    const ImportanceResult importance =
        pedAnovaImportance(loaded.definition.space, ranked, options);
    const BestRegion region = bestRegion(loaded.definition.space, ranked, kTopFraction);
    if (!args.jsonl) {
        printText(loaded, importance, region);
        return kExitOk;
    }
    nlohmann::json shares = nlohmann::json::object();
    for (const auto& p : importance.parameters)
        shares[p.path] = number(p.importance);
    std::cout << nlohmann::json{{"event", "importance"},
                                {"method", importance.method},
                                {"parameters", shares},
                                {"trials", importance.trials},
                                {"top_trials", importance.topTrials}}
                     .dump()
              << "\n"
              << nlohmann::json{{"event", "best_region"},
                                {"top_trials", region.topTrials},
                                {"parameters", bestRegionToJson(region)}}
                     .dump()
              << "\n";
    return kExitOk;
}

}  // namespace hyperlab::cli
