#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hyperlab {

/// A PNG file (8-bit RGB, no interlace, zlib-compressed) of a raster whose
/// rows run top to bottom, 3 bytes per pixel: written with zlib alone, so
/// the command-line tool needs no image library.
std::vector<std::uint8_t> encodePng(int width, int height, const std::vector<std::uint8_t>& rgb);

/// encodePng to a file; throws InputError naming `path` when it cannot be
/// written.
void writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgb);

}  // namespace hyperlab
