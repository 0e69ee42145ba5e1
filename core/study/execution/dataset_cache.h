#pragma once

#include <cstddef>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <vector>

#include "data/dataset.h"
#include "train/run_config.h"

namespace hyperlab {

/// Loads each distinct dataset (and its train/validation/test split) once
/// and shares it between trials through shared_ptr, so a study's memory does
/// not grow with its number of trials. Keyed by the whole DatasetConfig (the
/// split depends on its fractions and seed). Holds at most `capacity` entries
/// (least recently used goes first; trials still using it keep it alive).
/// Thread-safe: concurrent requests for the same config wait for one load.
class DatasetCache {
public:
    /// Loads and splits one dataset; the default is loadDataset + splitDataset.
    using Loader = std::function<std::shared_ptr<const DataSplit>(const DatasetConfig&)>;

    explicit DatasetCache(std::size_t capacity = 4, Loader loader = {});

    /// The split for `config`, loading and splitting on first use. Throws
    /// what loadDataset / splitDataset throw (and again on later calls for
    /// the same config, without reloading).
    std::shared_ptr<const DataSplit> get(const DatasetConfig& config);

    /// How many times a dataset was actually loaded (tests, benchmark).
    std::size_t loads() const;
    std::size_t size() const;

private:
    struct Entry {
        DatasetConfig config;
        std::shared_future<std::shared_ptr<const DataSplit>> split;
        std::uint64_t lastUse = 0;
    };

    std::size_t m_capacity;
    Loader m_loader;
    mutable std::mutex m_mutex;
    std::vector<Entry> m_entries;
    std::uint64_t m_clock = 0;
    std::size_t m_loads = 0;
};

}  // namespace hyperlab
