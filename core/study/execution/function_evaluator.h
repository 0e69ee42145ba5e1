#pragma once

#include <memory>

#include "search/functions/analytic_function.h"
#include "study/execution/objective_evaluator.h"
#include "study/model/objective.h"

namespace hyperlab {

/// Evaluates an analytic test function at the trial's params (instant), or,
/// when the objective asks for simulated epochs, reports the synthetic curve
/// f(x) + 1/e - 1/E epoch by epoch (as val_loss and train_loss), sleeping
/// epoch_seconds per epoch and stopping as soon as the stop token fires.
class FunctionEvaluator : public ObjectiveEvaluator {
public:
    explicit FunctionEvaluator(const Objective& objective);
    EvaluationResult evaluate(const TrialContext& context) override;

    /// The simulated intermediate value at epoch e of E.
    static double curve(double finalValue, int epoch, int epochs) {
        return finalValue + 1.0 / epoch - 1.0 / epochs;
    }

private:
    Objective m_objective;
    std::unique_ptr<AnalyticFunction> m_function;
};

}  // namespace hyperlab
