#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace hyperlab {

/// Sobol' low-discrepancy points in [0, 1)^d with the direction numbers of
/// Joe and Kuo, "Constructing Sobol sequences with better two-dimensional
/// projections", SIAM J. Sci. Comput. 30 (2008), table new-joe-kuo-6.21201,
/// for up to kMaxDimensions dimensions, at 32-bit resolution.
///
/// Points are generated in Gray-code order, so the first 2^m points form a
/// (t, m, d)-net: e.g. in 2-D, each of the 2^m boxes [i/2^a, (i+1)/2^a) x
/// [j/2^b, (j+1)/2^b) with a + b = m holds exactly one point.
///
/// Scrambling (optional, seeded) is Matousek's random linear matrix scramble
/// followed by a random digital shift ("On the L2-discrepancy for anchored
/// boxes", J. Complexity 14, 1998), as in SciPy's qmc.Sobol: it removes the
/// all-zero first point and the regular lattice look while keeping the net
/// property.
class SobolSequence {
public:
    static constexpr std::size_t kMaxDimensions = 32;
    static constexpr int kBits = 32;

    /// Throws std::invalid_argument when dimensions > kMaxDimensions.
    SobolSequence(std::size_t dimensions, bool scramble, std::uint64_t seed);

    std::size_t dimensions() const { return m_directions.size(); }
    /// Point number `index` (index < 2^32), written to out[0..dimensions()).
    void point(std::uint64_t index, std::span<double> out) const;
    std::vector<double> point(std::uint64_t index) const;

private:
    std::vector<std::array<std::uint32_t, kBits>> m_directions;
    std::vector<std::uint32_t> m_shift;
};

}  // namespace hyperlab
