#include "study/execution/trial_runner.h"

#include <chrono>
#include <cmath>
#include <exception>

#include "common/errors.h"

namespace hyperlab {

namespace {

std::string describe(double value) {
    if (std::isnan(value))
        return "NaN";
    return value > 0 ? "+inf" : "-inf";
}

}  // namespace

TrialOutcome TrialRunner::run(const Trial& trial, TrialControl& control, const EpochHook& onEpoch,
                              const BatchHook& onBatch, const BoundaryHook& onBoundary,
                              const ImagePredictionsHook& onImagePredictions) const {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    TrialOutcome out;
    out.classification = trial.classification;
    std::vector<EpochMetrics> firstHistory;
    bool failed = false;
    auto because = [&out](Problem why) {
        out.reason = problemText(why);
        out.reasonProblem = std::move(why);
    };

    for (int r = 0; r < m_repeats && !failed; ++r) {
        if (control.cause() != StopCause::None)
            break;
        TrialContext context;
        context.trial = trial.number;
        context.repeat = r;
        context.params = &trial.params;
        context.config = &trial.config;
        context.seed = trial.seed + std::uint64_t(r);
        context.stop = control.token();
        context.onEpoch = [&, r](const EpochMetrics& m) {
            if (r == 0)
                firstHistory.push_back(m);
            if (onEpoch)
                onEpoch(r, m);
        };
        if (r == 0 && onBatch)
            context.onBatch = onBatch;
        if (r == 0 && onBoundary)
            context.onBoundary = onBoundary;
        if (r == 0 && onImagePredictions)
            context.onImagePredictions = onImagePredictions;
        EvaluationResult result;
        // Everything inside a trial is caught here: nothing may escape into
        // the TBB task that runs it.
        try {
            result = m_evaluator.evaluate(context);
        } catch (const std::exception& e) {
            because(problemOf(e));
            failed = true;
            break;
        } catch (...) {
            because(problem(ProblemCode::UnknownError));
            failed = true;
            break;
        }
        if (r == 0) {
            out.test = result.run.test;
            out.parameterCount = result.run.parameterCount;
            out.classification = result.value ? trial.classification : result.run.classification;
            if (firstHistory.empty())
                firstHistory = result.run.history;
        }
        if (result.run.status == RunStatus::Failed) {
            // An evaluator may give only the English text of its reason.
            because(!result.run.reasonProblem.empty() ? result.run.reasonProblem
                    : result.run.reason.empty()       ? problem(ProblemCode::TrainingFailed)
                                                      : textProblem(result.run.reason));
            out.divergence = result.run.divergence;
            failed = true;
            break;
        }
        if (result.run.status == RunStatus::Stopped || control.cause() != StopCause::None)
            break;
        const double value = result.value ? *result.value : m_objective.resultValue(result.run);
        if (!std::isfinite(value)) {
            because(m_repeats > 1
                        ? problem(ProblemCode::ObjectiveNotFiniteInRepeat,
                                  {m_objective.metric, describe(value), std::to_string(r)})
                        : problem(ProblemCode::ObjectiveNotFinite,
                                  {m_objective.metric, describe(value)}));
            failed = true;
            break;
        }
        out.repeatValues.push_back(value);
    }
    out.seconds = std::chrono::duration<double>(Clock::now() - start).count();

    const StopCause cause = control.cause();
    if (failed) {
        out.state = TrialState::Failed;
    } else if (cause == StopCause::Pruned) {
        out.state = TrialState::Pruned;
        out.value =
            firstHistory.empty() ? Trial::kNaN : m_objective.epochValue(firstHistory.back());
        because(problem(ProblemCode::PrunedAfterEpoch, {std::to_string(firstHistory.size())}));
    } else if (cause == StopCause::Cancelled || cause == StopCause::StudyStopped) {
        out.state = TrialState::Cancelled;
        out.resumable = cause == StopCause::StudyStopped;
        because(problem(out.resumable ? ProblemCode::StudyStopped : ProblemCode::Cancelled));
    } else if (out.repeatValues.size() < std::size_t(m_repeats)) {
        // Stopped from inside without a cause we know of (the evaluator gave up).
        out.state = TrialState::Failed;
        because(problem(ProblemCode::RunStoppedEarly));
    } else {
        out.state = TrialState::Completed;
        double sum = 0;
        for (double v : out.repeatValues)
            sum += v;
        out.value = sum / double(out.repeatValues.size());
        if (out.repeatValues.size() >= 2) {
            double squares = 0;
            for (double v : out.repeatValues)
                squares += (v - out.value) * (v - out.value);
            out.valueStd = std::sqrt(squares / double(out.repeatValues.size() - 1));
        }
    }
    return out;
}

}  // namespace hyperlab
