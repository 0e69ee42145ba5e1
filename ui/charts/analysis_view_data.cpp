#include "charts/analysis_view_data.h"

#include <algorithm>
#include <cmath>

namespace hyperlab::ui {

bool AnalysisViewData::isScored(const Trial& trial) {
    return trial.state == TrialState::Completed && std::isfinite(trial.value);
}

AnalysisViewData AnalysisViewData::build(const StudyDefinition& definition,
                                         const std::vector<TrialSnapshot>& finished,
                                         bool includeOthers) {
    AnalysisViewData data;
    data.axes = dimensionAxes(definition.space);
    data.objectiveName =
        QString::fromStdString(definition.objective.isFunction() ? definition.objective.function
                                                                 : definition.objective.metric);
    data.maximize = definition.objective.direction == Direction::Maximize;
    bool any = false;
    for (const TrialSnapshot& t : finished) {
        if (!t || !isFinal(t->state))
            continue;
        if (t->state == TrialState::Cancelled) {
            data.allTrials.push_back(t);
            continue;
        }
        data.allTrials.push_back(t);
        const bool scored = isScored(*t);
        if (!scored && !includeOthers)
            continue;
        data.trials.push_back(t);
        data.maxTrialNumber = std::max(data.maxTrialNumber, t->number);
        if (scored) {
            data.valueLow = any ? std::min(data.valueLow, t->value) : t->value;
            data.valueHigh = any ? std::max(data.valueHigh, t->value) : t->value;
            any = true;
        }
    }
    const auto byNumber = [](const TrialSnapshot& a, const TrialSnapshot& b) {
        return a->number < b->number;
    };
    std::sort(data.trials.begin(), data.trials.end(), byNumber);
    std::sort(data.allTrials.begin(), data.allTrials.end(), byNumber);
    if (data.valueHigh <= data.valueLow) {
        const double pad = std::max(1e-9, std::abs(data.valueLow) * 0.05);
        data.valueLow -= pad;
        data.valueHigh += pad;
    }
    return data;
}

double AnalysisViewData::valuePosition(double value) const {
    return (value - valueLow) / (valueHigh - valueLow);
}

double AnalysisViewData::quality(double value) const {
    const double p = valuePosition(value);
    return maximize ? p : 1.0 - p;
}

}  // namespace hyperlab::ui
