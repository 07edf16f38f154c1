#pragma once

#include <cstdint>

namespace settle::bench {

// Our own generator instead of std distributions: those differ between standard libraries, and
// the benchmark ledger must be byte-identical for the same seed on every machine.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound) by multiply-and-shift; the bias for bounds this small is negligible.
    std::int64_t below(std::int64_t bound)
    {
        if (bound <= 1)
            return 0;
        __extension__ typedef unsigned __int128 Wide;
        return std::int64_t((Wide(next()) * Wide(std::uint64_t(bound))) >> 64);
    }

    // Uniform in [low, high], both included.
    std::int64_t between(std::int64_t low, std::int64_t high) { return low + below(high - low + 1); }

    bool percent(int chance) { return below(100) < chance; }
    bool perMille(int chance) { return below(1000) < chance; }

    // An index into `weights` (any positive integers), chosen in proportion to them.
    template <typename Weights> int weighted(const Weights& weights)
    {
        std::int64_t total = 0;
        for (const auto w : weights)
            total += w;
        std::int64_t roll = below(total);
        int index = 0;
        for (const auto w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    std::uint64_t m_state;
};

} // namespace settle::bench
