#pragma once

#include <vector>

#include <QString>

#include "charts/dimension_axis.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"

namespace hyperlab::ui {

/// What the analysis charts draw, built once per refresh and shared by
/// them: the axes of the varying dimensions, the objective, and the finished
/// trials (completed ones with a finite value; pruned and failed ones too
/// when asked for, drawn apart).
struct AnalysisViewData {
    std::vector<DimensionAxis> axes;
    QString objectiveName;  ///< "val_accuracy", "branin"
    bool maximize = false;
    std::vector<TrialSnapshot> trials;  ///< drawn, in trial-number order
    /// Every finished trial, drawn or not (brushing selects among them: a
    /// pruned trial inside a hyperparameter range is in that range).
    std::vector<TrialSnapshot> allTrials;
    double valueLow = 0.0, valueHigh = 1.0;  ///< range of the completed trials' values
    int maxTrialNumber = 0;

    static AnalysisViewData build(const StudyDefinition& definition,
                                  const std::vector<TrialSnapshot>& finished, bool includeOthers);

    /// A completed trial with a finite objective (the others are drawn grey).
    static bool isScored(const Trial& trial);
    /// 0 for the worst value seen, 1 for the best (the direction applied).
    double quality(double value) const;
    /// Position of a value on a [0, 1] objective axis (low at 0).
    double valuePosition(double value) const;
};

}  // namespace hyperlab::ui
