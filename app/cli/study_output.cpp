#include "study_output.h"

#include <cmath>
#include <cstdio>

#include <QStringList>

#include "cli_output.h"
#include "cli_text.h"
#include "diagnosis_output.h"
#include "study/execution/trial_diagnosis.h"
#include "study/model/leaderboard.h"

namespace hyperlab::cli {

namespace {

/// Why a study ended (StudyRunner's reason ids), in the interface language;
/// English prints the id itself, as --jsonl does.
QString studyEndReason(const std::string& reason) {
    if (reason == "budget")
        return CliText::tr("budget", "why a study ended");
    if (reason == "exhausted")
        return CliText::tr("exhausted", "why a study ended");
    if (reason == "time")
        return CliText::tr("time", "why a study ended");
    if (reason == "cancelled")
        return CliText::tr("cancelled", "why a study ended");
    if (reason == "error")
        return CliText::tr("error", "why a study ended");
    return QString::fromStdString(reason);
}

}  // namespace

using nlohmann::json;

std::string unsavedTrialsText(const std::vector<int>& trials) {
    QStringList numbers;
    for (int t : trials)
        numbers << QString::number(t);
    return utf8(CliText::tr("not saved: trial(s) %1 ended but the journal could not record it; "
                            "they run again on `resume`")
                    .arg(numbers.join(QStringLiteral(", "))));
}

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

void StudyProgressPrinter::setEventField(const std::string& key, const json& value) {
    std::lock_guard lock(m_mutex);
    m_eventFields[key] = value;
}

void StudyProgressPrinter::printEvent(json event) {
    std::lock_guard lock(m_mutex);
    if (m_jsonl)
        writeEvent(std::move(event));
}

void StudyProgressPrinter::writeEvent(json event) {
    for (const auto& [key, value] : m_eventFields.items())
        event[key] = value;
    m_out << event.dump() << std::endl;
}

void StudyProgressPrinter::onTrialStarted(const TrialSnapshot& t) {
    std::lock_guard lock(m_mutex);
    if (m_jsonl)
        writeEvent(json{
            {"event", "trial_started"}, {"trial", t->number}, {"params", paramsToJson(t->params)}});
    else
        m_out << utf8(CliText::tr("trial %1 started   %2")
                          .arg(t->number)
                          .arg(QString::fromStdString(formatParams(t->params))))
              << std::endl;
}

void StudyProgressPrinter::onEpoch(int trial, int repeat, const EpochMetrics& m) {
    if (!m_jsonl)
        return;  // people get one line per trial; the per-epoch table is for `train`
    json e = epochEvent(m, m_classification);
    e["trial"] = trial;
    e["repeat"] = repeat;
    std::lock_guard lock(m_mutex);
    writeEvent(std::move(e));
}

void StudyProgressPrinter::onTrialFinished(const TrialSnapshot& t) {
    std::lock_guard lock(m_mutex);
    // Trained trials that ran to an end get a diagnosis event (possibly
    // with no findings); see diagnoseTrial.
    const bool diagnosed = !m_definition.isFunction() &&
                           (t->state == TrialState::Completed || t->state == TrialState::Failed);
    const std::vector<Finding> findings = diagnoseTrial(*t);
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
        writeEvent(std::move(e));
        if (diagnosed)
            writeEvent(diagnosisEvent(findings, t->number));
        return;
    }
    const bool best = t->state == TrialState::Completed &&
                      (std::isnan(m_best) || m_definition.objective.better(t->value, m_best));
    if (best)
        m_best = t->value;
    // The state is printed as the journal and --jsonl write it, so a line
    // reads the same as the leaderboard table in every language.
    m_out << utf8(CliText::tr("trial %1").arg(t->number)) << ' ' << trialStateName(t->state);
    if (!std::isnan(t->value)) {
        m_out << "  "
              << (m_definition.isFunction() ? m_definition.objective.function
                                            : m_definition.objective.metric)
              << '=' << formatValue(t->value);
        if (m_definition.repeats > 1 && std::isfinite(t->valueStd))
            m_out << " +- " << formatValue(t->valueStd);
    }
    const QString seconds = QString::number(t->seconds, 'f', 1);
    m_out
        << "  ("
        << utf8(t->history.empty()
                    ? CliText::tr("%1 s").arg(seconds)
                    : CliText::tr("%1 s, %2 epochs").arg(seconds).arg(qsizetype(t->history.size())))
        << ')';
    if (!t->reason.empty())
        m_out << "  " << coreMessage(t->reasonProblem);
    if (best)
        m_out << "  " << utf8(CliText::tr("[best so far]"));
    m_out << std::endl;
    printDiagnosisLine(m_out, findings);
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
                  {"seconds", number(s.seconds)}};
        if (!m_directory.empty())  // a study in a database has none
            e["directory"] = m_directory;
        if (!s.error.empty())
            e["error"] = s.error;
        if (!s.unsavedTrials.empty())
            e["unsaved_trials"] = s.unsavedTrials;
        writeEvent(std::move(e));
        return;
    }
    const QString seconds = CliText::tr("%1 s").arg(s.seconds, 0, 'f', 1);
    QString line = CliText::tr(
                       "study finished (%1): %2 trials, %3 completed, %4 pruned, %5 failed, "
                       "%6 cancelled")
                       .arg(studyEndReason(s.reason))
                       .arg(s.counts.total())
                       .arg(s.counts.completed)
                       .arg(s.counts.pruned)
                       .arg(s.counts.failed)
                       .arg(s.counts.cancelled);
    if (s.counts.queued > 0)
        line += CliText::tr(", %1 waiting for `resume`").arg(s.counts.queued);
    line += CliText::tr(" in %1").arg(seconds);
    m_out << "\n" << utf8(line) << "\n";
    if (!s.error.empty())
        m_out << utf8(CliText::tr("error: %1")
                          .arg(QString::fromStdString(coreMessage(s.errorProblem))))
              << "\n";
    if (!s.unsavedTrials.empty())
        m_out << unsavedTrialsText(s.unsavedTrials) << "\n";
    if (s.best)
        m_out << utf8(CliText::tr("best: trial %1, %2 = %3")
                          .arg(s.best->number)
                          .arg(QString::fromStdString(m_definition.objective.describe()),
                               QString::fromStdString(formatValue(s.best->value))))
              << "\n";
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
            detail += "  (" + coreMessage(t->reasonProblem) + ")";
        std::snprintf(line, sizeof line, "%4zu  %5d  %-9s  %12s%s  %6zu  %8.1f  ", rank, t->number,
                      std::string(trialStateName(t->state)).c_str(), formatValue(t->value).c_str(),
                      spread, t->history.size(), std::isfinite(t->seconds) ? t->seconds : 0.0);
        out << line << detail << "\n";
    }
    if (limit > 0 && ranked.size() > limit)
        out << utf8(CliText::tr("(%1 more; `hyperlab-cli leaderboard DIR` lists all)")
                        .arg(qsizetype(ranked.size() - limit)))
            << "\n";
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
