#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "common/tensor.h"
#include "train/confusion_matrix.h"
#include "train/gallery_images.h"
#include "train/snapshot_history.h"

namespace hyperlab {

/// What an image classifier made of a study's gallery images and of its
/// validation split at the end of one epoch: the gallery tile of an
/// image-dataset trial (in place of a decision boundary).
///
/// The confusion matrix is on the validation split, not the test split:
/// validation is already evaluated after every epoch (so its predictions
/// cost only an arg max each), and looking at test results epoch after epoch
/// would turn the test split into a second validation split.
struct ImagePredictions {
    int epoch = 0;
    std::shared_ptr<const GalleryImages> images;  ///< shared by all epochs of a study
    std::vector<int> predicted;                   ///< class per image
    std::vector<std::uint8_t> confidence;         ///< its probability x 255, rounded
    ConfusionMatrix confusion;                    ///< validation split

    bool wrong(int i) const { return predicted[std::size_t(i)] != images->labels[std::size_t(i)]; }
    int wrongCount() const;
    /// Bytes of this epoch's own data (the shared images are not counted).
    std::size_t bytes() const;
};

/// The image predictions of one epoch from the network's outputs on
/// `images->samples` (one column each: class logits, or one binary logit):
/// the arg max (as predictedClasses) and its softmax / sigmoid probability.
ImagePredictions imagePredictionsFrom(const Matrix& outputs,
                                      std::shared_ptr<const GalleryImages> images,
                                      ConfusionMatrix confusion, int epoch);

/// How many image-prediction snapshots a trial keeps: as many as boundary
/// snapshots, so both replay alike. With ten classes one snapshot is under
/// 1.1 KiB (16 predictions, a 10 x 10 matrix of 8-byte counts), so a trial
/// holds under 27 KiB plus its share of the images (16 x 784 bytes).
inline constexpr std::size_t kImagePredictionHistoryCapacity = 24;

/// The image predictions of one run, thinned as SnapshotHistory describes.
class ImagePredictionHistory : public SnapshotHistory<ImagePredictions> {
public:
    explicit ImagePredictionHistory(std::size_t capacity = kImagePredictionHistoryCapacity)
        : SnapshotHistory(capacity) {}
};

}  // namespace hyperlab
