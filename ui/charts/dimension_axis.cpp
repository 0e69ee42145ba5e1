#include "charts/dimension_axis.h"

#include <cmath>

#include <QLocale>

#include "i18n/hyperparameter_help.h"
#include "search/transform.h"
#include "study/analysis/ranked_trials.h"

namespace hyperlab::ui {

std::vector<double> niceTicks(double low, double high, int count) {
    std::vector<double> out;
    if (!(high > low) || !std::isfinite(low) || !std::isfinite(high)) {
        out.push_back(low);
        return out;
    }
    const double raw = (high - low) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    for (double v = std::ceil(low / step) * step; v <= high + step * 1e-9; v += step)
        out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

QString tickText(double value) {
    return QLocale::c().toString(value, 'g', 4);
}

QString DimensionAxis::choiceText(const nlohmann::json& value) {
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_float())
        return tickText(value.get<double>());
    // Layer lists as people write them: [128, 64].
    QString text = QString::fromStdString(value.dump());
    return text.replace(QLatin1Char(','), QStringLiteral(", "));
}

DimensionAxis::DimensionAxis(Dimension dimension) : m_dimension(std::move(dimension)) {
    const auto at = [this](const nlohmann::json& v) {
        return UnitCubeTransform::uniformOf(m_dimension, v);
    };
    if (const auto* c = m_dimension.as<CategoricalDimension>()) {
        m_scale = Scale::Category;
        for (const auto& v : c->values)
            m_ticks.emplace_back(at(v), choiceText(v));
        return;
    }
    double low = 0.0, high = 1.0;
    bool log = false, integer = false;
    if (const auto* f = m_dimension.as<FloatDimension>()) {
        low = f->low, high = f->high, log = f->log;
    } else if (const auto* n = m_dimension.as<IntDimension>()) {
        low = double(n->low), high = double(n->high), log = n->log, integer = true;
    }
    m_scale = log ? Scale::Log : Scale::Linear;
    std::vector<double> values;
    if (log) {
        for (double e = std::ceil(std::log10(low) - 1e-9); e <= std::log10(high) + 1e-9; ++e)
            values.push_back(std::pow(10.0, e));
        if (values.size() < 2)
            values = {low, high};
    } else {
        values = niceTicks(low, high);
    }
    for (double v : values) {
        if (integer && (v != std::round(v) || !m_dimension.contains(std::int64_t(v))))
            continue;
        const nlohmann::json value = integer ? nlohmann::json(std::int64_t(v)) : nlohmann::json(v);
        if (v >= low && v <= high && m_dimension.contains(value))
            m_ticks.emplace_back(at(value), tickText(v));
    }
}

QString DimensionAxis::title() const {
    return HyperparameterHelp::label(path());
}

std::optional<double> DimensionAxis::position(const Params& params) const {
    const auto it = params.find(m_dimension.path);
    if (it == params.end() || !m_dimension.contains(it->second))
        return std::nullopt;
    return UnitCubeTransform::uniformOf(m_dimension, it->second);
}

QString DimensionAxis::valueText(double position) const {
    return choiceText(UnitCubeTransform::valueAt(m_dimension, position));
}

std::vector<DimensionAxis> dimensionAxes(const SearchSpace& space) {
    std::vector<DimensionAxis> out;
    for (std::size_t index : varyingDimensions(space))
        out.emplace_back(space[index]);
    return out;
}

}  // namespace hyperlab::ui
