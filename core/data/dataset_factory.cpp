#include "data/dataset_factory.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "common/errors.h"
#include "data/csv_reader.h"
#include "data/fashion_mnist.h"
#include "data/generators/circle.h"
#include "data/generators/gaussians.h"
#include "data/generators/moons.h"
#include "data/generators/plane.h"
#include "data/generators/sine.h"
#include "data/generators/spiral.h"
#include "data/generators/xor.h"
#include "data/idx_reader.h"

namespace hyperlab {
namespace {

using Loader = std::function<std::shared_ptr<const Dataset>(const DatasetConfig&)>;
using Generator = std::shared_ptr<const Dataset> (*)(int, double, std::uint64_t);

Loader generated(Generator generator) {
    return [generator](const DatasetConfig& config) {
        const int samples =
            config.limit > 0 ? std::min(config.samples, config.limit) : config.samples;
        return generator(samples, config.noise, config.seed);
    };
}

std::string requirePath(const std::string& value, const char* field, const char* what) {
    if (value.empty())
        throw InputError(field, std::string("no ") + what + " file given");
    return value;
}

/// A vector rather than a map: the order is the one users see.
const std::vector<std::pair<std::string, Loader>>& loaders() {
    static const std::vector<std::pair<std::string, Loader>> table{
        {"circle", generated(&makeCircleDataset)},
        {"xor", generated(&makeXorDataset)},
        {"gaussians", generated(&makeGaussiansDataset)},
        {"spiral", generated(&makeSpiralDataset)},
        {"moons", generated(&makeMoonsDataset)},
        {"plane", generated(&makePlaneDataset)},
        {"sine", generated(&makeSineDataset)},
        {"fashion-mnist",
         [](const DatasetConfig& config) { return loadFashionMnist(config.path, config.limit); }},
        {"idx",
         [](const DatasetConfig& config) {
             // Two statements: argument evaluation order would make the
             // error about a missing file depend on the compiler.
             const std::string images = requirePath(config.images, "dataset.images", "IDX images");
             const std::string labels = requirePath(config.labels, "dataset.labels", "IDX labels");
             return loadIdxDataset(images, labels, config.limit);
         }},
        {"csv",
         [](const DatasetConfig& config) {
             CsvOptions options;
             options.labelColumn = config.labelColumn;
             options.task = config.csvTask;
             options.limit = config.limit;
             return loadCsvDataset(requirePath(config.path, "dataset.path", "CSV"), options);
         }},
    };
    return table;
}

}  // namespace

std::vector<std::string> datasetNames() {
    std::vector<std::string> names;
    for (const auto& [name, _] : loaders())
        names.push_back(name);
    return names;
}

bool isImageDatasetName(const std::string& name) {
    return name == "fashion-mnist" || name == "idx";
}

std::shared_ptr<const Dataset> loadDataset(const DatasetConfig& config) {
    if (config.limit < 0)
        throw InputError("dataset.limit", "must be 0 (all samples) or positive, got " +
                                              std::to_string(config.limit));
    for (const auto& [name, loader] : loaders())
        if (name == config.name)
            return loader(config);
    std::string allowed;
    for (const auto& name : datasetNames())
        allowed += (allowed.empty() ? "" : ", ") + name;
    throw InputError("dataset.name",
                     problem(ProblemCode::UnknownName, {"value", config.name, allowed}));
}

}  // namespace hyperlab
