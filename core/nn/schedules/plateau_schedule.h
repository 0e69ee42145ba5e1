#pragma once

#include <limits>

#include "nn/schedules/lr_schedule.h"

namespace hyperlab {

/// Reduces the rate when the validation loss stops improving, as
/// torch.optim.lr_scheduler.ReduceLROnPlateau with mode "min", threshold_mode
/// "rel" and no cooldown. After each epoch (epochEnded):
///
///     improved = loss < best * (1 - threshold)       (the first epoch always improves)
///     improved:   best = loss, badEpochs = 0
///     otherwise:  badEpochs += 1
///     badEpochs > patience:  lr = max(lr * factor, minLr), badEpochs = 0
///
/// So with patience p the rate drops at the end of the (p+1)-th consecutive
/// epoch without improvement, never earlier, and never below minLr (as torch,
/// a drop smaller than 1e-8 is skipped). A NaN loss counts as no improvement.
/// rateAt ignores the step: the rate changes only through epochEnded.
///
/// Uses settings: baseLr (>= 0), factor (0 < f < 1), patience (>= 0),
/// threshold (>= 0), minLr (>= 0).
class PlateauSchedule final : public LrSchedule {
public:
    explicit PlateauSchedule(const ScheduleSettings& settings);
    std::string name() const override { return "plateau"; }
    double rateAt(long step) override { return m_rate; }
    void epochEnded(int epoch, double validationLoss) override;

private:
    double m_rate;
    double m_factor;
    int m_patience;
    double m_threshold;
    double m_minLr;
    double m_best = std::numeric_limits<double>::infinity();
    int m_badEpochs = 0;
};

}  // namespace hyperlab
