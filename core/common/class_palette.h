#pragma once

#include <array>
#include <cstdint>

namespace hyperlab {

/// The i-th of a set of colours (0xRRGGBB) that stay distinguishable side by
/// side and for common colour-vision deficiencies, cycling: Okabe & Ito
/// (2008) without yellow and black (too faint / too close to the axes), then
/// Tableau 10 colours not already covered. The charts' series and the
/// classes of a decision boundary use the same colours.
inline std::uint32_t paletteRgb(int index) {
    static constexpr std::array<std::uint32_t, 12> colors{
        0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9,
        0x8C564B, 0x7F7F7F, 0xBCBD22, 0x9467BD, 0x17BECF, 0xE15759,
    };
    if (index < 0)
        index = -index;
    return colors[std::size_t(index) % colors.size()];
}

}  // namespace hyperlab
