#include "diagnosis_output.h"

#include <QStringList>

#include "cli_text.h"
#include "i18n/finding_text.h"

namespace hyperlab::cli {

using ui::FindingText;

nlohmann::json diagnosisEvent(const std::vector<Finding>& findings, std::optional<int> trial) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : findings) {
        nlohmann::json item = {{"code", toString(f.code)},
                               {"hyperparameters", f.hyperparameters},
                               {"epoch", f.epoch},
                               {"message", describe(f)}};
        if (f.code == FindingCode::Diverged && f.nonFinite)
            item["batch"] = f.batch;
        list.push_back(item);
    }
    nlohmann::json e = {{"event", "diagnosis"}};
    if (trial)
        e["trial"] = *trial;
    e["findings"] = list;
    return e;
}

void printDiagnosis(std::ostream& out, const std::vector<Finding>& findings) {
    if (findings.empty()) {
        out << utf8(CliText::tr("diagnosis: the curves show no problem")) << "\n";
        return;
    }
    out << utf8(CliText::tr("diagnosis:")) << "\n";
    for (const auto& f : findings)
        out << "  - "
            << utf8(CliText::tr("%1: %2").arg(FindingText::title(f.code), FindingText::message(f)))
            << "\n    " << utf8(CliText::tr("change: %1").arg(FindingText::hyperparameters(f)))
            << "\n";
}

void printDiagnosisLine(std::ostream& out, const std::vector<Finding>& findings) {
    if (findings.empty())
        return;
    QStringList items;
    for (const auto& f : findings)
        items << CliText::tr("%1 (epoch %2)").arg(FindingText::title(f.code)).arg(f.epoch);
    out << "  " << utf8(CliText::tr("diagnosis: %1").arg(items.join(CliText::tr(", "))))
        << std::endl;
}

}  // namespace hyperlab::cli
