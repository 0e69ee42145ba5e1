#include "study/execution/dataset_cache.h"

#include <algorithm>

#include "data/dataset_factory.h"
#include "data/split.h"

namespace hyperlab {

DatasetCache::DatasetCache(std::size_t capacity, Loader loader)
    : m_capacity(capacity), m_loader(std::move(loader)) {
    if (!m_loader)
        m_loader = [](const DatasetConfig& config) {
            auto data = loadDataset(config);
            return std::make_shared<const DataSplit>(
                splitDataset(data, config.testFraction, config.validationFraction, config.seed));
        };
}

std::shared_ptr<const DataSplit> DatasetCache::get(const DatasetConfig& config) {
    std::promise<std::shared_ptr<const DataSplit>> promise;
    std::shared_future<std::shared_ptr<const DataSplit>> future;
    bool loadHere = false;
    {
        std::lock_guard lock(m_mutex);
        ++m_clock;
        for (Entry& e : m_entries)
            if (e.config == config) {
                e.lastUse = m_clock;
                future = e.split;
                break;
            }
        if (!future.valid()) {
            if (m_entries.size() >= std::max<std::size_t>(m_capacity, 1)) {
                auto oldest = std::min_element(
                    m_entries.begin(), m_entries.end(),
                    [](const Entry& a, const Entry& b) { return a.lastUse < b.lastUse; });
                m_entries.erase(oldest);
            }
            future = promise.get_future().share();
            m_entries.push_back({config, future, m_clock});
            ++m_loads;
            loadHere = true;
        }
    }
    // Loading and waiting both happen outside the lock: a slow load delays
    // only the callers that want the same dataset.
    if (loadHere) {
        try {
            promise.set_value(m_loader(config));
        } catch (...) {
            promise.set_exception(std::current_exception());
        }
    }
    return future.get();
}

std::size_t DatasetCache::loads() const {
    std::lock_guard lock(m_mutex);
    return m_loads;
}

std::size_t DatasetCache::size() const {
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

}  // namespace hyperlab
