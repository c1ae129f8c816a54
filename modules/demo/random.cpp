#include "demo/random.h"

#include <algorithm>
#include <numeric>

namespace perisai::demo {

std::vector<qint64> apportion(qint64 total, std::span<const double> weights)
{
    std::vector<qint64> parts(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weights.empty() || sum <= 0 || total <= 0)
        return parts;
    std::vector<std::pair<double, size_t>> remainders;
    remainders.reserve(weights.size());
    qint64 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = static_cast<double>(total) * weights[i] / sum;
        parts[i] = static_cast<qint64>(std::floor(exact));
        given += parts[i];
        remainders.emplace_back(exact - static_cast<double>(parts[i]), i);
    }
    // Largest remainder first; equal remainders keep their order so the result never depends on sort internals.
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; given < total; k = (k + 1) % remainders.size(), ++given)
        ++parts[remainders[k].second];
    return parts;
}

WeightedPicker::WeightedPicker(std::span<const double> weights)
{
    m_cumulative.reserve(weights.size());
    double sum = 0;
    for (double w : weights) {
        sum += std::max(0.0, w);
        m_cumulative.push_back(sum);
    }
}

int WeightedPicker::find(double x) const
{
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
    const auto index = std::distance(m_cumulative.begin(), it);
    return static_cast<int>(std::min<qsizetype>(index, static_cast<qsizetype>(m_cumulative.size()) - 1));
}

} // namespace perisai::demo
