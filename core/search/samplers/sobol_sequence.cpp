#include "search/samplers/sobol_sequence.h"

#include <bit>
#include <stdexcept>
#include <string>

#include "common/random.h"

namespace hyperlab {

namespace {

// One row of new-joe-kuo-6.21201 for dimensions 2..32: degree s of the
// primitive polynomial, its coefficients a (bits), and the initial direction
// integers m_1..m_s (the table's published values; dimension 1 needs none).
struct JoeKuoRow {
    int s;
    std::uint32_t a;
    std::array<std::uint32_t, 7> m;
};

constexpr std::array<JoeKuoRow, 31> kJoeKuo{{
    {1, 0, {1}},
    {2, 1, {1, 3}},
    {3, 1, {1, 3, 1}},
    {3, 2, {1, 1, 1}},
    {4, 1, {1, 1, 3, 3}},
    {4, 4, {1, 3, 5, 13}},
    {5, 2, {1, 1, 5, 5, 17}},
    {5, 4, {1, 1, 5, 5, 5}},
    {5, 7, {1, 1, 7, 11, 19}},
    {5, 11, {1, 1, 5, 1, 1}},
    {5, 13, {1, 1, 1, 3, 11}},
    {5, 14, {1, 3, 5, 5, 31}},
    {6, 1, {1, 3, 3, 9, 7, 49}},
    {6, 13, {1, 1, 1, 15, 21, 21}},
    {6, 16, {1, 3, 1, 13, 27, 49}},
    {6, 19, {1, 1, 1, 15, 7, 5}},
    {6, 22, {1, 3, 1, 15, 13, 25}},
    {6, 25, {1, 1, 5, 5, 19, 61}},
    {7, 1, {1, 3, 7, 11, 23, 15, 103}},
    {7, 4, {1, 3, 7, 13, 13, 15, 69}},
    {7, 7, {1, 1, 3, 13, 7, 35, 63}},
    {7, 8, {1, 3, 5, 9, 1, 25, 53}},
    {7, 14, {1, 3, 1, 13, 9, 35, 107}},
    {7, 19, {1, 3, 1, 5, 27, 61, 31}},
    {7, 21, {1, 1, 5, 11, 19, 41, 61}},
    {7, 28, {1, 3, 5, 3, 3, 13, 69}},
    {7, 31, {1, 1, 7, 13, 1, 19, 1}},
    {7, 32, {1, 3, 7, 5, 13, 19, 59}},
    {7, 37, {1, 1, 3, 9, 25, 29, 41}},
    {7, 41, {1, 3, 5, 13, 23, 1, 55}},
    {7, 42, {1, 3, 7, 3, 13, 59, 17}},
}};

// Applies a lower-triangular binary matrix (rows[r] = which input digits feed
// output digit r, digit 0 being the most significant bit) to a 32-bit fraction.
std::uint32_t applyMatrix(const std::array<std::uint32_t, 32>& rows, std::uint32_t v) {
    std::uint32_t out = 0;
    for (int r = 0; r < 32; ++r)
        if (std::popcount(rows[static_cast<std::size_t>(r)] & v) & 1)
            out |= 1u << (31 - r);
    return out;
}

}  // namespace

SobolSequence::SobolSequence(std::size_t dimensions, bool scramble, std::uint64_t seed) {
    if (dimensions > kMaxDimensions)
        throw std::invalid_argument("Sobol sequence: at most " + std::to_string(kMaxDimensions) +
                                    " dimensions, asked for " + std::to_string(dimensions));
    m_directions.resize(dimensions);
    m_shift.assign(dimensions, 0u);
    for (std::size_t j = 0; j < dimensions; ++j) {
        auto& v = m_directions[j];
        if (j == 0) {
            for (int k = 0; k < kBits; ++k)
                v[static_cast<std::size_t>(k)] = 1u << (31 - k);
            continue;
        }
        const JoeKuoRow& row = kJoeKuo[j - 1];
        const int s = row.s;
        // v[k] holds V_{k+1} = m_{k+1} / 2^{k+1} as a 32-bit fraction.
        for (int k = 0; k < s && k < kBits; ++k)
            v[static_cast<std::size_t>(k)] = row.m[static_cast<std::size_t>(k)] << (31 - k);
        for (int k = s; k < kBits; ++k) {
            std::uint32_t x = v[static_cast<std::size_t>(k - s)];
            x ^= x >> s;
            for (int i = 1; i < s; ++i)
                if ((row.a >> (s - 1 - i)) & 1u)
                    x ^= v[static_cast<std::size_t>(k - i)];
            v[static_cast<std::size_t>(k)] = x;
        }
    }
    if (!scramble)
        return;
    Random rng(seed);
    for (std::size_t j = 0; j < dimensions; ++j) {
        std::array<std::uint32_t, 32> rows{};
        for (int r = 0; r < 32; ++r) {
            const std::uint32_t above = r == 0 ? 0u : ~0u << (32 - r);
            rows[static_cast<std::size_t>(r)] =
                (static_cast<std::uint32_t>(rng.nextU64() >> 32) & above) | (1u << (31 - r));
        }
        for (auto& d : m_directions[j])
            d = applyMatrix(rows, d);
        m_shift[j] = static_cast<std::uint32_t>(rng.nextU64() >> 32);
    }
}

void SobolSequence::point(std::uint64_t index, std::span<double> out) const {
    const std::uint64_t gray = index ^ (index >> 1);
    for (std::size_t j = 0; j < m_directions.size(); ++j) {
        std::uint32_t x = m_shift[j];
        for (int b = 0; b < kBits; ++b)
            if ((gray >> b) & 1u)
                x ^= m_directions[j][static_cast<std::size_t>(b)];
        out[j] = static_cast<double>(x) * 0x1.0p-32;
    }
}

std::vector<double> SobolSequence::point(std::uint64_t index) const {
    std::vector<double> out(dimensions());
    point(index, out);
    return out;
}

}  // namespace hyperlab
