#include "io/png_writer.h"

#include <zlib.h>

#include <cstring>
#include <fstream>

#include "common/errors.h"

namespace hyperlab {

namespace {

void putBigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
    for (int shift : {24, 16, 8, 0})
        out.push_back(std::uint8_t(value >> shift));
}

// A chunk: length, type, data, CRC-32 of type + data (PNG spec, section 5.3).
void putChunk(std::vector<std::uint8_t>& out, const char* type,
              const std::vector<std::uint8_t>& data) {
    putBigEndian(out, std::uint32_t(data.size()));
    const std::size_t typeAt = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    const uLong crc = crc32(0L, out.data() + typeAt, uInt(out.size() - typeAt));
    putBigEndian(out, std::uint32_t(crc));
}

}  // namespace

std::vector<std::uint8_t> encodePng(int width, int height, const std::vector<std::uint8_t>& rgb) {
    if (width <= 0 || height <= 0 || rgb.size() != std::size_t(width) * std::size_t(height) * 3)
        throw InputError("image", "the pixels do not match the size " + std::to_string(width) +
                                      " x " + std::to_string(height));
    // Every row starts with filter byte 0 (none).
    const std::size_t stride = std::size_t(width) * 3;
    std::vector<std::uint8_t> raw;
    raw.reserve((stride + 1) * std::size_t(height));
    for (int y = 0; y < height; ++y) {
        raw.push_back(0);
        raw.insert(raw.end(), rgb.begin() + std::ptrdiff_t(stride * y),
                   rgb.begin() + std::ptrdiff_t(stride * (y + 1)));
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::vector<std::uint8_t> packed(packedSize);
    if (compress2(packed.data(), &packedSize, raw.data(), uLong(raw.size()), 9) != Z_OK)
        throw InputError("image", "compression failed");
    packed.resize(packedSize);

    std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<std::uint8_t> header;
    putBigEndian(header, std::uint32_t(width));
    putBigEndian(header, std::uint32_t(height));
    header.insert(header.end(),
                  {8, 2, 0, 0, 0});  // 8-bit, RGB, deflate, no filter set, no interlace
    putChunk(png, "IHDR", header);
    putChunk(png, "IDAT", packed);
    putChunk(png, "IEND", {});
    return png;
}

void writePng(const std::string& path, int width, int height,
              const std::vector<std::uint8_t>& rgb) {
    const std::vector<std::uint8_t> png = encodePng(width, height, rgb);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (file)
        file.write(reinterpret_cast<const char*>(png.data()), std::streamsize(png.size()));
    if (!file || !file.flush())
        throw InputError(path,
                         "cannot write the image (" + std::string(std::strerror(errno)) + ")");
}

}  // namespace hyperlab
