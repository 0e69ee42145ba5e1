#include "study/analysis/best_region.h"

#include <algorithm>

#include "study/analysis/ranked_trials.h"

namespace hyperlab {

BestRegion bestRegion(const SearchSpace& space, const std::vector<TrialSnapshot>& ranked,
                      double fraction) {
    BestRegion region;
    region.topTrials = topCount(ranked.size(), fraction);
    for (std::size_t index : varyingDimensions(space)) {
        const Dimension& d = space[index];
        DimensionRegion r;
        r.path = d.path;
        const auto* categorical = d.as<CategoricalDimension>();
        r.numeric = categorical == nullptr;
        std::vector<bool> taken(categorical ? categorical->values.size() : 0, false);
        for (std::size_t i = 0; i < region.topTrials; ++i) {
            const auto it = ranked[i]->params.find(d.path);
            if (it == ranked[i]->params.end()) {
                ++r.inactive;
                continue;
            }
            if (categorical) {
                if (const auto k = categorical->indexOf(it->second))
                    taken[*k] = true;
            } else if (it->second.is_number()) {
                const double x = it->second.get<double>();
                r.low = r.active == 0 ? x : std::min(r.low, x);
                r.high = r.active == 0 ? x : std::max(r.high, x);
            }
            ++r.active;
        }
        for (std::size_t k = 0; k < taken.size(); ++k)
            if (taken[k])
                r.categories.push_back(categorical->values[k]);
        region.dimensions.push_back(std::move(r));
    }
    return region;
}

nlohmann::json bestRegionToJson(const BestRegion& region) {
    nlohmann::json out = nlohmann::json::object();
    for (const DimensionRegion& r : region.dimensions) {
        nlohmann::json entry = nlohmann::json::object();
        if (r.active > 0) {
            if (r.numeric) {
                entry["low"] = r.low;
                entry["high"] = r.high;
            } else {
                entry["values"] = r.categories;
            }
        }
        if (r.inactive > 0)
            entry["inactive"] = r.inactive;
        out[r.path] = std::move(entry);
    }
    return out;
}

}  // namespace hyperlab
