#include "train/gallery_images.h"

#include <algorithm>

namespace hyperlab {

std::size_t GalleryImages::bytes() const {
    std::size_t total = sizeof(GalleryImages) + pixels.capacity() +
                        (samples.capacity() + labels.capacity()) * sizeof(int);
    for (const std::string& name : classNames)
        total += sizeof(std::string) + name.capacity();
    return total;
}

std::shared_ptr<const GalleryImages> galleryImagesFor(const DataSplit& split, int count) {
    if (!split.data)
        return nullptr;
    const Dataset& data = *split.data;
    if (data.pixels.empty() || data.task != Task::Classification || data.classCount() < 1 ||
        count < 1)
        return nullptr;
    std::vector<int> pool = split.test.empty() ? split.validation : split.test;
    std::sort(pool.begin(), pool.end());
    std::vector<std::vector<int>> byClass(std::size_t(data.classCount()));
    for (int index : pool)
        byClass[std::size_t(data.labels[std::size_t(index)])].push_back(index);

    auto images = std::make_shared<GalleryImages>();
    images->shape = data.inputShape;
    images->classNames = data.classNames;
    const std::size_t size = std::size_t(data.inputShape.size());
    for (std::size_t turn = 0; images->count() < count; ++turn) {
        bool any = false;
        for (std::size_t c = 0; c < byClass.size() && images->count() < count; ++c) {
            if (turn >= byClass[c].size())
                continue;
            any = true;
            const int index = byClass[c][turn];
            images->samples.push_back(index);
            images->labels.push_back(int(c));
            const std::uint8_t* src = data.pixels.data() + std::size_t(index) * size;
            images->pixels.insert(images->pixels.end(), src, src + size);
        }
        if (!any)
            break;  // fewer samples than `count`
    }
    if (images->samples.empty())
        return nullptr;
    return images;
}

}  // namespace hyperlab
