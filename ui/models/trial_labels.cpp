#include "models/trial_labels.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <QCoreApplication>

#include "data/dataset_factory.h"

namespace hyperlab::ui {

namespace {

constexpr const char* kContext = "hyperlab::ui::TrialLabels";

/// Abbreviations students know from papers and course notes, translated in
/// the interface (the Chinese ones are the textbook names, e.g. 学习率).
const std::map<std::string, const char*>& knownAbbreviations() {
    static const std::map<std::string, const char*> known{
        {"training.learning_rate", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "lr")},
        {"training.batch_size", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "batch")},
        {"training.weight_decay", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "wd")},
        {"training.lr_schedule.type", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "schedule")},
        {"training.momentum", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "momentum")},
        {"training.optimizer", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "optimizer")},
        {"training.epochs", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "epochs")},
        {"training.loss", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "loss")},
        {"model.hidden_layers", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "hidden")},
        {"model.dropout", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "dropout")},
        {"model.activation", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "activation")},
        {"model.init", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "init")},
        {"model.batch_norm", QT_TRANSLATE_NOOP("hyperlab::ui::TrialLabels", "batch_norm")},
    };
    return known;
}

}  // namespace

QString paramAbbreviation(const std::string& path) {
    if (auto it = knownAbbreviations().find(path); it != knownAbbreviations().end())
        return QString::fromLatin1(it->second);
    const QStringList parts = QString::fromStdString(path).split(QLatin1Char('.'));
    if (parts.isEmpty())
        return QString::fromStdString(path);
    // "model.conv_layers.0.filters" -> "conv0.filters": keep the index, it matters.
    const int n = int(parts.size());
    if (n >= 3 && !parts[n - 2].isEmpty() && parts[n - 2].front().isDigit()) {
        QString list = parts[n - 3];
        list.remove(QStringLiteral("_layers"));
        return list + parts[n - 2] + QLatin1Char('.') + parts[n - 1];
    }
    return parts.back();
}

QString shortParamName(const std::string& path) {
    if (auto it = knownAbbreviations().find(path); it != knownAbbreviations().end())
        return QCoreApplication::translate(kContext, it->second);
    return paramAbbreviation(path);
}

QString formatParamValue(const nlohmann::json& value) {
    if (value.is_boolean())
        return value.get<bool>() ? QCoreApplication::translate("hyperlab::ui::TrialLabels", "on")
                                 : QCoreApplication::translate("hyperlab::ui::TrialLabels", "off");
    if (value.is_number_integer())
        return QString::number(value.get<long long>());
    if (value.is_number()) {
        const double v = value.get<double>();
        if (std::isfinite(v) && v == std::round(v) && std::abs(v) < 1e6)
            return QString::number(v, 'f', 0);
        return QString::number(v, 'g', 4);
    }
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_array()) {
        QStringList items;
        for (const auto& item : value)
            items << formatParamValue(item);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    if (value.is_null())
        return QStringLiteral("–");
    return QString::fromStdString(value.dump());
}

std::vector<std::string> differingPaths(const std::vector<Params>& params) {
    std::set<std::string> paths;
    for (const Params& p : params)
        for (const auto& [path, value] : p)
            paths.insert(path);
    std::vector<std::string> out;
    for (const std::string& path : paths) {
        const nlohmann::json* first = nullptr;
        bool differs = false;
        bool seenFirst = false;
        for (const Params& p : params) {
            auto it = p.find(path);
            const nlohmann::json* value = it == p.end() ? nullptr : &it->second;
            if (!seenFirst) {
                first = value;
                seenFirst = true;
            } else if ((first == nullptr) != (value == nullptr) ||
                       (first && value && *first != *value)) {
                differs = true;
                break;
            }
        }
        if (differs)
            out.push_back(path);
    }
    // The learning rate is what students compare most: name it first.
    std::stable_partition(out.begin(), out.end(),
                          [](const std::string& p) { return p == "training.learning_rate"; });
    return out;
}

QString trialLegendLabel(int trialNumber, const Params& params,
                         const std::vector<std::string>& paths) {
    QStringList parts;
    for (const std::string& path : paths) {
        auto it = params.find(path);
        if (it != params.end())
            parts << shortParamName(path) + QLatin1Char('=') + formatParamValue(it->second);
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("hyperlab::ui::TrialLabels", "trial %1")
            .arg(trialNumber);
    return parts.join(QStringLiteral(" · "));
}

bool trainsOnImages(const nlohmann::json& trialConfig) {
    if (!trialConfig.is_object())
        return false;
    const auto dataset = trialConfig.find("dataset");
    return dataset != trialConfig.end() && dataset->is_object() &&
           isImageDatasetName(dataset->value("name", std::string()));
}

}  // namespace hyperlab::ui
