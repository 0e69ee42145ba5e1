#pragma once

#include <vector>

#include "study/model/trial.h"
#include "train/seed_spread.h"
#include "train/training_result.h"

namespace hyperlab {

/// The per-epoch metrics of repeat `repeat` of a trial (0 = Trial::history);
/// empty when that repeat has none.
const std::vector<EpochMetrics>& repeatHistory(const Trial& trial, int repeat);

/// Every repeat's per-epoch metrics, repeat 0 first (copies).
std::vector<std::vector<EpochMetrics>> allRepeatHistories(const Trial& trial);

/// Appends one finished epoch to a run's history. An epoch number at or
/// below the last one is a new attempt (a resumed run starts again): the
/// later epochs of the old attempt are dropped.
void appendHistoryEpoch(std::vector<EpochMetrics>& history, const EpochMetrics& metrics);
/// The same for repeat `repeat` of a trial (0 = history; others are added
/// as needed).
void appendRepeatEpoch(Trial& trial, int repeat, const EpochMetrics& metrics);
/// The same for a list of the repeats 1, 2, ... (repeatHistories[r - 1]).
void appendRepeatEpoch(std::vector<std::vector<EpochMetrics>>& repeatHistories, int repeat,
                       const EpochMetrics& metrics);

/// Mean and spread of one config's curves over its repeats (seeds), per
/// epoch: every epoch any repeat reached, each over the repeats that reached
/// it, so a repeat still training counts for the epochs it has done.
struct RepeatBands {
    int repeats = 0;  ///< repeats with at least one epoch
    EpochBand valLoss, trainLoss;
    EpochBand valQuality, trainQuality;  ///< accuracy, or R^2 for regression
};
RepeatBands repeatBands(const std::vector<std::vector<EpochMetrics>>& histories,
                        bool classification);
RepeatBands repeatBands(const Trial& trial);

}  // namespace hyperlab
