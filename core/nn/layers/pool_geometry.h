#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>

#include "common/tensor.h"

namespace hyperlab::detail {

/// Output shape of an unpadded square pooling window, shared by the max and
/// average pooling layers. Throws std::invalid_argument when it does not fit.
inline Shape pooledShape(const char* layer, Shape input, int pool, int stride) {
    if (pool < 1 || stride < 1)
        throw std::invalid_argument(std::string(layer) + ": pool size and stride must be >= 1");
    if (pool > input.height || pool > input.width)
        throw std::invalid_argument(std::string(layer) + ": pool " + std::to_string(pool) +
                                    " does not fit a " + std::to_string(input.height) + "x" +
                                    std::to_string(input.width) + " input");
    return {input.channels, (input.height - pool) / stride + 1, (input.width - pool) / stride + 1};
}

/// Samples per parallel chunk for cheap per-sample layers; depends only on
/// the batch size so chunking (and results) never depend on the thread count.
inline std::ptrdiff_t sampleGrain(Eigen::Index batch, Eigen::Index valuesPerSample) {
    const Eigen::Index target = 16384;  // values per chunk worth a task
    const Eigen::Index grain =
        std::max<Eigen::Index>(1, target / std::max<Eigen::Index>(1, valuesPerSample));
    return std::ptrdiff_t(std::max<Eigen::Index>(grain, (batch + 15) / 16));
}

}  // namespace hyperlab::detail
