#include "study/execution/study_time_estimate.h"

#include <algorithm>
#include <map>

#include "common/random.h"
#include "io/config_json.h"
#include "search/apply_params.h"
#include "search/samplers/sampler.h"

namespace hyperlab {

namespace {

std::vector<Params> likelyParams(const StudyDefinition& study, std::size_t limit) {
    const std::size_t budget = std::min(limit, std::size_t(std::max(1, study.trials)));
    if (study.strategy == "manual") {
        std::vector<Params> listed = study.manualTrials;
        if (listed.size() > budget)
            listed.resize(budget);
        return listed;
    }
    // What Study::ask proposes for each trial number while no trial has
    // finished (the same sampler, settings and per-trial seed, the earlier
    // proposals pending): exactly the trials of grid, random and Sobol
    // studies, and the start-up trials of TPE and Bayesian ones, whose later
    // proposals follow results nobody knows yet.
    const auto sampler = samplerRegistry().create(study.strategy, "strategy.type", study.sampler);
    std::vector<Params> proposed;
    for (std::size_t number = 0; number < budget; ++number) {
        Random rng(Random::deriveSeed(study.seed, std::uint64_t(number)));
        std::optional<Params> params = sampler->suggest(study.space, {}, proposed, rng);
        if (!params)
            break;  // a grid smaller than the budget
        proposed.push_back(std::move(*params));
    }
    return proposed;
}

}  // namespace

std::vector<RunConfig> likelyTrialConfigs(const StudyDefinition& study, std::size_t limit) {
    if (study.isFunction())
        return {};
    std::vector<RunConfig> configs;
    for (const Params& params : likelyParams(study, limit))
        configs.push_back(runConfigFromJson(applyParams(study.base, params)));
    if (configs.empty())
        configs.push_back(runConfigFromJson(study.base));
    return configs;
}

TrialCostModel::TrialCostModel(std::vector<RunConfig> likely, std::shared_ptr<const Dataset> data,
                               RunSamples samples, int concurrentRuns)
    : m_likely(std::move(likely)),
      m_data(std::move(data)),
      m_samples(samples),
      m_runs(std::max(1, concurrentRuns)) {
    for (const RunConfig& config : m_likely) {
        m_likelyKeys.push_back(keyOf(config, m_runs));
        m_likelyAloneKeys.push_back(keyOf(config, 1));
    }
}

std::string TrialCostModel::keyOf(const RunConfig& config, int runs) const {
    return stepTimingKey(config, *m_data, runs);
}

const StepTiming* TrialCostModel::timingOf(const std::string& key) const {
    for (const auto& [known, timing] : m_timings)
        if (known == key)
            return &timing;
    return nullptr;
}

std::vector<RunConfig> TrialCostModel::configsToTime(std::size_t limit) const {
    std::map<std::string, std::pair<int, std::size_t>> shapes;  // key -> (count, first config)
    for (std::size_t i = 0; i < m_likely.size(); ++i) {
        const std::string& key = m_likelyKeys[i];
        if (timingOf(key))
            continue;
        auto [it, inserted] = shapes.try_emplace(key, 0, i);
        ++it->second.first;
    }
    std::vector<std::pair<int, std::size_t>> order;
    for (const auto& [key, entry] : shapes)
        order.push_back(entry);
    // Most frequent first; ties in the order the configs came.
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<RunConfig> configs;
    for (const auto& [count, index] : order) {
        if (configs.size() == limit)
            break;
        configs.push_back(m_likely[index]);
    }
    return configs;
}

void TrialCostModel::addTiming(const RunConfig& config, const StepTiming& timing) {
    const std::string key = keyOf(config, timing.concurrentRuns);
    for (auto& [known, value] : m_timings)
        if (known == key) {
            value = timing;
            return;
        }
    m_timings.emplace_back(key, timing);
}

void TrialCostModel::timeShapes(const DataSplit& split, StepTimingCache& cache, std::size_t limit,
                                std::stop_token stop) {
    const auto time = [&](const RunConfig& config, int runs) {
        const std::string key = keyOf(config, runs);
        std::optional<StepTiming> timing = cache.find(key);
        if (!timing) {
            timing = measureStepTiming(config, split, runs, stop);
            if (timing)
                cache.store(key, *timing);
        }
        if (timing)
            addTiming(config, *timing);
    };
    const std::vector<RunConfig> configs = configsToTime(limit);
    // Side by side first: most trials run so, and a stop midway leaves the
    // timings that matter most.
    for (const RunConfig& config : configs)
        if (!stop.stop_requested())
            time(config, m_runs);
    if (m_runs > 1)
        for (const RunConfig& config : configs)
            if (!stop.stop_requested())
                time(config, 1);
}

std::optional<double> TrialCostModel::runSeconds(const RunConfig& config) const {
    if (const StepTiming* timing = timingOf(keyOf(config, m_runs)))
        return estimateRunSeconds(*timing, config.training, m_samples);
    return std::nullopt;
}

std::optional<double> TrialCostModel::meanRunSeconds() const {
    double sum = 0.0;
    int counted = 0;
    for (std::size_t i = 0; i < m_likely.size(); ++i)
        if (const StepTiming* timing = timingOf(m_likelyKeys[i])) {
            sum += estimateRunSeconds(*timing, m_likely[i].training, m_samples);
            ++counted;
        }
    if (counted == 0)
        return std::nullopt;
    return sum / counted;
}

std::vector<TrialSeconds> TrialCostModel::likelyRunSeconds() const {
    const std::optional<double> mean = meanRunSeconds();
    if (!mean)
        return {};
    std::vector<TrialSeconds> seconds;
    seconds.reserve(m_likely.size());
    for (std::size_t i = 0; i < m_likely.size(); ++i) {
        const StepTiming* timing = timingOf(m_likelyKeys[i]);
        const StepTiming* alone = m_runs > 1 ? timingOf(m_likelyAloneKeys[i]) : timing;
        TrialSeconds trial;
        trial.sideBySide =
            timing ? estimateRunSeconds(*timing, m_likely[i].training, m_samples) : *mean;
        trial.alone = alone && timing ? estimateRunSeconds(*alone, m_likely[i].training, m_samples)
                                      : trial.sideBySide;
        seconds.push_back(trial);
    }
    return seconds;
}

double TrialCostModel::coverage() const {
    if (m_likely.empty())
        return 0.0;
    std::size_t covered = 0;
    for (const std::string& key : m_likelyKeys)
        covered += timingOf(key) != nullptr;
    return double(covered) / double(m_likely.size());
}

void StudyTimeCalibration::addFinished(double predictedSeconds, double actualSeconds) {
    if (!(predictedSeconds > 0) || !(actualSeconds > 0))
        return;
    m_predicted += predictedSeconds;
    m_actual += actualSeconds;
    ++m_count;
}

double StudyTimeCalibration::ratio() const {
    return m_count > 0 ? m_actual / m_predicted : 1.0;
}

double estimateStudyWallSeconds(const TrialCostModel& cost, int trials, int workers, int repeats,
                                const std::vector<FinishedTrialTime>& finished,
                                double setupSeconds) {
    const std::vector<TrialSeconds> likely = cost.likelyRunSeconds();
    if (likely.empty() || trials <= 0)
        return setupSeconds;
    StudyTimeCalibration calibration;
    std::map<int, double> measured;
    for (const FinishedTrialTime& trial : finished) {
        if (const auto predicted = cost.runSeconds(trial.config))
            calibration.addFinished(*predicted * repeats, trial.seconds);
        measured[trial.number] = trial.seconds;
    }
    std::vector<TrialSeconds> perTrial(static_cast<std::size_t>(trials));
    for (int number = 0; number < trials; ++number) {
        TrialSeconds& trial = perTrial[std::size_t(number)];
        if (const auto it = measured.find(number); it != measured.end()) {
            trial = {it->second, it->second};
        } else {
            const double scale = repeats * calibration.ratio();
            const TrialSeconds& cost = likely[std::size_t(number) % likely.size()];
            trial = {cost.sideBySide * scale, cost.alone * scale};
        }
    }
    return setupSeconds + scheduledSeconds(perTrial, workers);
}

}  // namespace hyperlab
