#include "search/samplers/tpe_sampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "search/samplers/parzen_estimator.h"
#include "search/transform.h"

namespace hyperlab {

using nlohmann::json;

TpeSampler::TpeSampler(const SamplerSettings& settings) : m_settings(settings) {}

std::optional<Params> TpeSampler::suggest(const SearchSpace& space,
                                          const std::vector<FinishedTrial>& history,
                                          const std::vector<Params>& pending, Random& rng) {
    const UnitCubeTransform transform(space);
    auto completed = completedTrials(history);
    if (completed.size() < static_cast<std::size_t>(std::max(m_settings.tpeStartupTrials, 1))) {
        std::vector<double> u(space.size());
        for (auto& x : u)
            x = rng.uniform();
        return transform.fromUniform(u);
    }
    std::stable_sort(
        completed.begin(), completed.end(),
        [](const FinishedTrial* a, const FinishedTrial* b) { return a->value < b->value; });
    const auto n = static_cast<double>(completed.size());
    const std::size_t goodCount =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::ceil(m_settings.tpeGamma * n)), 1,
                                static_cast<std::size_t>(m_settings.tpeMaxGood));
    std::vector<const Params*> good, bad;
    for (std::size_t i = 0; i < completed.size(); ++i)
        (i < goodCount ? good : bad).push_back(&completed[i]->params);
    if (m_settings.constantLiar)
        for (const auto& p : pending)
            bad.push_back(&p);

    return space.resolve([&](std::size_t index) -> json {
        const Dimension& d = space[index];
        if (auto c = d.as<CategoricalDimension>()) {
            auto indices = [&](const std::vector<const Params*>& trials) {
                std::vector<std::size_t> out;
                for (const Params* p : trials) {
                    auto it = p->find(d.path);
                    if (it == p->end())
                        continue;
                    if (auto k = c->indexOf(it->second))
                        out.push_back(*k);
                }
                return out;
            };
            const CategoricalParzenEstimator l(c->values.size(), indices(good));
            const CategoricalParzenEstimator g(c->values.size(), indices(bad));
            std::size_t bestChoice = 0;
            double bestScore = -std::numeric_limits<double>::infinity();
            for (int k = 0; k < m_settings.tpeCandidates; ++k) {
                const std::size_t choice = l.sample(rng);
                const double score = l.logPdf(choice) - g.logPdf(choice);
                if (score > bestScore) {
                    bestScore = score;
                    bestChoice = choice;
                }
            }
            return c->values[bestChoice];
        }
        auto coordinates = [&](const std::vector<const Params*>& trials) {
            std::vector<double> out;
            for (const Params* p : trials) {
                auto it = p->find(d.path);
                if (it != p->end() && d.contains(it->second))
                    out.push_back(UnitCubeTransform::uniformOf(d, it->second));
            }
            return out;
        };
        const ParzenEstimator l(coordinates(good));
        const ParzenEstimator g(coordinates(bad));
        double bestU = 0.5;
        double bestScore = -std::numeric_limits<double>::infinity();
        for (int k = 0; k < m_settings.tpeCandidates; ++k) {
            const double u = l.sample(rng);
            const double score = l.logPdf(u) - g.logPdf(u);
            if (score > bestScore) {
                bestScore = score;
                bestU = u;
            }
        }
        return UnitCubeTransform::valueAt(d, bestU);
    });
}

}  // namespace hyperlab
