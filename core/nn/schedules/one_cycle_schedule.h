#pragma once

#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// The 1cycle policy, as torch.optim.lr_scheduler.OneCycleLR with
/// anneal_strategy "cos" and two phases (three_phase off; momentum cycling is
/// not done). Over N = epochs * stepsPerEpoch steps, with
/// initial = maxLr / divFactor, final = initial / finalDivFactor and
/// cosAnneal(a, b, x) = b + (a - b) * (1 + cos(pi * x)) / 2:
///
///     E   = pctStart * N - 1                      (last rising step, as torch)
///     lr  = cosAnneal(initial, maxLr, step / E)                   step <= E
///     lr  = cosAnneal(maxLr, final, (step - E) / (N - 1 - E))     otherwise
///
/// Per step. Starts at maxLr / divFactor, peaks at maxLr at step E, ends at
/// maxLr / divFactor / finalDivFactor on the last step N - 1 and stays there
/// for later steps (torch raises instead).
/// Smith & Topin, "Super-Convergence: Very Fast Training of Neural Networks
/// Using Large Learning Rates", 2017 (arXiv:1708.07120).
///
/// Uses settings: baseLr, maxLr (0 = baseLr; > 0 after that), pctStart
/// (0 < p < 1), divFactor (> 0), finalDivFactor (> 0), epochs (>= 1),
/// stepsPerEpoch.
class OneCycleSchedule final : public LrSchedule {
public:
    explicit OneCycleSchedule(const ScheduleSettings& settings);
    std::string name() const override { return "one_cycle"; }
    double rateAt(long step) override;

private:
    double m_maxLr;
    double m_initialLr;
    double m_finalLr;
    double m_peakStep;  ///< E (may be fractional, as in torch)
    long m_lastStep;    ///< N - 1
};

}  // namespace hyperlab
