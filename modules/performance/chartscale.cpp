#include "chartscale.h"

#include <algorithm>
#include <cmath>

namespace perisai::performance {

AxisScale niceScale(double maxValue, int maxTicks)
{
    maxTicks = std::max(maxTicks, 1);
    if (!(maxValue > 0.0))
        return {static_cast<double>(maxTicks), 1.0, maxTicks};
    const double rough = maxValue / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10.0;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (power * m >= rough - 1e-9) {
            step = power * m;
            break;
        }
    }
    step = std::max(step, 1.0);
    const int ticks = std::max(1, static_cast<int>(std::ceil(maxValue / step - 1e-9)));
    return {ticks * step, step, ticks};
}

std::vector<Bucket> buckets(const PeriodRange &range)
{
    std::vector<Bucket> out;
    const int months = range.months();
    if (months <= 0)
        return out;
    const Bucket::Kind kind = months <= 24 ? Bucket::Kind::Month : months <= 72 ? Bucket::Kind::Quarter : Bucket::Kind::Year;
    YearMonth m = range.from;
    while (m <= range.to) {
        YearMonth end = m;
        if (kind == Bucket::Kind::Quarter)
            end = YearMonth(m.year(), ((m.month() - 1) / 3) * 3 + 3);
        else if (kind == Bucket::Kind::Year)
            end = YearMonth(m.year(), 12);
        end = std::min(end, range.to);
        out.push_back({{m, end}, kind});
        m = end.addMonths(1);
    }
    return out;
}

} // namespace perisai::performance
