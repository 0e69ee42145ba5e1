#include "study/execution/function_evaluator.h"

#include <chrono>
#include <limits>
#include <thread>

namespace hyperlab {

FunctionEvaluator::FunctionEvaluator(const Objective& objective)
    : m_objective(objective),
      m_function(analyticFunctionRegistry().create(objective.function, "objective.function",
                                                   objective.functionDimensions)) {}

EvaluationResult FunctionEvaluator::evaluate(const TrialContext& context) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const double f = m_function->evaluate(*context.params);
    EvaluationResult result;
    result.value = f;
    result.run.classification = false;
    const int epochs = m_objective.simulatedEpochs;
    for (int e = 1; e <= epochs; ++e) {
        const auto epochStart = Clock::now();
        const Clock::time_point until =
            epochStart + std::chrono::duration_cast<Clock::duration>(
                             std::chrono::duration<double>(m_objective.epochSeconds));
        // Sleep in slices so a stop request lands within a few milliseconds,
        // like the trainer's per-batch check.
        while (!context.stop.stop_requested() && Clock::now() < until)
            std::this_thread::sleep_for(
                std::min<Clock::duration>(std::chrono::milliseconds(5), until - Clock::now()));
        if (context.stop.stop_requested()) {
            result.run.status = RunStatus::Stopped;
            result.run.setReason(problem(ProblemCode::StoppedAtEpoch, {std::to_string(e)}));
            break;
        }
        EpochMetrics m;
        m.epoch = e;
        m.trainLoss = m.trainLossRunning = m.valLoss = curve(f, e, epochs);
        m.trainAccuracy = m.valAccuracy = m.trainR2 = m.valR2 = m.valMae = m.trainAccuracyRunning =
            m.trainR2Running = std::numeric_limits<double>::quiet_NaN();
        m.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        result.run.history.push_back(m);
        result.run.epochsRun = e;
        result.run.bestEpoch = e;
        if (context.onEpoch)
            context.onEpoch(m);
    }
    result.run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

}  // namespace hyperlab
