#pragma once
// Deterministic randomness. The standard distributions (uniform_int_distribution, normal_distribution, ...)
// are implemented differently by each standard library, so the same seed would give other data elsewhere;
// these helpers do their own arithmetic on the raw 64-bit output.
//
// Rng wraps std::mt19937_64 for the plan (one stream, consumed in a fixed order). Stream is a SplitMix64
// generator that is cheap to seed, used for per-row details (a participant's name, NIK, phone) so that
// each row can be produced on its own from (seed, kind, index).

#include <QtGlobal>
#include <cmath>
#include <random>
#include <span>
#include <vector>

namespace perisai::demo {

template <typename Engine>
class Draws {
public:
    // Uniform in [0, n), n > 0 (multiply-shift: no division, the bias is far below anything visible).
    quint64 below(quint64 n) { return mulHigh(self().next(), n); }
    // Uniform in [lo, hi], inclusive.
    qint64 between(qint64 lo, qint64 hi) { return lo + static_cast<qint64>(below(static_cast<quint64>(hi - lo + 1))); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(self().next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // Standard normal (Box-Muller, one value per call).
    double normal(double mean = 0.0, double sd = 1.0)
    {
        const double u = 1.0 - unit();
        const double v = unit();
        return mean + sd * std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
    }
    // Index chosen with probability proportional to its weight.
    int weighted(std::span<const double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0)
                return static_cast<int>(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }
    template <typename T, size_t N>
    const T &pick(const T (&items)[N]) { return items[below(N)]; }
    template <typename T>
    const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }

private:
    Engine &self() { return static_cast<Engine &>(*this); }
    // The upper 64 bits of a 64 x 64-bit product, in portable arithmetic.
    static quint64 mulHigh(quint64 a, quint64 b)
    {
        const quint64 aLo = a & 0xffffffffULL, aHi = a >> 32, bLo = b & 0xffffffffULL, bHi = b >> 32;
        const quint64 lo = aLo * bLo, mid1 = aLo * bHi, mid2 = aHi * bLo, hi = aHi * bHi;
        const quint64 carry = ((lo >> 32) + (mid1 & 0xffffffffULL) + (mid2 & 0xffffffffULL)) >> 32;
        return hi + (mid1 >> 32) + (mid2 >> 32) + carry;
    }
};

class Rng : public Draws<Rng> {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

class Stream : public Draws<Stream> {
public:
    // A stream for one row: kind separates participants from agents etc., index is the row.
    Stream(quint64 seed, quint64 kind, quint64 index) : m_state(mix(mix(seed ^ (kind << 56)) + index)) {}
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint64 m_state;
};

// Splits `total` into parts proportional to `weights` that add up to exactly `total`
// (largest remainder; ties go to the earlier part).
std::vector<qint64> apportion(qint64 total, std::span<const double> weights);

// A sampler over fixed weights: O(log n) picks for the large loops (agents for each recruit).
class WeightedPicker {
public:
    explicit WeightedPicker(std::span<const double> weights);
    bool empty() const { return m_cumulative.empty() || m_cumulative.back() <= 0; }
    template <typename Engine>
    int pick(Draws<Engine> &rng) const { return find(rng.unit() * m_cumulative.back()); }

private:
    int find(double x) const;
    std::vector<double> m_cumulative;
};

} // namespace perisai::demo
