#pragma once

#include "search/pruners/pruner.h"

namespace hyperlab {

/// "none": every trial runs all its epochs.
class NopPruner : public Pruner {
public:
    std::string name() const override { return "none"; }
    bool shouldPrune(const PrunerTrial&, const std::vector<PrunerTrial>&) const override {
        return false;
    }
};

}  // namespace hyperlab
