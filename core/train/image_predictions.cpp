#include "train/image_predictions.h"

#include <cmath>

namespace hyperlab {

int ImagePredictions::wrongCount() const {
    int wrongs = 0;
    for (int i = 0; i < int(predicted.size()); ++i)
        wrongs += wrong(i);
    return wrongs;
}

std::size_t ImagePredictions::bytes() const {
    return sizeof(ImagePredictions) + predicted.capacity() * sizeof(int) + confidence.capacity() +
           confusion.counts.capacity() * sizeof(std::int64_t);
}

ImagePredictions imagePredictionsFrom(const Matrix& outputs,
                                      std::shared_ptr<const GalleryImages> images,
                                      ConfusionMatrix confusion, int epoch) {
    ImagePredictions out;
    out.epoch = epoch;
    out.images = std::move(images);
    out.confusion = std::move(confusion);
    out.predicted = predictedClasses(outputs);
    out.confidence.reserve(out.predicted.size());
    for (Eigen::Index j = 0; j < outputs.cols(); ++j) {
        double probability;
        if (outputs.rows() == 1) {
            const double p1 = 1.0 / (1.0 + std::exp(-double(outputs(0, j))));
            probability = out.predicted[std::size_t(j)] == 1 ? p1 : 1.0 - p1;
        } else {
            // Softmax of the winner, shifted by the maximum (the winner
            // itself) so no exponent overflows.
            const double top = double(outputs(out.predicted[std::size_t(j)], j));
            double sum = 0;
            for (Eigen::Index k = 0; k < outputs.rows(); ++k)
                sum += std::exp(double(outputs(k, j)) - top);
            probability = 1.0 / sum;
        }
        if (!std::isfinite(probability))
            probability = 0;  // a diverging network: the run fails after this epoch
        out.confidence.push_back(std::uint8_t(std::lround(probability * 255.0)));
    }
    return out;
}

}  // namespace hyperlab
