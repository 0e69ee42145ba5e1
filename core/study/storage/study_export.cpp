#include "study/storage/study_export.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include "common/errors.h"
#include "io/config_json.h"
#include "study/model/leaderboard.h"
#include "study/storage/study_directory.h"
#include "study/storage/trial_json.h"

namespace hyperlab {

using nlohmann::json;
namespace fs = std::filesystem;

std::vector<TrialSnapshot> snapshotsOf(std::vector<Trial> trials) {
    std::vector<TrialSnapshot> out;
    out.reserve(trials.size());
    for (Trial& t : trials)
        out.push_back(std::make_shared<const Trial>(std::move(t)));
    return out;
}

json studyToJson(const StudyDefinition& definition, const std::vector<TrialSnapshot>& trials) {
    const auto ranked = rankTrials(trials, definition.objective);
    json leaderboard = json::array();
    for (const auto& t : ranked)
        leaderboard.push_back(t->number);
    json list = json::array();
    for (const auto& t : trials)
        list.push_back(trialToJson(*t, true));
    const bool hasBest = !ranked.empty() && ranked.front()->state == TrialState::Completed;
    return {{"study", definition.toJson()},
            {"objective", definition.objective.toJson()},
            {"best_trial", hasBest ? json(ranked.front()->number) : json(nullptr)},
            {"leaderboard", leaderboard},
            {"trials", list}};
}

namespace {

std::string csvCell(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string numberCell(double value) {
    if (!std::isfinite(value))
        return "";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string jsonCell(const json& value) {
    if (value.is_string())
        return csvCell(value.get<std::string>());
    if (value.is_number_float())
        return numberCell(value.get<double>());
    return csvCell(value.dump());
}

}  // namespace

std::string studyToCsv(const StudyDefinition& definition,
                       const std::vector<TrialSnapshot>& trials) {
    std::vector<std::string> dimensions;
    for (const Dimension& d : definition.space.dimensions())
        dimensions.push_back(d.path);
    std::set<std::string> extra;  // manual studies vary paths outside the space
    for (const auto& t : trials)
        for (const auto& [path, _] : t->params)
            if (std::find(dimensions.begin(), dimensions.end(), path) == dimensions.end())
                extra.insert(path);
    dimensions.insert(dimensions.end(), extra.begin(), extra.end());

    std::ostringstream out;
    out << "trial,state,value,value_std,seconds,epochs,parameters";
    for (const auto& d : dimensions)
        out << ',' << csvCell(d);
    out << ",train_loss,train_accuracy,val_loss,val_accuracy,train_r2,val_r2,val_mae"
           ",test_loss,test_accuracy,test_r2,test_mae,reason\n";
    for (const auto& t : trials) {
        out << t->number << ',' << trialStateName(t->state) << ',' << numberCell(t->value) << ','
            << numberCell(t->valueStd) << ',' << numberCell(t->seconds) << ',' << t->history.size()
            << ',' << t->parameterCount;
        for (const auto& d : dimensions) {
            out << ',';
            auto it = t->params.find(d);
            if (it != t->params.end())
                out << jsonCell(it->second);
        }
        const double nan = Trial::kNaN;
        const EpochMetrics last = t->history.empty()
                                      ? EpochMetrics{0, nan, nan, nan, nan, nan, nan, nan, nan, 0}
                                      : t->history.back();
        for (double v : {last.trainLoss, last.trainAccuracy, last.valLoss, last.valAccuracy,
                         last.trainR2, last.valR2, last.valMae})
            out << ',' << numberCell(v);
        const bool test = t->test.samples > 0;
        for (double v : {t->test.loss, t->test.accuracy, t->test.r2, t->test.mae})
            out << ',' << (test ? numberCell(v) : std::string());
        out << ',' << csvCell(t->reason) << '\n';
    }
    return out.str();
}

std::vector<std::string> exportBestConfigs(const StudyDefinition& definition,
                                           const std::vector<TrialSnapshot>& trials, int k,
                                           const std::string& out) {
    if (definition.isFunction())
        throw InputError("export",
                         "a function study trains no network, so it has no configs "
                         "to export (export the whole study with --format json or csv)");
    std::vector<TrialSnapshot> best;
    for (const auto& t : rankTrials(trials, definition.objective))
        if (t->state == TrialState::Completed && int(best.size()) < k)
            best.push_back(t);
    if (best.empty())
        throw InputError("export", "no trial has completed yet, so there is no config to export");

    const bool singleFile = k == 1 && fs::path(out).extension() == ".json";
    std::vector<std::string> written;
    if (!singleFile) {
        std::error_code error;
        fs::create_directories(out, error);
        if (error)
            throw InputError(out, problem(ProblemCode::CannotCreateDirectory, {error.message()}));
    }
    for (std::size_t rank = 0; rank < best.size(); ++rank) {
        const Trial& t = *best[rank];
        // Re-read so the file is exactly what `train` accepts (and fails here
        // rather than there if a journal was edited by hand).
        const RunConfig config = runConfigFromJson(t.config);
        char name[64];
        std::snprintf(name, sizeof name, "rank_%02zu_trial_%04d.json", rank + 1, t.number);
        const std::string path = singleFile ? out : (fs::path(out) / name).string();
        StudyDirectory::refuseOverwrite(path);
        saveRunConfig(config, path);
        written.push_back(path);
    }
    return written;
}

}  // namespace hyperlab
