#pragma once

#include "search/samplers/sampler_settings.h"

namespace hyperlab {

/// Sampler settings with every field a strategy key sets away from its
/// default (and inside the Search setup's widget ranges), for round trips.
inline SamplerSettings everyFieldChanged() {
    SamplerSettings s;
    s.pointsPerDimension = 7;
    s.shuffle = true;
    s.maxGridSize = 5000;
    s.allowLargeGrid = true;
    s.scramble = false;
    s.initialTrials = 8;
    s.candidates = 300;
    s.refineStarts = 3;
    s.fitRestarts = 4;
    s.fitIterations = 90;
    s.minDistance = 0.01;
    s.tpeStartupTrials = 6;
    s.tpeCandidates = 48;
    s.tpeGamma = 0.3;
    s.tpeMaxGood = 12;
    s.constantLiar = false;
    return s;
}

}  // namespace hyperlab
