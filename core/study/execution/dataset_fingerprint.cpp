#include "study/execution/dataset_fingerprint.h"

#include <cstdint>
#include <cstdio>

#include "data/dataset_factory.h"
#include "io/config_json.h"

namespace hyperlab {

namespace {

class Fnv1a {
public:
    void add(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            m_hash ^= bytes[i];
            m_hash *= 0x100000001b3ULL;
        }
    }
    template <typename T>
    void addValue(const T& value) {
        add(&value, sizeof value);
    }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

}  // namespace

std::string datasetFingerprint(const Dataset& data) {
    Fnv1a hash;
    hash.addValue(int(data.task));
    hash.addValue(data.inputShape.channels);
    hash.addValue(data.inputShape.height);
    hash.addValue(data.inputShape.width);
    hash.add(data.features.data(), std::size_t(data.features.size()) * sizeof(Scalar));
    hash.add(data.pixels.data(), data.pixels.size());
    hash.add(data.labels.data(), data.labels.size() * sizeof(int));
    hash.add(data.targets.data(), std::size_t(data.targets.size()) * sizeof(Scalar));
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.value()));
    return "samples:" + std::to_string(data.sampleCount()) + " fnv1a64:" + hex;
}

std::string studyDatasetFingerprint(const StudyDefinition& definition) {
    if (definition.isFunction())
        return "function";
    return datasetFingerprint(*loadDataset(runConfigFromJson(definition.base).dataset));
}

}  // namespace hyperlab
