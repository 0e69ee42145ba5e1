#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/tensor.h"
#include "data/dataset.h"

namespace hyperlab {

/// How many images a gallery tile shows: 4 x 4 still reads at tile size
/// (a 28-pixel image gets about 35 pixels) and covers every class of a
/// ten-class set at least once.
inline constexpr int kGalleryImageCount = 16;

/// The fixed images an image-classification study shows its predictions on,
/// with their pixels, so a viewer needs no access to the dataset.
struct GalleryImages {
    Shape shape;                       ///< of one image (channels x height x width)
    std::vector<int> samples;          ///< dataset indices
    std::vector<int> labels;           ///< true class of each
    std::vector<std::uint8_t> pixels;  ///< sample-major, shape.size() bytes each
    std::vector<std::string> classNames;

    int count() const { return int(samples.size()); }
    const std::uint8_t* image(int i) const {
        return pixels.data() + std::size_t(i) * std::size_t(shape.size());
    }
    std::size_t bytes() const;
};

/// Chooses up to `count` images of the split's test part (its validation part
/// when there is no test part) for a gallery, or null when the data is not an
/// image-classification set (byte pixels, classes).
///
/// Stratified and deterministic: the classes take turns in class order, each
/// giving its next sample in index order, until `count` are chosen; so a
/// ten-class set shows every class once and six of them twice, and every trial
/// on the same split (same dataset config) gets the same images, which keeps
/// its tiles comparable.
std::shared_ptr<const GalleryImages> galleryImagesFor(const DataSplit& split,
                                                      int count = kGalleryImageCount);

}  // namespace hyperlab
