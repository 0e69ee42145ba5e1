#include "study/model/trial_repeats.h"

#include <functional>

namespace hyperlab {

namespace {

EpochBand bandOf(const std::vector<std::vector<EpochMetrics>>& histories,
                 const std::function<double(const EpochMetrics&)>& metric) {
    std::vector<std::vector<double>> curves;
    curves.reserve(histories.size());
    for (const auto& history : histories) {
        std::vector<double> curve;
        curve.reserve(history.size());
        for (const EpochMetrics& m : history)
            curve.push_back(metric(m));
        curves.push_back(std::move(curve));
    }
    return epochBand(curves, BandEpochs::Any);
}

}  // namespace

const std::vector<EpochMetrics>& repeatHistory(const Trial& trial, int repeat) {
    static const std::vector<EpochMetrics> kNone;
    if (repeat == 0)
        return trial.history;
    if (repeat < 0 || std::size_t(repeat) > trial.repeatHistories.size())
        return kNone;
    return trial.repeatHistories[std::size_t(repeat - 1)];
}

std::vector<std::vector<EpochMetrics>> allRepeatHistories(const Trial& trial) {
    std::vector<std::vector<EpochMetrics>> out{trial.history};
    out.insert(out.end(), trial.repeatHistories.begin(), trial.repeatHistories.end());
    return out;
}

void appendHistoryEpoch(std::vector<EpochMetrics>& history, const EpochMetrics& metrics) {
    if (metrics.epoch >= 1 && std::size_t(metrics.epoch) <= history.size())
        history.resize(std::size_t(metrics.epoch - 1));
    history.push_back(metrics);
}

void appendRepeatEpoch(std::vector<std::vector<EpochMetrics>>& repeatHistories, int repeat,
                       const EpochMetrics& metrics) {
    if (repeat < 1)
        return;
    if (repeatHistories.size() < std::size_t(repeat))
        repeatHistories.resize(std::size_t(repeat));
    appendHistoryEpoch(repeatHistories[std::size_t(repeat - 1)], metrics);
}

void appendRepeatEpoch(Trial& trial, int repeat, const EpochMetrics& metrics) {
    if (repeat == 0)
        appendHistoryEpoch(trial.history, metrics);
    else
        appendRepeatEpoch(trial.repeatHistories, repeat, metrics);
}

RepeatBands repeatBands(const std::vector<std::vector<EpochMetrics>>& histories,
                        bool classification) {
    RepeatBands bands;
    for (const auto& h : histories)
        bands.repeats += h.empty() ? 0 : 1;
    bands.valLoss = bandOf(histories, [](const EpochMetrics& m) { return m.valLoss; });
    bands.trainLoss = bandOf(histories, [](const EpochMetrics& m) { return m.trainLoss; });
    bands.valQuality = bandOf(histories, [classification](const EpochMetrics& m) {
        return classification ? m.valAccuracy : m.valR2;
    });
    bands.trainQuality = bandOf(histories, [classification](const EpochMetrics& m) {
        return classification ? m.trainAccuracy : m.trainR2;
    });
    return bands;
}

RepeatBands repeatBands(const Trial& trial) {
    return repeatBands(allRepeatHistories(trial), trial.classification);
}

}  // namespace hyperlab
