#include "study/model/study.h"

#include <algorithm>
#include <cmath>

#include "common/errors.h"
#include "common/random.h"
#include "io/config_json.h"
#include "search/apply_params.h"
#include "study/model/leaderboard.h"
#include "study/model/trial_repeats.h"

namespace hyperlab {

using nlohmann::json;

void applyOutcome(Trial& t, const TrialOutcome& outcome) {
    t.state = outcome.state;
    t.value = outcome.value;
    t.repeatValues = outcome.repeatValues;
    t.valueStd = outcome.valueStd;
    t.test = outcome.test;
    t.reason = outcome.reason;
    t.reasonProblem = outcome.reasonProblem;
    t.divergence = outcome.divergence;
    t.seconds = outcome.seconds;
    t.parameterCount = outcome.parameterCount;
    t.classification = outcome.classification;
    t.resumable = outcome.resumable;
}

Study::Study(StudyDefinition definition) : m_definition(std::move(definition)) {
    if (m_definition.strategy != "manual")
        m_sampler =
            samplerRegistry().create(m_definition.strategy, "strategy.type", m_definition.sampler);
    PrunerSettings settings = m_definition.pruner.settings;
    m_pruner = prunerRegistry().create(m_definition.pruner.type, "strategy.pruner", settings);
}

Study::~Study() = default;

json Study::configFor(const Params& params) const {
    if (m_definition.isFunction())
        return nullptr;
    json applied;
    try {
        applied = applyParams(m_definition.base, params);
    } catch (const InputError&) {
        return m_definition.base;  // the trial fails on the same error when it runs
    }
    try {
        return toJson(runConfigFromJson(applied));
    } catch (const InputError&) {
        return applied;
    }
}

void Study::samplerInputs(std::vector<FinishedTrial>& history, std::vector<Params>& pending) const {
    for (const auto& t : m_trials) {
        if (isFinal(t->state))
            history.push_back({t->params, objective().minimized(t->value), t->state});
        else
            pending.push_back(t->params);
    }
}

std::optional<Params> Study::suggest(int number, const std::vector<FinishedTrial>& history,
                                     const std::vector<Params>& pending) {
    if (m_sampler) {
        Random rng(Random::deriveSeed(m_definition.seed, std::uint64_t(number)));
        return m_sampler->suggest(m_definition.space, history, pending, rng);
    }
    if (std::size_t(number) < m_definition.manualTrials.size())
        return m_definition.manualTrials[std::size_t(number)];
    return std::nullopt;
}

Trial Study::makeTrial(int number, Params params) const {
    Trial trial;
    trial.number = number;
    trial.params = std::move(params);
    trial.config = configFor(trial.params);
    trial.seed = m_definition.seed;
    if (trial.config.is_object()) {
        const json& seed = trial.config["training"]["seed"];
        if (seed.is_number_unsigned() || seed.is_number_integer())
            trial.seed = seed.get<std::uint64_t>();
    }
    trial.classification = !m_definition.isFunction();
    return trial;
}

std::optional<Params> Study::proposeNext() {
    std::lock_guard askLock(m_askMutex);
    std::vector<FinishedTrial> history;
    std::vector<Params> pending;
    int number = 0;
    {
        std::lock_guard lock(m_mutex);
        number = int(m_trials.size());
        samplerInputs(history, pending);
    }
    std::optional<Params> params = suggest(number, history, pending);
    if (!params) {
        std::lock_guard lock(m_mutex);
        m_exhausted = true;
    }
    return params;
}

void Study::adopt(Trial trial) {
    std::lock_guard lock(m_mutex);
    const std::size_t number = std::size_t(trial.number);
    if (trial.number < 0 || number > m_trials.size())
        throw std::invalid_argument("Study::adopt: trial " + std::to_string(trial.number) +
                                    " after " + std::to_string(m_trials.size()) + " trials");
    std::vector<double> curve = curveOf(trial);
    auto snapshot = std::make_shared<const Trial>(std::move(trial));
    if (number == m_trials.size()) {
        m_trials.push_back(snapshot);
        m_curves.push_back(std::move(curve));
    } else {
        m_trials[number] = snapshot;
        m_curves[number] = std::move(curve);
    }
}

TrialSnapshot Study::ask() {
    std::lock_guard askLock(m_askMutex);
    std::vector<FinishedTrial> history;
    std::vector<Params> pending;
    int number = 0;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& t : m_trials)
            if (t->state == TrialState::Queued && !m_claimed.count(t->number)) {
                m_claimed.insert(t->number);
                return t;
            }
        number = int(m_trials.size());
        if (number >= m_definition.trials || m_exhausted)
            return nullptr;
        samplerInputs(history, pending);
    }

    std::optional<Params> params = suggest(number, history, pending);
    std::shared_ptr<Trial> trial;
    {
        std::lock_guard lock(m_mutex);
        if (!params) {
            m_exhausted = true;
            return nullptr;
        }
        trial = std::make_shared<Trial>(makeTrial(number, std::move(*params)));
        m_trials.push_back(trial);
        m_curves.emplace_back();
        m_claimed.insert(number);
    }
    if (m_creationHook)
        m_creationHook(*trial);
    return trial;
}

void Study::setCreationHook(std::function<void(const Trial&)> hook) {
    std::lock_guard askLock(m_askMutex);
    m_creationHook = std::move(hook);
}

bool Study::exhausted() const {
    std::lock_guard lock(m_mutex);
    return m_exhausted;
}

void Study::replace(const std::shared_ptr<Trial>& trial) {
    m_trials[std::size_t(trial->number)] = trial;
}

void Study::release(int number) {
    std::lock_guard lock(m_mutex);
    m_claimed.erase(number);
}

bool Study::markRunning(int number) {
    std::lock_guard lock(m_mutex);
    if (number < 0 || std::size_t(number) >= m_trials.size())
        return false;
    m_claimed.erase(number);
    if (m_trials[std::size_t(number)]->state != TrialState::Queued)
        return false;
    auto t = std::make_shared<Trial>(*m_trials[std::size_t(number)]);
    t->state = TrialState::Running;
    t->history.clear();
    t->repeatHistories.clear();
    t->test = {};
    t->reason.clear();
    t->divergence = {};
    t->resumable = false;
    m_curves[std::size_t(number)].clear();
    replace(t);
    return true;
}

void Study::requeue(int number) {
    std::lock_guard lock(m_mutex);
    if (number < 0 || std::size_t(number) >= m_trials.size() ||
        m_trials[std::size_t(number)]->state != TrialState::Running)
        return;
    auto t = std::make_shared<Trial>(*m_trials[std::size_t(number)]);
    t->state = TrialState::Queued;
    t->history.clear();
    t->repeatHistories.clear();
    m_curves[std::size_t(number)].clear();
    m_claimed.erase(number);
    replace(t);
}

bool Study::reportEpoch(int number, int repeat, const EpochMetrics& metrics) {
    if (repeat < 0)
        return false;
    if (repeat > 0) {
        // Kept for the seed band; the pruner watches repeat 0 only.
        std::lock_guard lock(m_mutex);
        if (number < 0 || std::size_t(number) >= m_trials.size())
            return false;
        auto t = std::make_shared<Trial>(*m_trials[std::size_t(number)]);
        appendRepeatEpoch(*t, repeat, metrics);
        replace(t);
        return false;
    }
    PrunerTrial current;
    std::vector<PrunerTrial> others;
    {
        std::lock_guard lock(m_mutex);
        if (number < 0 || std::size_t(number) >= m_trials.size())
            return false;
        auto t = std::make_shared<Trial>(*m_trials[std::size_t(number)]);
        t->history.push_back(metrics);
        replace(t);
        m_curves[std::size_t(number)].push_back(
            objective().minimized(objective().epochValue(metrics)));
        current = {number, t->state, m_curves[std::size_t(number)]};
        others.reserve(m_trials.size());
        for (std::size_t i = 0; i < m_trials.size(); ++i)
            if (int(i) != number && !m_curves[i].empty())
                others.push_back({int(i), m_trials[i]->state, m_curves[i]});
    }
    return m_pruner->shouldPrune(current, others);
}

TrialSnapshot Study::tell(int number, const TrialOutcome& outcome) {
    std::lock_guard lock(m_mutex);
    if (number < 0 || std::size_t(number) >= m_trials.size())
        throw std::out_of_range("Study::tell: no trial " + std::to_string(number));
    auto t = std::make_shared<Trial>(*m_trials[std::size_t(number)]);
    applyOutcome(*t, outcome);
    m_claimed.erase(number);
    replace(t);
    return t;
}

TrialSnapshot Study::cancelQueued(int number, const Problem& reason) {
    std::lock_guard lock(m_mutex);
    if (number < 0 || std::size_t(number) >= m_trials.size() ||
        m_trials[std::size_t(number)]->state != TrialState::Queued)
        return nullptr;
    auto t = std::make_shared<Trial>(*m_trials[std::size_t(number)]);
    t->state = TrialState::Cancelled;
    t->reason = problemText(reason);
    t->reasonProblem = reason;
    replace(t);
    return t;
}

std::vector<double> Study::curveOf(const Trial& trial) const {
    std::vector<double> curve;
    curve.reserve(trial.history.size());
    for (const auto& m : trial.history)
        curve.push_back(objective().minimized(objective().epochValue(m)));
    return curve;
}

void Study::restore(Trial trial) {
    std::lock_guard lock(m_mutex);
    if (trial.number != int(m_trials.size()))
        throw std::invalid_argument("Study::restore: trial " + std::to_string(trial.number) +
                                    " out of order (expected " + std::to_string(m_trials.size()) +
                                    ")");
    if (trial.state == TrialState::Running ||
        (trial.state == TrialState::Cancelled && trial.resumable)) {
        trial.state = TrialState::Queued;
        trial.history.clear();
        trial.repeatHistories.clear();
        trial.value = Trial::kNaN;
        trial.test = {};  // an interrupted attempt's test metrics do not belong to the rerun
        trial.reason.clear();
        trial.reasonProblem = {};
        trial.divergence = {};
        trial.resumable = false;
    }
    m_curves.push_back(curveOf(trial));
    m_trials.push_back(std::make_shared<const Trial>(std::move(trial)));
}

std::vector<TrialSnapshot> Study::trials() const {
    std::lock_guard lock(m_mutex);
    return m_trials;
}

TrialSnapshot Study::trial(int number) const {
    std::lock_guard lock(m_mutex);
    if (number < 0 || std::size_t(number) >= m_trials.size())
        return nullptr;
    return m_trials[std::size_t(number)];
}

std::size_t Study::size() const {
    std::lock_guard lock(m_mutex);
    return m_trials.size();
}

TrialCounts countTrials(const std::vector<TrialSnapshot>& trials) {
    TrialCounts c;
    for (const auto& t : trials) {
        switch (t->state) {
            case TrialState::Queued:
                ++c.queued;
                break;
            case TrialState::Running:
                ++c.running;
                break;
            case TrialState::Completed:
                ++c.completed;
                break;
            case TrialState::Pruned:
                ++c.pruned;
                break;
            case TrialState::Failed:
                ++c.failed;
                break;
            case TrialState::Cancelled:
                ++c.cancelled;
                break;
        }
    }
    return c;
}

TrialCounts Study::counts() const {
    return countTrials(trials());
}

std::vector<TrialSnapshot> Study::leaderboard() const {
    return rankTrials(trials(), objective());
}

TrialSnapshot Study::bestTrial() const {
    auto top = topK(1);
    return top.empty() ? nullptr : top.front();
}

std::vector<TrialSnapshot> Study::topK(std::size_t k) const {
    std::vector<TrialSnapshot> out;
    for (const auto& t : leaderboard()) {
        if (out.size() >= k || t->state != TrialState::Completed)
            break;
        out.push_back(t);
    }
    return out;
}

}  // namespace hyperlab
