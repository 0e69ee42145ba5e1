#include "study_output.h"

#include <cmath>
#include <cstdio>

#include "cli_output.h"
#include "search/study/leaderboard.h"

namespace hyperlab::cli {

using nlohmann::json;

std::string formatValue(double value) {
    if (!std::isfinite(value))
        return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string formatParams(const Params& params) {
    std::string out;
    for (const auto& [path, value] : params) {
        if (!out.empty())
            out += ' ';
        out += path + "=" +
               (value.is_number_float() ? formatValue(value.get<double>()) : value.dump());
    }
    return out;
}

StudyProgressPrinter::StudyProgressPrinter(std::ostream& out, const StudyDefinition& definition,
                                           bool jsonl, std::string directory)
    : m_out(out),
      m_definition(definition),
      m_jsonl(jsonl),
      m_directory(std::move(directory)),
      m_best(Trial::kNaN) {
    m_classification = false;
    if (!definition.isFunction()) {
        const std::string loss = definition.base["training"]["loss"].get<std::string>();
        m_classification = loss == "cross_entropy" || loss == "binary_cross_entropy";
    }
}

void StudyProgressPrinter::onTrialStarted(const TrialSnapshot& t) {
    std::lock_guard lock(m_mutex);
    if (m_jsonl)
        m_out << json{{"event", "trial_started"},
                      {"trial", t->number},
                      {"params", paramsToJson(t->params)}}
                     .dump()
              << std::endl;
    else
        m_out << "trial " << t->number << " started   " << formatParams(t->params) << std::endl;
}

void StudyProgressPrinter::onEpoch(int trial, int repeat, const EpochMetrics& m) {
    if (!m_jsonl)
        return;  // people get one line per trial; the per-epoch table is for `train`
    json e = epochEvent(m, m_classification);
    e["trial"] = trial;
    e["repeat"] = repeat;
    std::lock_guard lock(m_mutex);
    m_out << e.dump() << std::endl;
}

void StudyProgressPrinter::onTrialFinished(const TrialSnapshot& t) {
    std::lock_guard lock(m_mutex);
    if (m_jsonl) {
        json e = {{"event", "trial_finished"},
                  {"trial", t->number},
                  {"state", std::string(trialStateName(t->state))},
                  {"value", number(t->value)},
                  {"params", paramsToJson(t->params)},
                  {"reason", t->reason.empty() ? json(nullptr) : json(t->reason)},
                  {"epochs", t->history.size()},
                  {"seconds", number(t->seconds)}};
        if (m_definition.repeats > 1) {
            json values = json::array();
            for (double v : t->repeatValues)
                values.push_back(number(v));
            e["repeat_values"] = values;
            e["value_std"] = number(t->valueStd);
        }
        m_out << e.dump() << std::endl;
        return;
    }
    const bool best = t->state == TrialState::Completed &&
                      (std::isnan(m_best) || m_definition.objective.better(t->value, m_best));
    if (best)
        m_best = t->value;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f s", t->seconds);
    m_out << "trial " << t->number << ' ' << trialStateName(t->state);
    if (!std::isnan(t->value)) {
        m_out << "  "
              << (m_definition.isFunction() ? m_definition.objective.function
                                            : m_definition.objective.metric)
              << '=' << formatValue(t->value);
        if (m_definition.repeats > 1 && std::isfinite(t->valueStd))
            m_out << " +- " << formatValue(t->valueStd);
    }
    m_out << "  (" << seconds;
    if (!t->history.empty())
        m_out << ", " << t->history.size() << " epochs";
    m_out << ')';
    if (!t->reason.empty())
        m_out << "  " << t->reason;
    if (best)
        m_out << "  [best so far]";
    m_out << std::endl;
}

void StudyProgressPrinter::onStudyFinished(const StudySummary& s) {
    std::lock_guard lock(m_mutex);
    if (m_jsonl) {
        json e = {{"event", "study_finished"},
                  {"reason", s.reason},
                  {"trials", s.counts.total()},
                  {"completed", s.counts.completed},
                  {"pruned", s.counts.pruned},
                  {"failed", s.counts.failed},
                  {"cancelled", s.counts.cancelled},
                  {"queued", s.counts.queued},
                  {"best_trial", s.best ? json(s.best->number) : json(nullptr)},
                  {"best_value", s.best ? number(s.best->value) : json(nullptr)},
                  {"best_params", s.best ? paramsToJson(s.best->params) : json(nullptr)},
                  {"seconds", number(s.seconds)},
                  {"directory", m_directory}};
        if (!s.error.empty())
            e["error"] = s.error;
        m_out << e.dump() << std::endl;
        return;
    }
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f s", s.seconds);
    m_out << "\nstudy finished (" << s.reason << "): " << s.counts.total() << " trials, "
          << s.counts.completed << " completed, " << s.counts.pruned << " pruned, "
          << s.counts.failed << " failed, " << s.counts.cancelled << " cancelled";
    if (s.counts.queued > 0)
        m_out << ", " << s.counts.queued << " waiting for `resume`";
    m_out << " in " << seconds << "\n";
    if (!s.error.empty())
        m_out << "error: " << s.error << "\n";
    if (s.best)
        m_out << "best: trial " << s.best->number << ", " << m_definition.objective.describe()
              << " = " << formatValue(s.best->value) << "\n";
    m_out << std::flush;
}

void printLeaderboard(std::ostream& out, const StudyDefinition& definition,
                      const std::vector<TrialSnapshot>& trials, std::size_t limit) {
    const auto ranked = rankTrials(trials, definition.objective);
    const bool repeats = definition.repeats > 1;
    const std::string metric =
        definition.isFunction() ? definition.objective.function : definition.objective.metric;
    char line[256];
    std::snprintf(line, sizeof line, "%4s  %5s  %-9s  %12s%s  %6s  %8s  %s\n", "rank", "trial",
                  "state", metric.c_str(), repeats ? "  +-std     " : "", "epochs", "seconds",
                  "params");
    out << line;
    std::size_t rank = 0;
    for (const auto& t : ranked) {
        if (limit > 0 && rank >= limit)
            break;
        ++rank;
        char spread[32] = "";
        if (repeats)
            std::snprintf(spread, sizeof spread, "  %-10s", formatValue(t->valueStd).c_str());
        std::string detail = formatParams(t->params);
        if (t->state == TrialState::Failed || t->state == TrialState::Cancelled)
            detail += "  (" + t->reason + ")";
        std::snprintf(line, sizeof line, "%4zu  %5d  %-9s  %12s%s  %6zu  %8.1f  ", rank, t->number,
                      std::string(trialStateName(t->state)).c_str(), formatValue(t->value).c_str(),
                      spread, t->history.size(), std::isfinite(t->seconds) ? t->seconds : 0.0);
        out << line << detail << "\n";
    }
    if (limit > 0 && ranked.size() > limit)
        out << "(" << ranked.size() - limit << " more; `hyperlab-cli leaderboard DIR` lists all)\n";
    out << std::flush;
}

void printLeaderboardJsonl(std::ostream& out, const StudyDefinition& definition,
                           const std::vector<TrialSnapshot>& trials) {
    std::size_t rank = 0;
    for (const auto& t : rankTrials(trials, definition.objective)) {
        json e = {{"rank", ++rank},
                  {"trial", t->number},
                  {"state", std::string(trialStateName(t->state))},
                  {"value", number(t->value)},
                  {"value_std", number(t->valueStd)},
                  {"params", paramsToJson(t->params)},
                  {"epochs", t->history.size()},
                  {"seconds", number(t->seconds)},
                  {"reason", t->reason}};
        out << e.dump() << "\n";
    }
    out << std::flush;
}

}  // namespace hyperlab::cli
