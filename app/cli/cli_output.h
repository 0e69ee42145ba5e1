#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "train/training_result.h"

namespace hyperlab::cli {

/// A number for JSON output: NaN and infinities become null (JSON has no NaN).
nlohmann::json number(double value);

nlohmann::json epochEvent(const EpochMetrics& m, bool classification);
nlohmann::json resultEvent(const TrainingResult& r);

/// Human-readable per-epoch table.
class EpochTable {
public:
    EpochTable(std::ostream& out, bool classification)
        : m_out(out), m_classification(classification) {}
    void header();
    void row(const EpochMetrics& m);
    void result(const TrainingResult& r);

private:
    std::ostream& m_out;
    bool m_classification;
};

}  // namespace hyperlab::cli
