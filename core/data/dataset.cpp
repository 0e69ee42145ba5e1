#include "data/dataset.h"

namespace hyperlab {

std::ptrdiff_t Dataset::sampleCount() const {
    if (!pixels.empty())
        return std::ptrdiff_t(pixels.size()) / inputShape.size();
    return features.cols();
}

void Dataset::gatherInputs(const int* indices, std::ptrdiff_t count, Matrix& out) const {
    const int size = inputShape.size();
    out.resize(size, count);
    if (!pixels.empty()) {
        constexpr Scalar scale = Scalar(1) / Scalar(255);
        for (std::ptrdiff_t j = 0; j < count; ++j) {
            const std::uint8_t* src = pixels.data() + std::ptrdiff_t(indices[j]) * size;
            Scalar* dst = out.col(j).data();
            for (int i = 0; i < size; ++i)
                dst[i] = Scalar(src[i]) * scale;
        }
    } else {
        for (std::ptrdiff_t j = 0; j < count; ++j)
            out.col(j) = features.col(indices[j]);
    }
}

}  // namespace hyperlab
