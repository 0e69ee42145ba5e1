#include "data/fashion_mnist.h"

#include <cmath>
#include <filesystem>

#include "common/errors.h"
#include "data/idx_reader.h"

namespace hyperlab {
namespace {

namespace fs = std::filesystem;

const char* const kField = "dataset.path";
const char* const kInstallHint =
    "install it with \"apt-get install dataset-fashion-mnist\" (it goes to "
    "/usr/share/datasets/fashion-mnist) or set dataset.path to a directory with the four "
    "IDX files";

/// The file `base` or `base`.gz in `directory` (gzip preferred, as
/// distributed); empty when neither exists.
std::string findFile(const std::string& directory, const std::string& base) {
    std::error_code error;
    for (const std::string& name : {base + ".gz", base}) {
        const fs::path path = fs::path(directory) / name;
        if (fs::is_regular_file(path, error))
            return path.string();
    }
    return {};
}

struct PartFiles {
    std::string images;
    std::string labels;
};

PartFiles findPart(const std::string& directory, const std::string& part,
                   std::vector<std::string>* missing) {
    PartFiles files{findFile(directory, part + "-images-idx3-ubyte"),
                    findFile(directory, part + "-labels-idx1-ubyte")};
    if (missing != nullptr) {
        if (files.images.empty())
            missing->push_back(part + "-images-idx3-ubyte[.gz]");
        if (files.labels.empty())
            missing->push_back(part + "-labels-idx1-ubyte[.gz]");
    }
    return files;
}

std::ptrdiff_t checkedCount(const PartFiles& files) {
    const std::ptrdiff_t images = readIdxCount(files.images, kIdxImagesMagic, kField);
    const std::ptrdiff_t labels = readIdxCount(files.labels, kIdxLabelsMagic, kField);
    if (images != labels)
        throw InputError(kField, "count mismatch: \"" + files.images + "\" has " +
                                     std::to_string(images) + " images but \"" + files.labels +
                                     "\" has " + std::to_string(labels) + " labels");
    return images;
}

}  // namespace

const std::vector<std::string>& fashionMnistClassNames() {
    static const std::vector<std::string> names{"T-shirt/top", "Trouser",   "Pullover", "Dress",
                                                "Coat",        "Sandal",    "Shirt",    "Sneaker",
                                                "Bag",         "Ankle boot"};
    return names;
}

bool fashionMnistAvailable(const std::string& directory) {
    std::vector<std::string> missing;
    findPart(directory, "train", &missing);
    findPart(directory, "t10k", &missing);
    return missing.empty();
}

std::shared_ptr<const Dataset> loadFashionMnist(const std::string& directoryArgument,
                                                std::ptrdiff_t limit) {
    const std::string directory =
        directoryArgument.empty() ? std::string(kFashionMnistDefaultPath) : directoryArgument;
    std::error_code error;
    if (!fs::is_directory(directory, error))
        throw InputError(kField, "Fashion-MNIST directory \"" + directory + "\" does not exist; " +
                                     kInstallHint);
    std::vector<std::string> missing;
    const PartFiles train = findPart(directory, "train", &missing);
    const PartFiles test = findPart(directory, "t10k", &missing);
    if (!missing.empty()) {
        std::string list;
        for (const auto& name : missing)
            list += (list.empty() ? "" : ", ") + name;
        throw InputError(kField, "Fashion-MNIST files missing in \"" + directory + "\": " + list +
                                     "; " + kInstallHint);
    }

    const std::ptrdiff_t trainTotal = checkedCount(train);
    const std::ptrdiff_t testTotal = checkedCount(test);
    std::ptrdiff_t trainKeep = trainTotal, testKeep = testTotal;
    if (limit > 0 && limit < trainTotal + testTotal) {
        trainKeep =
            std::llround(double(limit) * double(trainTotal) / double(trainTotal + testTotal));
        testKeep = limit - trainKeep;
    }

    IdxImages trainImages = readIdxImages(train.images, trainKeep, kField);
    std::vector<int> labels = readIdxLabels(train.labels, trainKeep, kField);
    IdxImages testImages;
    std::vector<int> testLabels;
    if (testKeep > 0) {
        testImages = readIdxImages(test.images, testKeep, kField);
        testLabels = readIdxLabels(test.labels, testKeep, kField);
        if (testImages.rows != trainImages.rows || testImages.cols != trainImages.cols)
            throw InputError(
                kField, "\"" + test.images + "\" holds " + std::to_string(testImages.rows) + "x" +
                            std::to_string(testImages.cols) + " images but \"" + train.images +
                            "\" holds " + std::to_string(trainImages.rows) + "x" +
                            std::to_string(trainImages.cols));
    }

    const int classes = int(fashionMnistClassNames().size());
    labels.insert(labels.end(), testLabels.begin(), testLabels.end());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= classes)
            throw InputError(kField, "Fashion-MNIST label " + std::to_string(labels[i]) +
                                         " at sample " + std::to_string(i) +
                                         " is out of range (allowed: 0-9)");
    }

    auto data = std::make_shared<Dataset>();
    data->name = "fashion-mnist";
    data->task = Task::Classification;
    data->inputShape = Shape{1, trainImages.rows, trainImages.cols};
    data->classNames = fashionMnistClassNames();
    data->pixels = std::move(trainImages.pixels);
    data->pixels.insert(data->pixels.end(), testImages.pixels.begin(), testImages.pixels.end());
    data->labels = std::move(labels);
    data->predefinedTestBegin = trainKeep;
    return data;
}

}  // namespace hyperlab
