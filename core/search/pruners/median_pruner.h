#pragma once

#include "search/pruners/pruner.h"

namespace hyperlab {

/// Median stopping rule (Golovin et al., "Google Vizier: a service for
/// black-box optimization", KDD 2017; Optuna's MedianPruner): after epoch k
/// (k > warmup_epochs), a trial is stopped when its value at k is worse than
/// the median of the values at k of the COMPLETED trials that reached k,
/// provided there are at least min_trials of them. A trial better than or
/// equal to that median is never stopped, so the good half of the curves
/// always runs to the end.
class MedianPruner : public Pruner {
public:
    explicit MedianPruner(const PrunerSettings& settings) : m_settings(settings) {}
    std::string name() const override { return "median"; }
    bool shouldPrune(const PrunerTrial& trial,
                     const std::vector<PrunerTrial>& others) const override;

    /// Median of a non-empty list (mean of the middle two for even sizes).
    static double median(std::vector<double> values);

private:
    PrunerSettings m_settings;
};

}  // namespace hyperlab
