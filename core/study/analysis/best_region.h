#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/search_space.h"
#include "study/model/trial.h"

namespace hyperlab {

/// Where the best trials lie along one dimension.
struct DimensionRegion {
    std::string path;
    bool numeric = false;                    ///< float or int: low/high; categorical: categories
    double low = 0.0, high = 0.0;            ///< the range the top trials span (numeric)
    std::vector<nlohmann::json> categories;  ///< the choices the top trials took, in space order
    int active = 0;                          ///< top trials where the dimension was active
    int inactive = 0;                        ///< top trials where a condition switched it off
};

/// The best region of a study: per varying dimension, the range (numeric)
/// or the set of choices (categorical) spanned by the best `fraction` of the
/// completed trials (at least one trial).
struct BestRegion {
    std::size_t topTrials = 0;
    std::vector<DimensionRegion> dimensions;  ///< varyingDimensions() order
};

/// `ranked`: completed trials best first (rankCompletedTrials). An empty
/// `ranked` gives an empty region (topTrials 0).
BestRegion bestRegion(const SearchSpace& space, const std::vector<TrialSnapshot>& ranked,
                      double fraction = 0.1);

/// {"training.learning_rate": {"low": ..., "high": ...}, "training.optimizer":
/// {"values": ["adam"]}, ...}; a dimension off in some top trials also has
/// "inactive": n.
nlohmann::json bestRegionToJson(const BestRegion& region);

}  // namespace hyperlab
