#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace hyperlab {

/// Readers for the IDX format of MNIST and Fashion-MNIST
/// (http://yann.lecun.com/exdb/mnist/): a big-endian header
///   magic 0x000008DD (0x08 = unsigned bytes, DD = number of dimensions),
///   DD sizes as uint32,
/// then the bytes, last dimension fastest. Images are 0x00000803
/// (count x rows x cols), labels 0x00000801 (count). Files may be gzipped
/// (recognised by the gzip magic 1f 8b, whatever the file name says).
///
/// Every problem throws InputError on `field` (the config field the path
/// came from) with the path in the message: missing file, wrong magic,
/// truncated data ("expected N bytes, file has M"), corrupt gzip.

/// Magic numbers of the two IDX kinds HyperLab reads.
inline constexpr std::uint32_t kIdxImagesMagic = 0x00000803;
inline constexpr std::uint32_t kIdxLabelsMagic = 0x00000801;

/// Images of an IDX file, sample-major: image i is
/// pixels[i * rows * cols, (i + 1) * rows * cols).
struct IdxImages {
    std::ptrdiff_t count = 0;
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> pixels;
};

/// Number of items the file's header announces (images or labels), reading
/// only the header. Throws like the readers below.
std::ptrdiff_t readIdxCount(const std::string& path, std::uint32_t expectedMagic,
                            const std::string& field);

/// Reads the first `limit` images (all when limit <= 0 or larger than the
/// file).
IdxImages readIdxImages(const std::string& path, std::ptrdiff_t limit = 0,
                        const std::string& field = "dataset.images");

/// Reads the first `limit` labels (all when limit <= 0 or larger than the
/// file), one byte each.
std::vector<int> readIdxLabels(const std::string& path, std::ptrdiff_t limit = 0,
                               const std::string& field = "dataset.labels");

/// An image classification Dataset from an images and a labels file: byte
/// pixels (scaled to [0, 1] per batch by Dataset::gatherInputs), input shape
/// {1, rows, cols}, name = the images file's name. Class names are
/// `classNames` when given (every label must index one), else "0", "1", ...
/// up to the largest label in the labels file. The two files must announce
/// the same count; `limit` > 0 keeps the first `limit` samples.
std::shared_ptr<const Dataset> loadIdxDataset(const std::string& imagesPath,
                                              const std::string& labelsPath,
                                              std::ptrdiff_t limit = 0,
                                              std::vector<std::string> classNames = {});

}  // namespace hyperlab
