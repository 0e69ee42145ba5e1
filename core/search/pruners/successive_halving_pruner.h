#pragma once

#include "search/pruners/pruner.h"

namespace hyperlab {

/// Asynchronous successive halving (ASHA: Li et al., "A system for massively
/// parallel hyperparameter tuning", MLSys 2020; Optuna's
/// SuccessiveHalvingPruner) with epochs as the budget. Rungs sit at epochs
/// r_k = min_resource * eta^k. When a trial reaches a rung it is compared
/// with every trial (any state) that has reached that rung before: it goes
/// on only if its value is among the best floor(n / eta) of the n values
/// there (itself included), or, while n < eta, if it is the best so far.
/// Nobody waits for a rung to fill, which is what makes it asynchronous.
class SuccessiveHalvingPruner : public Pruner {
public:
    explicit SuccessiveHalvingPruner(const PrunerSettings& settings) : m_settings(settings) {}
    std::string name() const override { return "asha"; }
    bool shouldPrune(const PrunerTrial& trial,
                     const std::vector<PrunerTrial>& others) const override;

    /// True when `epoch` is a rung: min_resource * eta^k for some k >= 0.
    bool isRung(int epoch) const;

private:
    PrunerSettings m_settings;
};

}  // namespace hyperlab
