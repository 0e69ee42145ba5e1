#pragma once

#include <cstdint>
#include <random>

namespace hyperlab {

/// The one random engine type of the project. Every component that needs
/// randomness takes a Random& explicitly; there is no global generator.
///
/// std::mt19937_64 is specified bit for bit by the standard, but the standard
/// distributions are not, so the helpers below derive uniform and normal
/// numbers from the raw bits themselves: results are identical with every
/// standard library.
class Random {
public:
    explicit Random(std::uint64_t seed = 0) : m_engine(seed) {}

    /// Seed derived from a parent seed and a stream number (trial, epoch...),
    /// mixed with splitmix64 so neighbouring streams are uncorrelated.
    static std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t nextU64() { return m_engine(); }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n);
    /// Standard normal (Box-Muller, no cached second value: simpler state).
    double normal();
    double normal(double mean, double stddev) { return mean + stddev * normal(); }

    /// Fisher-Yates shuffle of a random-access container.
    template <typename Container>
    void shuffle(Container& c) {
        for (std::size_t i = c.size(); i > 1; --i) {
            std::size_t j = below(i);
            std::swap(c[i - 1], c[j]);
        }
    }

private:
    std::mt19937_64 m_engine;
};

}  // namespace hyperlab
